/**
 * A fix page in the browser: one representative fix (page-templates.mjs) renders its headings and whole script with
 * no console error. Every fix page is checked statically by scripts/check-pages.mjs (the shown script is the download,
 * byte for byte, and the ticket note names its hash), so this costs the same at any number of fixes.
 */
import { expect, test } from '@playwright/test';
import { catalogueFromDist } from './test-utils';
import { representativePagesFromDist } from '../support/site-pages';

const { fixes } = catalogueFromDist();
const fixPath = representativePagesFromDist().find((p) => p.template === 'fix')!.path;
const fix = fixes.find((f) => f.path.endsWith(fixPath))!;

test('the catalogue lists fix pages, and the representative fix is one of them', () => {
  expect(fixes.length).toBeGreaterThan(0);
  expect(fix, `${fixPath} in catalogue.json`).toBeDefined();
});

test(`the representative fix page ${fixPath} renders its scripts with no console errors`, async ({ page }) => {
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
