/**
 * Sub-path hosting: the fix selector. Its page loads under the prefix (the browser sweep in links.test.ts checks
 * that it requests nothing outside it); the selector's own behaviour under the prefix is tested here.
 *
 * Lead: add the copy and download checks for the selector below (generated script on the clipboard, download
 * link under `${base}`), following tests/e2e/selector.test.ts. The static fix downloads (fixes/<id>/rdp-fix.ps1)
 * are already covered by the link crawl in links.test.ts.
 */
import { expect, test } from '@playwright/test';
import { basePath } from '../support/site-pages';

test('the selector page renders under the prefix with its form', async ({ page, baseURL }) => {
  const base = basePath(baseURL);
  const response = await page.goto('selector/');
  expect(response?.status()).toBe(200);
  expect(new URL(page.url()).pathname).toBe(`${base}selector/`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('checkbox').first()).toBeVisible();
});
