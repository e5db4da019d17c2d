/**
 * Offline / intranet, in the browser: one representative page per template and state (page-templates.mjs) loads
 * with no request to another host, no Content-Security-Policy violation and no console error; and search (Pagefind:
 * fetches + WebAssembly) works under that policy. Every page is checked statically by scripts/check-pages.mjs: one
 * strict CSP <meta> that allows its own origin only, and no resource from another host.
 */
import { expect, test, type Page } from '@playwright/test';
import { representativePagesFromDist } from '../support/site-pages';
import { MISSING_PAGE } from '../support/page-templates.mjs';

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

for (const { template, path } of representativePagesFromDist()) {
  test(`offline: only own-origin requests, no CSP violation, no console error on the ${template} page ${path}`, async ({
    page,
    baseURL,
  }) => {
    const seen = await watch(page, new URL(baseURL!).origin);
    await page.goto(path, { waitUntil: 'networkidle' });
    const problems = [...seen.foreign.map((f) => `request to another host: ${f}`), ...seen.problems];
    // The 404 page is itself served with status 404; the browser logs that as a console error.
    expect(path === MISSING_PAGE ? problems.filter((p) => !/status of 404/.test(p)) : problems).toEqual([]);
  });
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
