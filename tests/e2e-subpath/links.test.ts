/**
 * Sub-path hosting (BASE_PATH=/kb/rdp, served only under that prefix; see scripts/test-subpath.mjs): a crawl of
 * every <a href> and every asset the pages reference never leaves the prefix and never hits a 404, and pages
 * loaded in the browser request nothing outside the prefix.
 */
import { expect, test } from '@playwright/test';
import { basePath, sitemapPathsFromDist } from '../support/site-pages';

/** href/src values in a page, minus fragments-only, mailto: and the like. */
function references(html: string): string[] {
  const found = [...html.matchAll(/\s(?:href|src)="([^"]+)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));
  return found.filter((ref) => !ref.startsWith('#') && !/^(?:mailto|tel|data|javascript):/i.test(ref));
}

test('the site is built for a sub-path (run through scripts/test-subpath.mjs)', ({ baseURL }) => {
  expect(basePath(baseURL), 'BASE_PATH must be set for these tests').not.toBe('/');
});

test('every link and asset reference on every page stays under the prefix and resolves', async ({
  request,
  baseURL,
}) => {
  test.setTimeout(300_000);
  const base = basePath(baseURL);
  const origin = new URL(baseURL!).origin;
  const pages = sitemapPathsFromDist();
  expect(
    pages.every((p) => p.startsWith(base)),
    'sitemap URLs carry the prefix',
  ).toBe(true);
  const checked = new Map<string, number>();
  const escapes: string[] = [];
  const broken: string[] = [];
  const queue = [...pages];
  const seenPages = new Set(queue);
  while (queue.length > 0) {
    const pagePath = queue.shift()!;
    const response = await request.get(pagePath);
    if (response.status() !== 200) {
      broken.push(`${pagePath} answered ${response.status()}`);
      continue;
    }
    if (!(response.headers()['content-type'] ?? '').includes('text/html')) continue;
    for (const ref of references(await response.text())) {
      const url = new URL(ref, origin + pagePath);
      if (url.origin !== origin) continue; // other hosts are the offline test's business
      if (!url.pathname.startsWith(base)) {
        escapes.push(`${pagePath}: ${ref}`);
        continue;
      }
      const target = url.pathname;
      if (!checked.has(target)) {
        const status = (await request.get(target, { maxRedirects: 0 })).status();
        checked.set(target, status);
        if (status === 200 && target.endsWith('/') && !seenPages.has(target)) {
          seenPages.add(target);
          queue.push(target); // a page the sitemap does not list: crawl it too
        }
      }
      const status = checked.get(target)!;
      if (status !== 200) broken.push(`${pagePath}: ${ref} answered ${status}`);
    }
  }
  expect(escapes, 'references that leave the prefix').toEqual([]);
  expect(broken, 'references that do not resolve').toEqual([]);
  expect(checked.size).toBeGreaterThan(pages.length);
});

/** One page of each kind, loaded in the browser: runtime requests (scripts, Pagefind, catalogue.json) too. */
const SAMPLES = ['', 'errors/0x904-0x7/', 'codes/0x904/', 'selector/', 'search/?q=0x904', 'this-page-does-not-exist/'];

for (const sample of SAMPLES) {
  test(`in the browser, ${sample || 'the home page'} requests nothing outside the prefix and nothing fails`, async ({
    page,
    baseURL,
  }) => {
    const base = basePath(baseURL);
    const problems: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.protocol.startsWith('http') && !url.pathname.startsWith(base))
        problems.push(`outside prefix: ${r.url()}`);
    });
    page.on('response', (r) => {
      if (r.status() >= 400 && !r.request().isNavigationRequest()) problems.push(`${r.status()} ${r.url()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    const response = await page.goto(sample, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(sample.startsWith('this-page') ? 404 : 200);
    expect(problems).toEqual([]);
  });
}
