/**
 * Search treats codes as entities: for each query, the expected page is the first result, both in the
 * header dialog and on /search/ (typed, and from ?q=; one ranking, src/lib/search). Also: arrow keys, the button's
 * accessible name (axe), the lookup box, and every code page listed in codes/index.json exists.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** [query, expected first result (path relative to the base)]. Codes in many notations, names, event IDs, words. */
const QUERIES: readonly (readonly [string, string])[] = [
  ['0x904', 'codes/0x904/'],
  ['904', 'codes/0x904/'],
  ['0X904', 'codes/0x904/'],
  ['0x00000904', 'codes/0x904/'],
  ['2308', 'codes/0x904/'],
  ['disconnectReasonAtClientWinsockFDCLOSE', 'codes/0x904/'],
  ['0x904 0x7', 'errors/0x904-0x7/'],
  ['Error code: 0x904 Extended error code: 0x7', 'errors/0x904-0x7/'],
  ['error code 0x904, extended error code 0x7', 'errors/0x904-0x7/'],
  ['2308 7', 'errors/0x904-0x7/'],
  ['0x00000904 0x00000007', 'errors/0x904-0x7/'],
  ['Extended error code: 0x7', 'codes/extended/0x7/'],
  ['exDiscReasonServerDeniedConnection', 'codes/extended/0x7/'],
  ['ERRINFO_SERVER_DENIED_CONNECTION', 'codes/errinfo/0x7/'],
  ['0x204', 'errors/cant-reach-host/'],
  ['516', 'errors/cant-reach-host/'],
  // A code that has a guide (a situation lists it) lands on the guide first, in any notation (issue 14); its code
  // page comes next.
  ['0xB09', 'errors/nla-network-level-authentication/'],
  ['2825', 'errors/nla-network-level-authentication/'],
  ['0x112f', 'codes/errinfo/0x112f/'],
  ['4399', 'codes/errinfo/0x112f/'],
  ['Because of a protocol error (code: 0x112F), the remote session will be disconnected.', 'codes/errinfo/0x112f/'],
  ['SSL_ERR_LOGON_FAILURE', 'codes/0x807/'],
  ['0x807', 'codes/0x807/'],
  ['2055', 'codes/0x807/'],
  ['0x1807', 'codes/0x1807/'],
  ['0x108', 'errors/cant-reach-host/'],
  ['264', 'errors/cant-reach-host/'],
  ['0x3000046', 'codes/0x3000046/'],
  ['0x4', 'errors/internal-error/'],
  ['0xA07', 'codes/0xa07/'],
  ['0x3 0x9', 'codes/0x3/'],
  ['ERRINFO_LICENSE_NO_LICENSE_SERVER', 'codes/errinfo/0x101/'],
  // FreeRDP-based clients (xfreerdp, Remmina) log their own codes, and server error info wrapped in theirs.
  ['ERRCONNECT_TLS_CONNECT_FAILED [0x00020008]', 'errors/tls-connect-failed/'],
  ['[ERROR][com.freerdp.core] - ERRINFO_SERVER_DENIED_CONNECTION [0x00010007]', 'codes/errinfo/0x7/'],
  ['ERRINFO_CB_DESTINATION_NOT_FOUND', 'codes/errinfo/0x400/'],
  ['licensing timeout', 'codes/0x908/'],
  ['event 1058', 'reference/event-ids/'],
  ['event 36871', 'causes/tls-protocol-mismatch/'],
  ['MachineKeys permissions', 'causes/machinekeys-permissions/'],
  ['CredSSP encryption oracle', 'causes/credssp-oracle-mismatch/'],
  ['regenerate certificate', 'fixes/regenerate-rdp-certificate/'],
  ['SSLCertificateSHA1Hash', 'causes/certificate-binding-mismatch/'],
  ['firewall 3389', 'causes/listener-firewall-port/'],
  ['Connection Broker', 'causes/gateway-broker/'],
  // A cause's own terms land on its cause page (which links its fixes): its summary is weighted (CauseCard).
  ['SessionEnv', 'causes/rdp-services-stopped/'],
];

// Pagefind loads its index and wasm on first use; on a busy CI machine that can take several seconds.
test.describe.configure({ timeout: 90_000 });
const DONE = { timeout: 20_000 };

const base = (page: Page) => new URL(page.url()).pathname.replace(/[^/]*$/, '');

async function firstResultPath(page: Page, scope: string, root: string): Promise<string> {
  await expect(page.locator(`${scope} rdp-search[data-state="done"]`)).toHaveCount(1, DONE);
  const href = await page.locator(`${scope} a[data-search-hit]`).first().getAttribute('href');
  return (href ?? '').replace(root, '');
}

/** Types `query` into the search box in `scope` and returns the first result once the search for THIS query is done:
 * the element names the query it rendered (data-query), so a previous query's finished results never count. */
async function firstResultFor(page: Page, scope: string, query: string, root: string): Promise<string> {
  const panel = page.locator(`${scope} rdp-search`);
  await panel.getByRole('searchbox').fill(query);
  await expect(panel).toHaveAttribute('data-query', query, DONE);
  await expect(panel).toHaveAttribute('data-state', 'done', DONE);
  const href = await panel.locator('a[data-search-hit]').first().getAttribute('href');
  return (href ?? '').replace(root, '');
}

async function openDialog(page: Page) {
  await page
    .getByRole('button', { name: /Search/ })
    .first()
    .click();
  return page.getByRole('dialog', { name: 'Search' });
}

// One page load for every query (loading a page per query made this the slowest spec): the queries are typed into the
// /search/ page's box, then into the dialog's. Soft assertions, so one run lists every query that misses.
test('each query puts its expected page first, on /search/ and in the dialog', async ({ page }) => {
  await page.goto('search/');
  const root = base(page).replace(/search\/$/, '');
  for (const [query, expected] of QUERIES)
    expect
      .soft(await firstResultFor(page, 'main', query, root), `on /search/ for ${JSON.stringify(query)}`)
      .toBe(expected);
  await openDialog(page);
  for (const [query, expected] of QUERIES)
    expect
      .soft(await firstResultFor(page, 'dialog', query, root), `in the dialog for ${JSON.stringify(query)}`)
      .toBe(expected);
});

// The shareable form: ?q= runs the query on load (a few notations; the typed queries above cover the ranking).
for (const [query, expected] of [0, 7, QUERIES.length - 1].map((i) => QUERIES[i]!))
  test(`search/?q=${query} shows ${expected} first`, async ({ page }) => {
    await page.goto(`search/?q=${encodeURIComponent(query)}`);
    const root = base(page).replace(/search\/$/, '');
    expect(await firstResultPath(page, 'main', root)).toBe(expected);
  });

test('the dialog and the page give the same order', async ({ page }) => {
  for (const query of ['0x904 0x7', '7', 'certificate']) {
    await page.goto(`search/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('main rdp-search[data-state="done"]')).toHaveCount(1, DONE);
    const onPage = await page
      .getByTestId('search-results')
      .locator('a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const dialog = await openDialog(page);
    await dialog.getByRole('searchbox').fill(query);
    await expect(page.locator('dialog rdp-search[data-state="done"]')).toHaveCount(1, DONE);
    expect(
      await dialog.locator('a[data-search-hit]').evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
    ).toEqual(onPage);
  }
});

test('results are reachable with the arrow keys, Enter opens one', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('2308');
  await expect(page.locator('dialog rdp-search[data-state="done"]')).toHaveCount(1, DONE);
  const links = dialog.locator('a[data-search-hit]');
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/codes\/0x904\/$/);
});

test('search button and dialog pass axe (accessible name contains the visible text)', async ({ page }) => {
  await page.goto('./');
  expect((await new AxeBuilder({ page }).include('rdp-site-search').analyze()).violations).toEqual([]);
  await openDialog(page);
  await page.getByRole('searchbox').first().fill('0x904 0x7');
  await expect(page.locator('dialog rdp-search[data-state="done"]')).toHaveCount(1, DONE);
  expect((await new AxeBuilder({ page }).include('dialog').analyze()).violations).toEqual([]);
});

test('an unknown code says so, without listing unrelated codes that share its digits', async ({ page }) => {
  await page.goto('search/?q=0x905');
  await expect(page.locator('main [data-search-status]')).toContainText('"0x905" is not a code we know');
  await expect(page.locator('main [data-search-status]')).not.toContainText('0x904');
});

test('the home lookup box goes straight to the answer', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel('Look up an error code').fill('Error code: 0x904\nExtended error code: 0x7');
  await page.getByRole('button', { name: 'Look up' }).click();
  await expect(page).toHaveURL(/\/errors\/0x904-0x7\/$/);
});

test('every code in codes/index.json has its page, with its aliases on it', async ({ page, request }) => {
  const response = await request.get('codes/index.json');
  expect(response.ok(), 'codes/index.json missing: is the site built?').toBe(true);
  const { codes } = (await response.json()) as { codes: { path: string; hex: string; value: number }[] };
  expect(codes.length).toBeGreaterThan(190);
  for (const code of codes) {
    const html = await (await request.get(code.path)).text();
    expect(html, code.path).toContain(`Also written as: ${code.hex}, `);
  }
  await page.goto('codes/0x904/');
  await expect(page.getByRole('link', { name: /Error 0x904 with extended error 0x7/ })).toBeVisible();
  await expect(page.getByText('Also written as')).toContainText('0x00000904');
});

test('a guide page fetches the code index only when search is used', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(request.url()));
  await page.goto('reference/wrong-advice/', { waitUntil: 'networkidle' });
  // The search's logic (code-index.*.js) and its data (codes/decoder.json) both load on first use.
  const codeIndex = (url: string) => /\/code-index\.[\w-]+\.js$|\/codes\/decoder\.json$/.test(url);
  expect(fetched.filter(codeIndex), 'code index loaded with the page').toEqual([]);
  await page.keyboard.press('Control+k');
  await page.keyboard.type('0x904');
  await expect(page.locator('dialog a[data-search-hit]').first()).toHaveAttribute('href', /codes\/0x904\/$/);
  expect(fetched.filter(codeIndex)).toHaveLength(2);
});

for (const [what, pattern] of [
  ['its script', '**/code-index.*.js'],
  ['its data', '**/codes/decoder.json'],
] as const)
  test(`when the code index cannot load (${what}), search says so and the lookup box falls back to the search page`, async ({
    page,
  }) => {
    await page.route(pattern, (route) => route.abort());
    await page.goto('./');
    await page.keyboard.press('Control+k');
    await page.keyboard.type('0x904');
    await expect(page.locator('dialog [data-search-status]')).toContainText('could not load its code index');
    await page.goto('./');
    await page.getByLabel('Look up an error code').fill('0x904');
    await page.getByRole('button', { name: 'Look up' }).click();
    await expect(page).toHaveURL(/\/search\/\?q=0x904$/);
  });

test('the home lookup box sends text that is not a code to the search page', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel('Look up an error code').fill('certificate');
  await page.getByRole('button', { name: 'Look up' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=certificate$/);
});

test("a code page's excerpt keeps the spaces between its facts (no 'Hex0x7Decimal7')", async ({ page }) => {
  await page.goto('search/?q=OnFatalError');
  await expect(page.locator('main rdp-search[data-state="done"]')).toHaveCount(1, DONE);
  const excerpts = await page.locator('main li[data-kind="page"] .hit-excerpt').allTextContents();
  expect(excerpts.length).toBeGreaterThan(0);
  for (const excerpt of excerpts) expect(excerpt).not.toMatch(/callback\.Meaning|Hex0x|Decimal\d|Table[A-Z]/);
});
