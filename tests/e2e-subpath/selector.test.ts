/**
 * Sub-path hosting: the fix selector. Its page loads under the prefix (the browser sweep in links.test.ts checks
 * that it requests nothing outside it); the selector's own behaviour under the prefix is tested here.
 *
 * Lead: add the copy and download checks for the selector below (generated script on the clipboard, download
 * link under `${base}`), following tests/e2e/selector.test.ts. The static fix downloads (fixes/<id>/rdp-fix.ps1)
 * are already covered by the link crawl in links.test.ts.
 */
import { readFileSync } from 'node:fs';
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

test.describe('copy, download and links under the prefix', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('the script copies byte-exact, downloads with BOM and CRLF, and its link stays under the prefix', async ({
    page,
    baseURL,
  }) => {
    const base = basePath(baseURL);
    await page.goto('selector/?f=regenerate-rdp-certificate&m=fix');
    const script = page.getByTestId('generated-script');
    await expect(script).toContainText('Repair-RdpSelfSignedCertificate');
    const shown = (await script.textContent()) ?? '';
    // The link printed in the script's help and kept in the address bar points at the prefixed selector.
    expect(shown).toContain(`${base}selector/?f=regenerate-rdp-certificate`);
    expect(new URL(page.url()).pathname).toBe(`${base}selector/`);

    await page.getByRole('button', { name: 'Copy script' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /Download/ }).click(),
    ]);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe(shown.replace(/\n/g, '\r\n'));
  });

  test('a fix page links to the prefixed selector and its script download', async ({ page, request, baseURL }) => {
    const base = basePath(baseURL);
    await page.goto('fixes/regenerate-rdp-certificate/');
    const open = page.getByRole('link', { name: 'open it in the selector' });
    expect(await open.getAttribute('href')).toMatch(new RegExp(`^${base}selector/\\?`));
    const href = await page.getByRole('link', { name: /Download rdp-fix\.ps1/ }).getAttribute('href');
    expect(href).toBe(`${base}fixes/regenerate-rdp-certificate/rdp-fix.ps1`);
    const file = await request.get(href!);
    expect(file.ok()).toBe(true);
  });
});
