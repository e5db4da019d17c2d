/**
 * Accessibility: an axe sweep (WCAG 2.0/2.1/2.2 A and AA) over every page in the sitemap and the 404 page, in the
 * light theme (and the dark one on a page of each section), with no exclusions; and a visible focus indicator on every tab stop of a few pages.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { sitemapPathsFromDist } from '../support/site-pages';

// Large pages (the code index has 200+ table rows) take axe well over the default 30 s on a busy 2-core machine.
test.describe.configure({ timeout: 120_000 });

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page): Promise<string[]> {
  // Expressive Code makes a code block that overflows focusable from a script (ResizeObserver), after layout: on a
  // busy machine axe can otherwise run first. Wait for it, then let axe judge; a block still missing it fails below.
  await page
    .waitForFunction(
      () =>
        [...document.querySelectorAll('.expressive-code pre')].every(
          (pre) => pre.scrollWidth <= pre.clientWidth || pre.hasAttribute('tabindex'),
        ),
      undefined,
      { timeout: 10_000 },
    )
    .catch(() => undefined);
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** A path that does not exist: the server answers with the site's 404 page. */
const MISSING = 'this-page-does-not-exist/';

const PAGES = [...sitemapPathsFromDist(), MISSING];
/** The dark theme changes colours site-wide, not per page: check it on the first page of each section. */
const DARK = new Set(PAGES.filter((path, i) => PAGES.findIndex((p) => section(p) === section(path)) === i));
function section(path: string): string {
  return path.split('/').filter(Boolean)[0] ?? '';
}

// One test per page, so Playwright's workers share the sweep.
for (const path of PAGES) {
  test(`axe: no WCAG A/AA violations on ${path}`, async ({ page }) => {
    const found: string[] = [];
    for (const scheme of DARK.has(path) ? (['light', 'dark'] as const) : (['light'] as const)) {
      await page.emulateMedia({ colorScheme: scheme });
      const response = await page.goto(path);
      expect(response?.status(), `${path} status`).toBe(path === MISSING ? 404 : 200);
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      found.push(...(await violations(page)).map((v) => `[${scheme}] ${v}`));
    }
    expect(found).toEqual([]);
  });
}

test('axe finds no violations with the search dialog open', async ({ page }) => {
  await page.goto('./');
  await page
    .getByRole('button', { name: /search/i })
    .first()
    .click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page
    .getByRole('dialog')
    .getByRole('textbox')
    .or(page.getByRole('dialog').getByRole('searchbox'))
    .first()
    .fill('0x904');
  await expect(page.getByRole('dialog').getByRole('link').filter({ hasText: /0x904/ }).first()).toBeVisible({
    timeout: 15_000,
  });
  expect(await violations(page)).toEqual([]);
});

/** Walks the tab order and returns each focused element that shows no focus indicator. */
async function unfocusedTabStops(page: Page, stops: number): Promise<string[]> {
  const missing: string[] = [];
  for (let i = 0; i < stops; i++) {
    await page.keyboard.press('Tab');
    const state = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      const transparent = /rgba\(.*,\s*0\)$/.test(style.outlineColor) || style.outlineColor === 'transparent';
      const ring = style.boxShadow !== 'none';
      const rect = el.getBoundingClientRect();
      const label = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
      return { label, indicator: (outline && !transparent) || ring, visible: rect.width > 0 && rect.height > 0 };
    });
    if (state === null) break; // focus left the page
    if (!state.indicator || !state.visible)
      missing.push(`${state.label} (indicator: ${state.indicator}, visible: ${state.visible})`);
  }
  return missing;
}

for (const path of ['./', 'errors/0x904-0x7/', 'codes/0x904/', MISSING]) {
  test(`every tab stop shows a visible focus indicator: ${path}`, async ({ page }) => {
    await page.goto(path);
    expect(await unfocusedTabStops(page, 25)).toEqual([]);
  });
}

test('the first tab stop is a visible skip link to the main content', async ({ page }) => {
  await page.goto('errors/0x904-0x7/');
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('href', '#_top'); // Starlight's skip link target: the main content
  await expect(focused).toBeInViewport();
});
