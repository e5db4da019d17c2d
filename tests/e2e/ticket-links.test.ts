import { createHash } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { readCatalogue } from './test-utils';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test('Copy link on a step copies its absolute URL, and opening it highlights that step', async ({ page, baseURL }) => {
  await page.goto('fixes/regenerate-rdp-certificate/');
  const step = page.locator('li#run-whatif');
  await step.getByRole('button', { name: /Copy link/ }).click();
  const url = await clipboard(page);
  expect(url).toBe(new URL('fixes/regenerate-rdp-certificate/#run-whatif', baseURL).href);
  const other = await page.context().newPage();
  await other.goto(url);
  const target = other.locator('li#run-whatif');
  await expect(target).toBeInViewport();
  expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
  expect(await target.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
});

test('headings have Copy link buttons too', async ({ page, baseURL }) => {
  await page.goto('fixes/regenerate-rdp-certificate/');
  await page.getByRole('button', { name: 'Copy link to section: How to verify' }).click();
  expect(await clipboard(page)).toBe(new URL('fixes/regenerate-rdp-certificate/#verify', baseURL).href);
});

test('the ticket note names the script by hash and its link reproduces the identical script', async ({ page }) => {
  await page.goto('selector/?f=regenerate-rdp-certificate&m=fix&t=remote&c=rdsh-01');
  const script = page.getByTestId('generated-script');
  await expect(script).toContainText("@('rdsh-01')");
  await page.getByRole('button', { name: 'Copy ticket note' }).click();
  await expect(page.getByText(/Ticket note copied/)).toBeVisible();
  const note = await clipboard(page);
  const shown = (await script.textContent()) ?? '';
  const hash = createHash('sha256').update(shown).digest('hex');
  expect(note).toContain(`${hash} (text as copied)`);
  const link = /Reproduce:\n {2}- (\S+)/.exec(note)?.[1];
  expect(link).toBeTruthy();
  expect(note).toContain('Backup and rollback.ps1:');
  const other = await page.context().newPage();
  await other.goto(link!);
  await expect(other.getByTestId('generated-script')).toContainText("@('rdsh-01')");
  expect(
    createHash('sha256')
      .update((await other.getByTestId('generated-script').textContent()) ?? '')
      .digest('hex'),
  ).toBe(hash);
  // Markdown flavour carries the same facts.
  await page.getByLabel('Note as').selectOption('markdown');
  await page.getByRole('button', { name: 'Copy ticket note' }).click();
  await expect.poll(() => clipboard(page)).toContain(`\`${hash} (text as copied)\``);
});

test("an old link shows today's script and says what changed", async ({ page, request }) => {
  const current = (await readCatalogue(request)).fixes.find((f) => f.id === 'regenerate-rdp-certificate')?.version;
  expect(current, 'regenerate-rdp-certificate must have had a v2 for this test').toBeGreaterThanOrEqual(2);
  await page.goto('selector/?f=regenerate-rdp-certificate&v=regenerate-rdp-certificate:1&m=fix');
  const notice = page.getByRole('status').filter({ hasText: 'About the link you opened' });
  await expect(notice).toContainText(`changed since this link was made (v1 → v${current})`);
  // The v2 changelog entry: every change since the link's version is listed, not only the newest.
  await expect(notice).toContainText('Windows PowerShell 5.1');
  await expect(page.getByTestId('generated-script')).toContainText(`regenerate-rdp-certificate v${current}`);
});

test('the fix page note matches its downloadable script', async ({ page, request }) => {
  await page.goto('fixes/regenerate-rdp-certificate/');
  await page.getByRole('button', { name: 'Copy ticket note' }).click();
  const note = await clipboard(page);
  const file = await request.get('fixes/regenerate-rdp-certificate/rdp-fix.ps1');
  const hash = createHash('sha256')
    .update(await file.body())
    .digest('hex');
  expect(note).toContain(`${hash} (downloaded rdp-fix.ps1`);
});

test('old ids redirect to the fix', async ({ page }) => {
  await page.goto('fixes/renew-rdp-certificate/');
  await expect(page).toHaveURL(/\/fixes\/regenerate-rdp-certificate\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Regenerate the RDP self-signed certificate');
});

test('fix page and selector print cleanly: no navigation, the whole script, the address', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  for (const path of ['fixes/regenerate-rdp-certificate/', 'selector/?f=regenerate-rdp-certificate&m=fix']) {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#starlight__sidebar')).toBeHidden();
    await expect(page.locator('header.header')).toBeHidden();
    const address = path.startsWith('selector') ? page.locator('.rdp-print-url') : page.locator('.rdp-print-address');
    await expect(address).toBeVisible();
    await expect(address).toContainText(path.split('?')[0]!);
    // The whole script prints: nothing clipped by a scroll box.
    const script = path.startsWith('selector')
      ? page.getByTestId('generated-script')
      : page.locator('[data-whole-script]');
    await expect(script).toContainText('#Requires -Version 5.1');
    const clipped = await script.evaluate((pre) => pre.scrollHeight - pre.clientHeight);
    expect(clipped, `${path}: script clipped in print`).toBeLessThanOrEqual(1);
    const name = path.startsWith('selector') ? 'selector' : 'fix-page';
    await page.screenshot({ path: testInfo.outputPath(`print-${name}.png`), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
  }
});
