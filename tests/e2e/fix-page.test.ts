/**
 * A fix page in the browser: one representative fix (page-templates.mjs) renders its headings and whole script with
 * no console error. Every fix page is checked statically by scripts/check-pages.mjs (the shown script is the download,
 * byte for byte, and the ticket note names its hash), so this costs the same at any number of fixes.
 * Its scripts below the fold are skipped until near the view (issue 12); their size until then must be their real one,
 * or the scrollbar jumps as the reader scrolls.
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

test(`the scripts below the fold are skipped until in view, sized as they will be (${fixPath}, phone)`, async ({
  page,
}) => {
  await page.setViewportSize({ width: 412, height: 823 });
  await page.goto(fix.path);
  const boxes = page.locator('.rdp-code-box, pre[data-whole-script]');
  const count = await boxes.count();
  expect(count, 'the whole script and at least one function').toBeGreaterThanOrEqual(2);
  // Before anything scrolls: whether the content is skipped, and the size the page gives the box meanwhile.
  const before = await boxes.evaluateAll((elements) =>
    elements.map((box) => ({
      skipped: !box.firstElementChild!.checkVisibility({ contentVisibilityAuto: true }),
      height: box.getBoundingClientRect().height,
    })),
  );
  // At least one function block must start skipped, or the size estimate below is never tested.
  const codeBoxes = await boxes.evaluateAll((elements) => elements.map((box) => box.matches('.rdp-code-box')));
  expect(
    before.filter((box, index) => box.skipped && codeBoxes[index]).length,
    'function blocks the browser has not laid out at load (content-visibility: auto)',
  ).toBeGreaterThan(0);
  for (let index = 0; index < count; index++) {
    const laidOut = await boxes.nth(index).evaluate(async (box) => {
      box.scrollIntoView();
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      return {
        skipped: !box.firstElementChild!.checkVisibility({ contentVisibilityAuto: true }),
        height: box.getBoundingClientRect().height,
      };
    });
    expect(laidOut.skipped, `box ${index} in view is laid out`).toBe(false);
    // A box laid out at load was measured for real; only a skipped one shows the estimate.
    if (!before[index]!.skipped) continue;
    // Within 2 %: the estimate counts lines at the code's line height, and code does not wrap.
    expect(
      Math.abs(before[index]!.height - laidOut.height),
      `box ${index}: ${before[index]!.height}px before layout, ${laidOut.height}px after`,
    ).toBeLessThanOrEqual(laidOut.height * 0.02);
  }
});
