import { expect, test } from '@playwright/test';
import { catalogueFromDist } from './test-utils';

const { fixes } = catalogueFromDist();

test('the catalogue lists fix pages', () => {
  expect(fixes.length).toBeGreaterThan(0);
});

for (const fix of fixes) {
  test(`${fix.path} renders its scripts with no console errors`, async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(fix.path);
    await expect(page.getByRole('heading', { level: 1, name: fix.title })).toBeVisible();
    await expect(page.getByRole('heading', { name: /Diagnose \(read-only\)/ })).toBeVisible();
    const whole = page.locator('[data-whole-script]');
    await expect(whole).toHaveAttribute('aria-label', 'The whole script, rdp-fix.ps1');
    await expect(whole).toContainText('#Requires -Version 5.1');
    expect(errors, `console errors on ${fix.path}`).toEqual([]);
  });
}
