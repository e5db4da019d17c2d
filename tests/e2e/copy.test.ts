/**
 * Copy is byte-exact: Expressive Code's copy button on a fix page puts exactly the shown code on the
 * clipboard, comment lines included (`<#`, `#Requires`, `# …`). The oracle is the downloadable file,
 * which the build writes from the same generator output.
 */
import { expect, test } from '@playwright/test';
import { readCatalogue } from './test-utils';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('every code block on every fix page copies exactly what it shows', async ({ page, request }) => {
  test.setTimeout(180_000);
  const { fixes } = await readCatalogue(request);
  for (const fix of fixes) {
    await page.goto(fix.path);
    const blocks = page.locator('.expressive-code');
    const count = await blocks.count();
    expect(count, fix.id).toBeGreaterThanOrEqual(2);
    for (let i = 0; i < count; i++) {
      const block = blocks.nth(i);
      const shown = await block.locator('pre code').evaluate((code) =>
        // Expressive Code renders an empty line as a lone "\n" so it keeps its height.
        [...code.querySelectorAll(':scope > .ec-line')]
          .map((line) => (line.textContent ?? '').replace(/^\n$/, ''))
          .join('\n'),
      );
      await block.getByRole('button', { name: /copy/i }).click();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied, `${fix.id} block ${i}`).toBe(shown);
    }
    // The whole script (first block) is exactly the downloadable file, comment lines and all.
    const file = (await (await request.get(`${fix.path}rdp-fix.ps1`)).body()).subarray(3).toString('utf8');
    await blocks.first().getByRole('button', { name: /copy/i }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(file.replace(/\r\n/g, '\n').trimEnd());
    expect(copied.startsWith('<#\n.SYNOPSIS')).toBe(true);
    expect(copied).toContain('\n#Requires -Version 5.1\n');
  }
});

test('searching "0x904" finds the 0x904 / 0x7 overview', async ({ page }) => {
  await page.goto('search/?q=0x904');
  const results = page.getByTestId('search-results');
  await expect(results.getByRole('link', { name: /Error 0x904 with extended error 0x7/ }).first()).toBeVisible();
});
