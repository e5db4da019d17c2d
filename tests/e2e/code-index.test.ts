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

test('the filter shows only the matching rows, hides families with none, and clearing it restores every row', async ({
  page,
}) => {
  await page.goto('codes/');
  const rows = page.locator(ROWS);
  const total = await rows.count();
  const sections = page.locator('[data-filter-section]');
  const filter = page.getByRole('searchbox', { name: 'Filter codes' });

  await filter.fill('fdclose');
  await expect(page.locator('[data-filter-count]')).toHaveText('1 code match');
  const shown = page.locator(`${ROWS}:visible`);
  await expect(shown.first()).toContainText('0x904');
  for (const text of await shown.allTextContents()) expect(text.toLowerCase()).toContain('fdclose');
  // Only the disconnect family has a match: the others are hidden, and so is every chunk without a match.
  await expect(shown).toHaveCount(1);
  await expect(page.locator('[data-filter-section]:visible')).toHaveCount(1);
  await expect(page.locator('[data-filter-chunk]:visible')).toHaveCount(1);
  await expect(sections.filter({ has: page.locator('h2#disconnect') })).toBeVisible();
  // The one shown chunk shows its column headers, though it is not its family's first.
  await expect(page.locator('[data-filter-chunk]:visible th').first()).toHaveText('Code');
  expect(
    await page
      .locator('[data-filter-chunk]:visible th')
      .first()
      .evaluate((th) => th.getBoundingClientRect().height),
  ).toBeGreaterThan(10);

  // Other spellings of a code, derived from the row: padded hex, and the decimal typed alone.
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
});

test('at load the browser lays out the first chunks only, and a skipped chunk is given about its real size', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('codes/');
  await settle(page);
  const chunks = page.locator('[data-filter-chunk]');
  const before = await chunks.evaluateAll((all) =>
    all.map((chunk) => ({
      skipped: !chunk.querySelector('td')!.checkVisibility({ contentVisibilityAuto: true }),
      height: chunk.getBoundingClientRect().height,
    })),
  );
  // Most rows are never laid out at load: that is what keeps the page fast as the codes multiply.
  expect(before[0]!.skipped, 'the first chunk is in view').toBe(false);
  expect(before.filter((chunk) => chunk.skipped).length, 'chunks skipped at load').toBeGreaterThan(before.length / 2);

  const drawn = await chunks.evaluateAll((all) =>
    all.map((chunk) => {
      (chunk as HTMLElement).style.contentVisibility = 'visible';
      return chunk.getBoundingClientRect().height;
    }),
  );
  // The estimate counts wrapped lines at this width; over the page it must be close, or the scroll bar jumps.
  let estimated = 0;
  let real = 0;
  for (const [index, chunk] of before.entries()) {
    if (!chunk.skipped) continue;
    estimated += chunk.height;
    real += drawn[index]!;
    expect(Math.abs(chunk.height - drawn[index]!), `chunk ${index}`).toBeLessThanOrEqual(drawn[index]! * 0.25);
  }
  expect(Math.abs(estimated - real), `skipped chunks: ${estimated}px estimated, ${real}px drawn`).toBeLessThanOrEqual(
    real * 0.1,
  );
});

for (const viewport of [
  { width: 1280, height: 900 },
  { width: 412, height: 823 },
]) {
  test(`a jump to a family's heading lands on it, at ${viewport.width}px: arriving, from the contents, and back`, async ({
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
      await page.goto(`codes/#${id}`);
      expect(Math.abs(await offset(id)), `arriving at codes/#${id}`).toBeLessThanOrEqual(2);
    }
    // From the page's contents: Starlight's table of contents (on a phone, in its drop-down).
    const last = families.at(-1)!;
    await page.goto('codes/');
    const contents = page.locator('starlight-toc, mobile-starlight-toc').locator(`a[href="#${last}"]`);
    if (viewport.width < 800) await page.locator('mobile-starlight-toc summary').click();
    await contents.locator('visible=true').first().click();
    expect(Math.abs(await offset(last)), `the contents link to #${last}`).toBeLessThanOrEqual(2);
    // Back to the top, then forward again: the fragment changes without a click.
    await page.goBack();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.goForward();
    expect(Math.abs(await offset(last)), `forward to #${last}`).toBeLessThanOrEqual(2);
  });
}

test('on a phone, the columns fit the screen and every name wraps inside its cell', async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 });
  await page.goto('codes/');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(412);
  const overflowing = await page
    .locator('[data-filter-chunk]')
    .first()
    .locator('td > :is(a, code)')
    .evaluateAll((all) =>
      all
        .filter(
          (element) =>
            element.getBoundingClientRect().right > element.parentElement!.getBoundingClientRect().right + 0.5,
        )
        .map((element) => element.textContent),
    );
  expect(overflowing).toEqual([]);
});
