/**
 * Accessibility in the browser: axe (WCAG 2.0/2.1/2.2 A and AA, no exclusions) in the light and the dark theme, and a
 * visible focus indicator on every tab stop, on one representative page per template and state (page-templates.mjs).
 * Every page is checked statically instead (html-validate: heading order, alt text, names; see check-html.mjs), so
 * this file costs the same at any page count.
 *
 * Every rule runs in the light theme; in the dark theme only the rules whose outcome depends on colours run
 * (THEME_RULES). The others judge structure (names, roles, landmarks, headings), which the theme does not change, and
 * running them twice doubled the time of the slowest spec (axe over the code table and the selector's script).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { representativePagesFromDist } from '../support/site-pages';
import { MISSING_PAGE } from '../support/page-templates.mjs';

// Large pages (the code index has 200+ table rows) take axe well over the default 30 s on a busy 2-core machine.
// Parallel: each test visits its own page, and this is the longest spec file; in one worker it set the browser
// stage's time on its own while the other worker sat idle.
test.describe.configure({ timeout: 120_000, mode: 'parallel' });

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** The axe rules that compare colours: the only ones a colour scheme can change. */
const THEME_RULES = ['color-contrast', 'link-in-text-block'];

async function violations(page: Page, rules: 'all' | 'theme' = 'all'): Promise<string[]> {
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
  // Content the browser skips while out of view (content-visibility: auto, marked data-skippable: the code index's
  // table chunks) keeps an estimated box while its links report their real positions, and axe's geometry reads the
  // difference as one link partly hidden behind the next box (target-size, seen at 5x). Nobody sees that state: a
  // chunk is drawn before anything in it is seen or focused. So axe judges the chunks drawn, as a jump to the end of
  // the page draws them (draw-before-anchor.ts).
  await page.evaluate(() => {
    for (const box of document.querySelectorAll<HTMLElement>('[data-skippable]')) box.dataset.drawn = '';
  });
  const axe = new AxeBuilder({ page });
  const results = await (rules === 'all' ? axe.withTags(WCAG_TAGS) : axe.withRules(THEME_RULES)).analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

const PAGES = representativePagesFromDist();

for (const { template, path } of PAGES) {
  test(`axe, light and dark: no WCAG A/AA violations on the ${template} page ${path}`, async ({ page }) => {
    const found: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const response = await page.goto(path);
      expect(response?.status(), `${path} status`).toBe(path === MISSING_PAGE ? 404 : 200);
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      found.push(...(await violations(page, scheme === 'light' ? 'all' : 'theme')).map((v) => `[${scheme}] ${v}`));
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

for (const { template, path } of PAGES) {
  test(`every tab stop shows a visible focus indicator on the ${template} page ${path}`, async ({ page }) => {
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
