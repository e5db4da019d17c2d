/**
 * Copy is byte-exact. On a fix page, "Copy script" puts exactly the shown whole script on the clipboard,
 * comment lines included (`<#`, `#Requires`, `# …`), and its SHA-256 is the one the ticket note names; the
 * oracle for the text is the downloadable file, which the build writes from the same generator output.
 * Expressive Code's copy button on each function block copies exactly the lines it shows. In the browser on one
 * representative fix (page-templates.mjs); scripts/check-pages.mjs checks the shown script against the download and
 * the note's hash on every fix page.
 */
import { createHash } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { catalogueFromDist } from './test-utils';
import { representativePagesFromDist } from '../support/site-pages';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const fixPath = representativePagesFromDist().find((p) => p.template === 'fix')!.path;
const representative = catalogueFromDist().fixes.filter((f) => f.path.endsWith(fixPath));

for (const fix of representative) {
  test(`${fix.path}: every script on the page copies exactly what it shows`, async ({ page, request }) => {
    await page.goto(fix.path);

    // The whole script: exactly the downloadable file (less its BOM, CRLF → LF), and the hash in the note.
    const whole = page.locator('[data-whole-script]');
    const shown = await whole.evaluate((pre) => pre.textContent ?? '');
    await page.getByRole('button', { name: 'Copy script', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Script copied.' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(shown);
    const file = (await (await request.get(`${fix.path}rdp-fix.ps1`)).body()).subarray(3).toString('utf8');
    expect(copied).toBe(file.replace(/\r\n/g, '\n'));
    expect(copied.startsWith('<#\n.SYNOPSIS')).toBe(true);
    expect(copied).toContain('\n#Requires -Version 5.1\n');
    const note = (await page.locator('rdp-ticket-note').getAttribute('data-text')) ?? '';
    expect(note).toContain(createHash('sha256').update(copied, 'utf8').digest('hex'));

    // Each function block (Expressive Code): its copy button copies exactly its lines.
    const blocks = page.locator('.expressive-code');
    const count = await blocks.count();
    expect(count, fix.id).toBeGreaterThanOrEqual(1);
    for (let i = 0; i < count; i++) {
      const block = blocks.nth(i);
      await block.scrollIntoViewIfNeeded();
      const lines = await block.locator('pre code').evaluate((code) =>
        // Expressive Code renders an empty line as a lone "\n" so it keeps its height.
        [...code.querySelectorAll(':scope > .ec-line')]
          .map((line) => (line.textContent ?? '').replace(/^\n$/, ''))
          .join('\n'),
      );
      await block.getByRole('button', { name: /copy/i }).click();
      const copiedBlock = await page.evaluate(() => navigator.clipboard.readText());
      expect(copiedBlock, `${fix.id} block ${i}`).toBe(lines);
    }
  });
}

test('searching "0x904" finds the 0x904 / 0x7 overview', async ({ page }) => {
  await page.goto('search/?q=0x904');
  const results = page.getByTestId('search-results');
  await expect(results.getByRole('link', { name: /Error 0x904 with extended error 0x7/ }).first()).toBeVisible();
});
