/**
 * The code index (src/pages/codes/index.astro): one table per family, in chunks the browser lays out only near the
 * view (code-table-chunks.ts), filtered in place by rdp-code-filter. A family with no match is hidden, not left as an
 * empty table; cleared, the tables are whole again. A jump to a family's heading lands on it, although the chunks
 * above it are estimates until drawn (draw-before-anchor.ts).
 */
import { expect, test, type Page } from '@playwright/test';

const ROWS = 'tr[data-code]';

/** Waits two frames: the browser decides which skipped boxes to draw after a layout, and draws them in the next. */
async function settle(page: Page) {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

test('the filter shows only the matching rows, hides families and chunks with none, and clearing it restores every row', async ({
  page,
  request,
}) => {
  // Written against the catalogue, not today's count: the scale fixture gives codes twins with the same names.
  const { codes } = (await (await request.get('codes/index.json')).json()) as { codes: { name: string | null }[] };
  const named = codes.filter((code) => code.name?.toLowerCase().includes('fdclose')).length;
  expect(named, 'codes named ...FDCLOSE in codes/index.json').toBeGreaterThan(0);

  await page.goto('codes/');
  const rows = page.locator(ROWS);
  const total = await rows.count();
  const sections = page.locator('[data-filter-section]');
  const chunks = page.locator('[data-filter-chunk]');
  const filter = page.getByRole('searchbox', { name: 'Filter codes' });

  await filter.fill('fdclose');
  const shown = page.locator(`${ROWS}:visible`);
  await expect(shown.first()).toContainText('0x904');
  const matches = await shown.count();
  expect(matches).toBeGreaterThanOrEqual(named);
  await expect(page.locator('[data-filter-count]')).toHaveText(`${matches} code${matches === 1 ? '' : 's'} match`);
  for (const text of await shown.allTextContents()) expect(text.toLowerCase()).toContain('fdclose');
  // Only the disconnect family has a match: the others are hidden, and so is every chunk without a match.
  await expect(page.locator('[data-filter-section]:visible')).toHaveCount(1);
  await expect(sections.filter({ has: page.locator('h2#disconnect') })).toBeVisible();
  const shownChunks = page.locator('[data-filter-chunk]:visible');
  expect(await shownChunks.count()).toBeLessThan(await chunks.count());
  for (const chunk of await shownChunks.all())
    expect(await chunk.locator(`${ROWS}:visible`).count()).toBeGreaterThan(0);
  // The first shown chunk shows its column headers, though it is not its family's first.
  await expect(shownChunks.first().locator('th').first()).toHaveText('Code');
  expect(
    await shownChunks
      .first()
      .locator('th')
      .first()
      .evaluate((th) => th.getBoundingClientRect().height),
  ).toBeGreaterThan(10);

  // Other spellings of a code, derived from the row: the padded hex.
  await filter.fill('0x00000904');
  await expect(shown).toHaveCount(1);
  await expect(shown.first()).toContainText('0x904');
  // Words are matched in the row's cells one by one: the hex link and the decimal after it are not one word.
  await filter.fill('0x9042308');
  await expect(page.locator('[data-filter-count]')).toHaveText('0 codes match');

  await filter.fill('');
  await expect(page.locator('[data-filter-count]')).toHaveText('');
  expect(await rows.evaluateAll((all: HTMLElement[]) => all.filter((row) => row.hidden).length)).toBe(0);
  await expect(page.locator(`${ROWS}:visible`)).toHaveCount(total);
  await expect(page.locator('[data-filter-section]:visible')).toHaveCount(await sections.count());
  await expect(page.locator('[data-filter-chunk]:visible')).toHaveCount(await chunks.count());
});

/** Each chunk: whether the browser skipped it, and the height the page gives it. */
async function chunkSizes(page: Page) {
  return page.locator('[data-filter-chunk]').evaluateAll((all) =>
    all.map((chunk) => ({
      // A shown row's cell: a row the filter hides is invisible whether the chunk is skipped or not.
      skipped: !(
        chunk.querySelector('tr:not([hidden]) > td')?.checkVisibility({ contentVisibilityAuto: true }) ?? true
      ),
      height: chunk.getBoundingClientRect().height,
    })),
  );
}

/** Every chunk's height when drawn for real; then the page skips them again as before. */
async function drawAll(page: Page) {
  return page.locator('[data-filter-chunk]').evaluateAll((all: HTMLElement[]) => {
    for (const chunk of all) chunk.style.contentVisibility = 'visible';
    const heights = all.map((chunk) => chunk.getBoundingClientRect().height);
    for (const chunk of all) chunk.style.removeProperty('content-visibility');
    return heights;
  });
}

/**
 * The skipped chunks' heights against their drawn heights: each within 25 %, all together within 10 %. A skipped
 * chunk shows our estimate, or the size it had when last drawn (`auto`), which must be its size with every row.
 */
function expectCloseEstimates(before: { skipped: boolean; height: number }[], drawn: number[], when: string) {
  let estimated = 0;
  let real = 0;
  for (const [index, chunk] of before.entries()) {
    if (!chunk.skipped) continue;
    estimated += chunk.height;
    real += drawn[index]!;
    expect(Math.abs(chunk.height - drawn[index]!), `${when}: chunk ${index}`).toBeLessThanOrEqual(drawn[index]! * 0.25);
  }
  expect(Math.abs(estimated - real), `${when}: ${estimated}px estimated, ${real}px drawn`).toBeLessThanOrEqual(
    real * 0.1,
  );
}

for (const viewport of [
  { width: 1280, height: 900 },
  { width: 412, height: 823 },
]) {
  test(`at ${viewport.width}px, the browser lays out the first chunks only, each skipped one about its real size`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto('codes/');
    await settle(page);
    const before = await chunkSizes(page);
    // Most rows are never laid out at load: that is what keeps the page fast as the codes multiply.
    expect(before[0]!.skipped, 'the first chunk is in view').toBe(false);
    expect(before.filter((chunk) => chunk.skipped).length, 'chunks skipped at load').toBeGreaterThan(before.length / 2);
    expectCloseEstimates(before, await drawAll(page), 'at load');

    // Scrolled through once, every chunk remembers the size it was drawn at, with all its rows (`auto`).
    for (const chunk of await page.locator('[data-filter-chunk]').all()) {
      await chunk.scrollIntoViewIfNeeded();
      await settle(page);
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await settle(page);
    // Filtered to a few rows, every chunk takes the room of the rows it shows, not the size it remembers.
    const filter = page.getByRole('searchbox', { name: 'Filter codes' });
    await filter.fill('server');
    await settle(page);
    const filtered = await chunkSizes(page);
    const filteredDrawn = await drawAll(page);
    for (const [index, chunk] of filtered.entries()) {
      expect(Math.abs(chunk.height - filteredDrawn[index]!), `filtered: chunk ${index}`).toBeLessThanOrEqual(2);
    }
    // Cleared: every row counts again, not the few it showed while filtered.
    await filter.fill('');
    await settle(page);
    const cleared = await chunkSizes(page);
    expect(cleared.filter((chunk) => chunk.skipped).length, 'chunks skipped once cleared').toBeGreaterThan(0);
    expectCloseEstimates(cleared, await drawAll(page), 'after a filter was cleared');
  });
}

for (const viewport of [
  { width: 1280, height: 900 },
  { width: 412, height: 823 },
]) {
  test(`a jump to a family's heading lands on it, at ${viewport.width}px: arriving, from the contents, by script, and back`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    /** How far the heading is from where a jump to it should put it: the page's scroll padding (Starlight's header
     * and, on a phone, its contents bar) plus the heading's scroll margin, below the top. */
    const offset = async (id: string) => {
      await settle(page);
      await page.waitForTimeout(200);
      await settle(page);
      return page.locator(`[id="${id}"]`).evaluate((heading) => {
        const padding = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
        const margin = parseFloat(getComputedStyle(heading).scrollMarginTop) || 0;
        return Math.round(heading.getBoundingClientRect().top - padding - margin);
      });
    };
    const families = await (async () => {
      await page.goto('codes/');
      return page.locator('[data-filter-section] h2').evaluateAll((all) => all.map((h) => h.id).slice(1));
    })();
    expect(families.length).toBeGreaterThan(1);
    for (const id of families) {
      // A fresh load each time: from the same page, going to another fragment would only change the hash.
      await page.goto('about:blank');
      await page.goto(`codes/#${id}`);
      expect(Math.abs(await offset(id)), `arriving at codes/#${id}`).toBeLessThanOrEqual(2);
    }
    // From the page's contents: Starlight's table of contents (on a phone, in its drop-down).
    const last = families.at(-1)!;
    await page.goto('about:blank');
    await page.goto('codes/');
    const contents = page.locator('starlight-toc, mobile-starlight-toc').locator(`a[href="#${last}"]`);
    if (viewport.width < 800) await page.locator('mobile-starlight-toc summary').click();
    await contents.locator('visible=true').first().click();
    expect(Math.abs(await offset(last)), `the contents link to #${last}`).toBeLessThanOrEqual(2);
    // Back to the top, then forward again.
    await page.goBack();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.goForward();
    expect(Math.abs(await offset(last)), `forward to #${last}`).toBeLessThanOrEqual(2);
    // The fragment set by a script, on a fresh page: no click to draw the chunks before the browser scrolls.
    await page.goto('about:blank');
    await page.goto('codes/');
    await page.evaluate((id) => (location.hash = id), last);
    expect(Math.abs(await offset(last)), `location.hash = '${last}'`).toBeLessThanOrEqual(2);
  });
}

test('on a phone, the columns fit the screen, a code stays on one line and every name wraps inside its cell', async ({
  page,
}) => {
  await page.setViewportSize({ width: 412, height: 823 });
  await page.goto('codes/');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(412);
  // Every chunk drawn, as a jump to the last family draws them: the longest names are far down.
  await page.locator('[data-filter-chunk]').evaluateAll((all: HTMLElement[]) => {
    for (const chunk of all) chunk.dataset.drawn = '';
  });
  const problems = await page.locator('td > :is(a, code)').evaluateAll((all) =>
    all.flatMap((element) => {
      const box = element.getBoundingClientRect();
      const cell = element.parentElement!.getBoundingClientRect();
      const found: string[] = [];
      if (box.right > cell.right + 0.5) found.push(`${element.textContent} overflows its cell`);
      const lineHeight = parseFloat(getComputedStyle(element).lineHeight);
      if (element.localName === 'a' && box.height > lineHeight * 1.5) found.push(`${element.textContent} wraps`);
      return found;
    }),
  );
  expect(problems).toEqual([]);
});
