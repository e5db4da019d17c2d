/** The edges: the 404 page is useful, robots.txt points at the sitemap, a favicon. */
import { expect, test } from '@playwright/test';
import { basePath, sitemapPaths } from '../support/site-pages';

test('an unknown address answers 404 with the code lookup and links back into the site', async ({ page, baseURL }) => {
  const response = await page.goto('no/such/page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  const lookup = page.getByRole('main').getByRole('textbox', { name: /error code/i });
  await lookup.fill('0x904');
  await page.getByRole('main').getByRole('button', { name: 'Look up' }).click();
  await expect(page).toHaveURL(new RegExp(`${basePath(baseURL)}(codes|errors|search)/`));
  expect(page.url()).not.toContain('no/such/page');
});

test('robots.txt allows crawling and names the sitemap under the base path', async ({ request, baseURL }) => {
  const response = await request.get('robots.txt');
  expect(response.status()).toBe(200);
  const text = await response.text();
  expect(text).toMatch(/^User-agent: \*$/m);
  const sitemap = /^Sitemap: (\S+)$/m.exec(text)?.[1];
  expect(new URL(sitemap!).pathname).toBe(`${basePath(baseURL)}sitemap-index.xml`);
  expect((await request.get(new URL(sitemap!).pathname)).status()).toBe(200);
});

// Every page's own meta description: scripts/check-pages.mjs (static, over every page).
test('the favicon exists', async ({ request }) => {
  const favicon = await request.get('favicon.svg');
  expect(favicon.status()).toBe(200);
  expect(await favicon.text()).toContain('<svg');
});

test('the 404 page is not listed in the sitemap', async ({ request }) => {
  expect((await sitemapPaths(request)).filter((p) => /\/404(?:\.html)?\/?$/.test(p))).toEqual([]);
});

test.describe('the selector without its PowerShell file', () => {
  for (const [name, fulfil] of [
    ['missing (404)', { status: 404, body: 'not found' }],
    [
      'from another build',
      { status: 200, contentType: 'application/json', body: JSON.stringify({ version: 'older', fragments: {} }) },
    ],
    ['malformed', { status: 200, contentType: 'application/json', body: '{"version": 1, "fragments": [1]}' }],
  ] as const) {
    test(`${name}: says so, shows no script and offers nothing to copy`, async ({ page }) => {
      await page.route('**/selector-fragments.json*', (route) => route.fulfill(fulfil));
      await page.goto('selector/?f=start-rdp-services&m=fix');
      await expect(page.getByRole('alert')).toContainText(/selector's PowerShell/);
      await expect(page.getByTestId('generated-script')).toHaveText(/^No script: /);
      for (const button of ['Copy script', /^Download/, 'Copy ticket note'])
        await expect(page.getByRole('button', { name: button })).toBeDisabled();
    });
  }
});

test('the selector fetches its PowerShell and its colours when a script needs them: by content hash, once, from its own origin', async ({
  page,
  baseURL,
}) => {
  const requests: string[] = [];
  page.on('request', (request) => {
    if (/selector-(fragments\.json|tokens\.css)/.test(request.url())) requests.push(request.url());
  });
  // A fresh page has no script to show: 1.2 MB of highlighted PowerShell parsed at load was its longest task.
  await page.goto('selector/', { waitUntil: 'networkidle' });
  expect(requests, 'requests of a fresh page that nobody has used').toEqual([]);
  await page.getByRole('checkbox', { name: /Turn TLS 1.2 back on/ }).check();
  const script = page.getByTestId('generated-script');
  await expect(script).toContainText('Schannel');
  // The colours arrived with it: the tokens show the theme's colours, not one inherited colour.
  const colours = await script.evaluate(
    (pre) => new Set([...pre.querySelectorAll('span[class^="ps"]')].map((span) => getComputedStyle(span).color)).size,
  );
  expect(colours, 'distinct token colours in the shown script').toBeGreaterThanOrEqual(4);
  await page.getByRole('checkbox', { name: /Start the Remote Desktop services/ }).check();
  await expect(script).toContainText('function Get-RdpServiceStateFinding');
  const origin = `${new URL(baseURL!).origin}${basePath(baseURL)}`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  expect(requests.toSorted()).toEqual([
    expect.stringMatching(new RegExp(`^${origin}selector-fragments\\.json\\?v=[0-9a-f]{16}$`)),
    expect.stringMatching(new RegExp(`^${origin}selector-tokens\\.css\\?v=[0-9a-f]{16}$`)),
  ]);
});

test('a link that chooses a fix fetches the PowerShell at once', async ({ page }) => {
  await page.goto('selector/?f=start-rdp-services&m=fix');
  await expect(page.getByTestId('generated-script')).toContainText('function Repair-RdpServiceState');
});

test('the selector without its script colours says so and still shows the whole script, plain', async ({ page }) => {
  await page.route('**/selector-tokens.css*', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto('selector/?f=start-rdp-services&m=fix');
  await expect(page.getByRole('alert')).toContainText(/selector's script colours .* shown without them/);
  const script = page.getByTestId('generated-script');
  await expect(script).toContainText('function Repair-RdpServiceState');
  await expect(script).toContainText('#Requires -Version 5.1');
  for (const button of ['Copy script', /^Download/, 'Copy ticket note'])
    await expect(page.getByRole('button', { name: button })).toBeEnabled();
});

// Scripts that add elements after first paint (copy-link buttons, the print address) must not move the page: that
// is a layout shift a reader sees and Lighthouse counts (CLS). The content's first block sits where it sat without JS.
for (const path of [
  '',
  'errors/0x904-0x7/',
  'fixes/regenerate-rdp-certificate/',
  'codes/0x904/',
  'reference/wrong-advice/',
]) {
  test(`scripts do not move the content down on a phone: /${path}`, async ({ browser, baseURL }) => {
    const tops: number[] = [];
    for (const javaScriptEnabled of [false, true]) {
      const context = await browser.newContext({
        ...(baseURL ? { baseURL } : {}),
        viewport: { width: 412, height: 823 },
        javaScriptEnabled,
      });
      const page = await context.newPage();
      await page.goto(path, { waitUntil: 'networkidle' });
      tops.push(
        await page
          .locator('main .sl-markdown-content > :not(.rdp-print-address)')
          .first()
          .evaluate((element) => element.getBoundingClientRect().top),
      );
      await context.close();
    }
    expect(tops[1], 'top of the first content block with JS vs without').toBe(tops[0]);
  });
}
