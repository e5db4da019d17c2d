import { expect, test } from '@playwright/test';
import { readCatalogue } from './test-utils';

test('every fix page renders its scripts with no console errors', async ({ page, request }) => {
  const { fixes } = await readCatalogue(request);
  expect(fixes.length).toBeGreaterThan(0);
  for (const fix of fixes) {
    const errors: string[] = [];
    const onConsole = (message: { type(): string; text(): string }) => {
      if (message.type() === 'error') errors.push(message.text());
    };
    page.on('console', onConsole);
    await page.goto(fix.path);
    await expect(page.getByRole('heading', { level: 1, name: fix.title })).toBeVisible();
    await expect(page.getByRole('heading', { name: /Diagnose \(read-only\)/ })).toBeVisible();
    expect(errors, `console errors on ${fix.path}`).toEqual([]);
    page.off('console', onConsole);
  }
});
