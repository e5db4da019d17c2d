/**
 * The sidebar lists index pages, not every cause and fix (config/sidebar.ts); a cause or fix page shows itself, marked
 * current, under its group (config/sidebar-current-page.ts), and the index pages reach every cause and fix.
 * That no page's sidebar lists other causes or fixes is checked statically over every page (scripts/check-pages.mjs).
 */
import { expect, test, type Page } from '@playwright/test';

const sidebar = (page: Page) => page.getByRole('navigation', { name: 'Main' });

for (const [path, group, index] of [
  ['causes/self-signed-certificate/', 'Causes', 'All causes'],
  ['fixes/regenerate-rdp-certificate/', 'Fixes and checks', 'All fixes and checks'],
] as const)
  test(`on ${path} the sidebar shows the page itself under "${group}", after "${index}"`, async ({ page }) => {
    await page.goto(path);
    const title = await page.getByRole('heading', { level: 1 }).textContent();
    const current = sidebar(page).locator('a[aria-current="page"]');
    await expect(current).toHaveCount(1);
    await expect(current).toHaveText(title!.trim());
    const groupLinks = sidebar(page)
      .locator('details')
      .filter({ has: page.locator('summary', { hasText: group }) })
      .getByRole('link');
    await expect(groupLinks).toHaveText([index, title!.trim()]);
  });

test('the index pages link every cause and fix in the catalogue', async ({ page, request }) => {
  const catalogue = (await (await request.get('catalogue.json')).json()) as Record<
    'causes' | 'fixes',
    { path: string }[]
  >;
  for (const kind of ['causes', 'fixes'] as const) {
    await page.goto(`${kind}/`);
    const linked = await page
      .getByRole('main')
      .locator('[data-index-entry] > a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    const expected = catalogue[kind].map((entry) => entry.path);
    expect(expected.length, `catalogue.json lists no ${kind}`).toBeGreaterThan(10);
    expect(
      expected.filter((path) => !linked.some((href) => href.endsWith(`/${path}`))),
      `/${kind}/ misses these`,
    ).toEqual([]);
  }
});
