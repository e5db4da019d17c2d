import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const script = (page: Page) => page.getByTestId('generated-script');
/** The selector link in the help block differs per origin; everything else must equal the golden file. */
const withoutLink = (text: string) => text.replace(/ {4}This exact script, from the selector:\n\s+\S+\n/, '');
const golden = (name: string) => readFileSync(`src/lib/generator/__golden__/${name}`, 'utf8');

/** The yes / no / don't-know radio of one question. */
const answer = (page: Page, question: RegExp, value: 'Yes' | 'No' | "Don't know" = 'Yes') =>
  page.getByRole('radiogroup', { name: question }).getByRole('radio', { name: value, exact: true });

async function shownScript(page: Page): Promise<string> {
  return (await script(page).textContent()) ?? '';
}

test('answers rank causes, preselect fixes, and the copied script is exactly the one shown', async ({ page }) => {
  await page.goto('selector/');
  await answer(page, /Event 1057 or 1058 \(RemoteConnectionManager\)/).check();
  const causes = page.getByRole('region', { name: /Likely causes/ });
  await expect(causes.getByRole('listitem').first()).toContainText('RDP self-signed certificate');
  await expect(page.getByRole('checkbox', { name: 'Regenerate the RDP self-signed certificate' })).toBeChecked();
  await expect(script(page)).toContainText('Get-RdpSelfSignedCertificateFinding');
  await page.getByRole('button', { name: 'Copy script' }).click();
  await expect(page.getByText('Copied.')).toBeVisible();
  const clipboard = await page.evaluate(() => navigator.clipboard.readText());
  expect(clipboard).toBe(await shownScript(page));
  expect(clipboard.startsWith('<#\n.SYNOPSIS')).toBe(true);
});

test('the browser builds the same script as the unit tests (golden file)', async ({ page }) => {
  await page.goto('selector/?f=regenerate-rdp-certificate&m=fix&t=local');
  await expect(script(page)).toContainText('Repair-RdpSelfSignedCertificate');
  expect(withoutLink(await shownScript(page))).toBe(withoutLink(golden('regenerate-rdp-certificate.fix.ps1')));
});

test('a client fix and a host fix together: the selector says why instead of showing a script', async ({ page }) => {
  await page.goto('selector/?f=set-credssp-oracle-policy,restore-rdp-security-layer&m=fix');
  await expect(script(page)).toContainText('No script for this selection');
  await expect(page.getByRole('alert')).toContainText('Client and host fixes cannot share one script');
  await expect(page.getByRole('alert')).toContainText('Generate two scripts');
  await expect(page.getByRole('button', { name: 'Copy script' })).toBeDisabled();
  await page.getByRole('checkbox', { name: /Restore the RDP security layer/ }).uncheck();
  await expect(script(page)).toContainText('Repair-RdpCredSspOracle');
});

test('download is the shown script as UTF-8 with BOM and CRLF', async ({ page }) => {
  await page.goto('selector/?f=regenerate-rdp-certificate&m=fix');
  await expect(script(page)).toContainText('Repair-RdpSelfSignedCertificate');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /Download/ }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('rdp-fix.ps1');
  const bytes = readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString('utf8');
  expect(text).toBe((await shownScript(page)).replace(/\n/g, '\r\n'));
});

test('the URL reproduces the exact state and script', async ({ page }) => {
  await page.goto('selector/');
  await answer(page, /custom \(CA-issued\) certificate/).check();
  await answer(page, /certificate was renewed/, 'No').check();
  await page.getByRole('radio', { name: /^Fix/ }).check();
  await page.getByRole('radio', { name: /Remote computers/ }).check();
  await page.getByLabel('Computer names').fill('rdsh-01 rdsh-02.corp.example');
  await expect(script(page)).toContainText("@('rdsh-01', 'rdsh-02.corp.example')");
  const before = await shownScript(page);
  const url = page.url();
  // The link carries the validated list (comma-separated names), not the text as typed.
  expect(new URL(url).searchParams.get('c')).toBe('rdsh-01,rdsh-02.corp.example');
  const other = await page.context().newPage();
  await other.goto(url);
  await expect(script(other)).toContainText("@('rdsh-01', 'rdsh-02.corp.example')");
  expect(await shownScript(other)).toBe(before);
  await expect(answer(other, /custom \(CA-issued\) certificate/)).toBeChecked();
  await expect(answer(other, /certificate was renewed/, 'No')).toBeChecked();
});

test('a hostile link shows what was ignored and a script without the injected text', async ({ page }) => {
  const hostile = "srv'; Remove-Item -Recurse -Force C:\\; '";
  const query = new URLSearchParams({
    f: 'regenerate-rdp-certificate,evil',
    m: 'fix',
    t: 'remote',
    c: hostile,
    br: '\\\\evil\\share',
    zz: '1',
  });
  await page.goto(`selector/?${query}`);
  const notices = page.getByRole('status').filter({ hasText: 'About the link you opened' });
  await expect(notices).toContainText('Ignored the unknown fix "evil"');
  await expect(notices).toContainText('Ignored the computer list from the link');
  await expect(notices).toContainText('network (UNC) paths are not accepted');
  await expect(notices).toContainText('unknown link parameter "zz"');
  // The computer list was dropped, so no script is generated until a valid one is typed.
  await expect(script(page)).not.toContainText('Remove-Item -Recurse -Force C:');
  await expect(page.getByRole('button', { name: 'Copy script' })).toBeDisabled();
  await page.getByLabel('Computer names').fill(hostile);
  await expect(page.getByText(/is not a computer name/).first()).toBeVisible();
  await expect(page.getByLabel('Computer names')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Computer names').fill('rdsh-01');
  await expect(script(page)).toContainText("@('rdsh-01')");
  expect(await shownScript(page)).not.toContain('evil');
});

test('works with the keyboard alone', async ({ page }) => {
  await page.goto('selector/');
  const yes = answer(page, /Event 1057 or 1058 \(RemoteConnectionManager\)/);
  await yes.focus();
  await page.keyboard.press('Space');
  await expect(yes).toBeChecked();
  const fixMode = page.getByRole('radio', { name: /^Diagnose/ });
  await fixMode.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /^Fix/ })).toBeChecked();
  const copy = page.getByRole('button', { name: 'Copy script' });
  await copy.focus();
  await expect(copy).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await shownScript(page));
});

test('after many changes the shown script equals a fresh load of the same link', async ({ page, context }) => {
  await page.goto('selector/?m=fix');
  const boxes = page.locator('input[name="fix"]');
  const count = await boxes.count();
  for (let i = 0; i < count; i++) await boxes.nth(i).check();
  await boxes.nth(1).uncheck();
  await page.getByRole('radio', { name: /^Rollback/ }).check();
  await page.getByRole('radio', { name: /^Fix/ }).check();
  await boxes.nth(1).check();
  await boxes.nth(0).uncheck();
  const shown = await shownScript(page);
  const fresh = await context.newPage();
  await fresh.goto(page.url());
  await expect(script(fresh)).not.toBeEmpty();
  expect(await shownScript(fresh)).toBe(shown);
});

test('with nothing answered the page offers the read-only evidence script first', async ({ page }) => {
  await page.goto('selector/');
  const causes = page.getByRole('region', { name: /Likely causes/ });
  await expect(causes.getByText('Nothing to go on yet?')).toBeVisible();
  await causes.getByRole('button', { name: 'Use the read-only evidence script' }).click();
  await expect(page.getByRole('checkbox', { name: 'Collect RDP evidence on the host', exact: true })).toBeChecked();
  await expect(page.getByRole('radio', { name: /^Diagnose/ })).toBeChecked();
  await expect(script(page)).toContainText('Finding');
});

test('a pasted dialog in another language, with its Timestamp and Activity ID, ranks the situation causes as ties', async ({
  page,
}) => {
  await page.goto('selector/');
  await page
    .getByLabel('Paste what the client shows')
    .fill(
      "Code d'erreur : 0x904\nCode d'erreur étendu : 0x7\nHorodatage (UTC) : 2026-12-02T10:12:13.456Z\nID d'activité : {5bd8b4e5-0c4e-4d7c-9c8d-6a7b1a2c3d4e}",
    );
  await expect(page.getByRole('status').filter({ hasText: 'Read 0x904, 0x7' })).toBeVisible();
  const causes = page.getByRole('region', { name: /Likely causes/ });
  await expect(causes.getByRole('listitem').first()).toContainText('(tied)');
  await expect(causes.getByText('The one check that tells the top two apart')).toBeVisible();
  await expect(causes.getByText('Nothing to go on yet?')).toBeHidden();
  // A "no" lowers a cause: the self-signed certificate leaves the top once 1057/1058 is answered "no".
  await answer(page, /Event 1057 or 1058 \(RemoteConnectionManager\)/, 'No').check();
  // (By its link: the renamed-computer cause, which can now lead, also names the self-signed certificate.)
  await expect(causes.getByRole('listitem').first().getByRole('link').first()).not.toHaveAttribute(
    'href',
    /causes\/self-signed-certificate\/$/,
  );
  expect(new URL(page.url()).searchParams.get('n')).toBe('event-1057-1058');
  expect(new URL(page.url()).searchParams.get('code')).toContain('0x904');
});

test('a pasted Schannel 36874 entry answers its question: cipher suites lead', async ({ page }) => {
  await page.goto('selector/');
  await page
    .getByLabel('Paste what the client shows')
    .fill(
      'An unknown connection request was received from a remote client application, but none of the cipher suites supported by the client application are supported by the server. The TLS connection request has failed.',
    );
  const causes = page.getByRole('region', { name: /Likely causes/ });
  await expect(causes.getByRole('listitem').first().getByRole('link').first()).toHaveAttribute(
    'href',
    /causes\/cipher-suite-mismatch\/$/,
  );
});

test('a code page links to the selector with its code prefilled', async ({ page }) => {
  await page.goto('codes/0x904/');
  await page.getByRole('link', { name: 'Find the cause in the fix selector with this code' }).click();
  await expect(page.getByLabel('Paste what the client shows')).toHaveValue('Error code: 0x904');
  await expect(page.getByRole('status').filter({ hasText: 'Read 0x904' })).toBeVisible();
});

test('the lookup box links to the selector with what was typed', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel('Look up an error code').fill('Error code: 0x904\nExtended error code: 0x7');
  await page.getByRole('link', { name: 'Or rank the likely causes in the fix selector' }).click();
  await expect(page.getByLabel('Paste what the client shows')).toHaveValue(
    'Error code: 0x904\nExtended error code: 0x7',
  );
  await expect(page.getByRole('status').filter({ hasText: 'Read 0x904, 0x7' })).toBeVisible();
});
