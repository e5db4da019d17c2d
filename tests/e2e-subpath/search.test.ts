/** Sub-path hosting: search (Pagefind's index and wasm) loads under the prefix and its results link inside it. */
import { expect, test } from '@playwright/test';
import { basePath } from '../support/site-pages';

test('the search dialog finds 0x904 and its results stay under the prefix', async ({ page, baseURL }) => {
  const base = basePath(baseURL);
  const pagefind: string[] = [];
  page.on('response', (r) => {
    if (r.url().includes('/pagefind/')) pagefind.push(`${r.status()} ${new URL(r.url()).pathname}`);
  });
  await page.goto('errors/0x904-0x7/');
  await page
    .getByRole('button', { name: /search/i })
    .first()
    .click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox').or(dialog.getByRole('searchbox')).first().fill('0x904');
  const first = dialog.getByRole('link').filter({ hasText: /0x904/ }).first();
  await expect(first).toBeVisible({ timeout: 15_000 });
  const href = await first.getAttribute('href');
  expect(new URL(href!, page.url()).pathname.startsWith(base), `result link ${href}`).toBe(true);
  // The code decoder answers "0x904" before Pagefind has fetched anything: wait for Pagefind's own wasm.
  await expect.poll(() => pagefind.some((r) => /\/pagefind\/wasm\./.test(r)), { timeout: 15_000 }).toBe(true);
  expect(pagefind.filter((r) => !r.startsWith('200') || !r.includes(`${base}pagefind/`))).toEqual([]);
  await first.click();
  await expect(page).toHaveURL(new RegExp(`^${new URL(baseURL!).origin}${base}`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/0x904/);
});

test('the search page (/search/?q=) shows results that link under the prefix', async ({ page, baseURL }) => {
  const base = basePath(baseURL);
  await page.goto('search/?q=0x904');
  const results = page.getByTestId('search-results');
  const first = results.getByRole('link').first();
  await expect(first).toBeVisible({ timeout: 15_000 });
  const hrefs = await results
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  expect(hrefs.filter((h) => !h.startsWith(base))).toEqual([]);
});
