/**
 * Offline / intranet: every page (sitemap + 404) loads with no request to another host, no Content-Security-Policy
 * violation and no console error; every page carries a CSP <meta> that allows its own origin only; and search
 * (Pagefind: fetches + WebAssembly) works under that policy.
 */
import { expect, test, type Page } from '@playwright/test';
import { sitemapPathsFromDist } from '../support/site-pages';

// Large pages (the code index has 200+ table rows) take axe well over the default 30 s on a busy 2-core machine.
test.describe.configure({ timeout: 120_000 });

interface Watch {
  foreign: string[];
  problems: string[];
}

/** Records requests to other origins, CSP violations (reported by the page itself) and console errors. */
async function watch(page: Page, origin: string): Promise<Watch> {
  const seen: Watch = { foreign: [], problems: [] };
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== origin) seen.foreign.push(`${request.resourceType()} ${request.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') seen.problems.push(`console error: ${message.text().slice(0, 200)}`);
  });
  page.on('pageerror', (error) => seen.problems.push(`page error: ${error.message}`));
  await page.exposeFunction('__reportCspViolation', (text: string) => seen.problems.push(`CSP violation: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation;
      void report(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  return seen;
}

/** The CSP <meta> of the current page as directive → sources. */
async function cspOf(page: Page): Promise<Map<string, string[]>> {
  const metas = page.locator('meta[http-equiv="content-security-policy" i]');
  await expect(metas, 'exactly one CSP <meta>').toHaveCount(1);
  const content = (await metas.getAttribute('content')) ?? '';
  return new Map(
    content
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}

/** A path that does not exist: the server answers with the site's 404 page. */
const MISSING = 'this-page-does-not-exist/';

/** A source that names another host or scheme, e.g. https:, *, https://cdn.example.com. */
const FOREIGN_SOURCE = /^(?:\*|https?:|wss?:|[a-z0-9.-]+\.[a-z]{2,}|.*:\/\/)/i;

// One test per page, so Playwright's workers share the sweep.
for (const path of [...sitemapPathsFromDist(), MISSING]) {
  test(`offline: only own-origin requests, a strict CSP and no CSP violation on ${path}`, async ({ page, baseURL }) => {
    const seen = await watch(page, new URL(baseURL!).origin);
    await page.goto(path);
    const problems = [...seen.foreign.map((f) => `request to another host: ${f}`), ...seen.problems];
    // The 404 page is itself served with status 404; the browser logs that as a console error.
    expect(path === MISSING ? problems.filter((p) => !/status of 404/.test(p)) : problems).toEqual([]);
    expect(cspProblems(await cspOf(page))).toEqual([]);
  });
}

function cspProblems(csp: Map<string, string[]>): string[] {
  const issues: string[] = [];
  if (csp.get('default-src')?.join(' ') !== "'self'")
    issues.push(`default-src is "${csp.get('default-src')?.join(' ')}", want 'self'`);
  if (csp.get('object-src')?.join(' ') !== "'none'") issues.push("object-src must be 'none'");
  if (!csp.get('base-uri'))
    issues.push('base-uri missing (a <base> injected by a hostile link could redirect scripts)');
  for (const [name, sources] of csp) {
    for (const source of sources) {
      if (FOREIGN_SOURCE.test(source)) issues.push(`${name} allows another origin: ${source}`);
      if (name.startsWith('script-src') && ["'unsafe-inline'", "'unsafe-eval'"].includes(source))
        issues.push(`${name} allows ${source}`);
    }
  }
  return issues;
}

test('search works under the CSP: Pagefind loads its wasm and index from the same origin', async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  const seen = await watch(page, origin);
  const pagefind: string[] = [];
  page.on('response', (response) => {
    if (response.url().includes('/pagefind/'))
      pagefind.push(`${response.status()} ${new URL(response.url()).pathname}`);
  });
  await page.goto('./');
  await page
    .getByRole('button', { name: /search/i })
    .first()
    .click();
  await page
    .getByRole('dialog')
    .getByRole('textbox')
    .or(page.getByRole('dialog').getByRole('searchbox'))
    .first()
    .fill('0x904');
  const first = page.getByRole('dialog').getByRole('link').filter({ hasText: /0x904/ }).first();
  // The first search compiles Pagefind's wasm in a worker; allow for a busy CI machine.
  await expect(first, `problems so far: ${[...seen.foreign, ...seen.problems].join('; ')}`).toBeVisible({
    timeout: 15_000,
  });
  await expect(first).toHaveAttribute('href', /0x904/);
  // The code decoder answers "0x904" at once, before Pagefind has fetched anything: wait for Pagefind itself.
  await expect
    .poll(() => pagefind.some((r) => /^200 .*\/pagefind\/wasm\./.test(r)), {
      message: `Pagefind wasm loaded: ${pagefind.join(', ')}`,
      timeout: 15_000,
    })
    .toBe(true);
  expect(pagefind.filter((r) => !r.startsWith('200'))).toEqual([]);
  expect([...seen.foreign, ...seen.problems]).toEqual([]);
});
