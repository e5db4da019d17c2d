/**
 * The code index (src/pages/codes/index.astro): one table per family, filtered in place by rdp-code-filter. A
 * family with no match is hidden, not left as an empty table; cleared, the tables are whole again.
 */
import { expect, test } from '@playwright/test';

test('the filter shows only the matching rows, hides families with none, and clearing it restores every row', async ({
  page,
}) => {
  await page.goto('codes/');
  const rows = page.locator('tr[data-filter-text]');
  const total = await rows.count();
  const sections = page.locator('[data-filter-section]');
  const filter = page.getByRole('searchbox', { name: 'Filter codes' });

  await filter.fill('fdclose');
  await expect(page.locator('[data-filter-count]')).toHaveText('1 code match');
  const shown = page.locator('tr[data-filter-text]:visible');
  await expect(shown.first()).toContainText('0x904');
  for (const text of await shown.allTextContents()) expect(text.toLowerCase()).toContain('fdclose');
  // Only the disconnect family has a match: the others are hidden.
  await expect(shown).toHaveCount(1);
  await expect(page.locator('[data-filter-section]:visible')).toHaveCount(1);
  await expect(sections.filter({ has: page.locator('h2#disconnect') })).toBeVisible();

  await filter.fill('');
  await expect(page.locator('[data-filter-count]')).toHaveText('');
  expect(await rows.evaluateAll((all: HTMLElement[]) => all.filter((row) => row.hidden).length)).toBe(0);
  await expect(page.locator('tr[data-filter-text]:visible')).toHaveCount(total);
  await expect(page.locator('[data-filter-section]:visible')).toHaveCount(await sections.count());
});
