/**
 * The pages the browser sweeps visit: every URL of the built sitemap, mapped onto the test baseURL (the sitemap
 * holds absolute URLs on SITE_URL, which is not where the tests serve the site), plus the 404 page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { representativePages } from './page-templates.mjs';

/** Paths (with the base, e.g. /kb/rdp/errors/0x904-0x7/) of every page in the sitemap. */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const index = await request.get('sitemap-index.xml');
  if (!index.ok()) throw new Error(`sitemap-index.xml answered ${index.status()}; build the site (it needs \`site\`).`);
  const sitemaps = locs(await index.text());
  const paths: string[] = [];
  for (const sitemap of sitemaps) {
    const response = await request.get(new URL(sitemap).pathname);
    if (!response.ok()) throw new Error(`${sitemap} (listed in sitemap-index.xml) answered ${response.status()}.`);
    paths.push(...locs(await response.text()).map((loc) => new URL(loc).pathname));
  }
  if (paths.length === 0) throw new Error('The sitemap lists no pages; check the sitemap integration and `site`.');
  return paths;
}

function locs(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!.replaceAll('&amp;', '&'));
}

/** The base path the site is served under, from the test baseURL: "/" or "/kb/rdp/". */
export function basePath(baseURL: string | undefined): string {
  if (!baseURL) throw new Error('No baseURL: run the browser tests through playwright.config.ts.');
  return new URL(baseURL).pathname;
}

/**
 * The same list read from the built files, synchronously, so a spec can declare one test per page. Reads
 * ASTRO_OUT_DIR (default dist), the folder playwright.config.ts serves.
 */
export function sitemapPathsFromDist(outDir = process.env.ASTRO_OUT_DIR ?? 'dist'): string[] {
  const indexFile = join(outDir, 'sitemap-index.xml');
  if (!existsSync(indexFile)) throw new Error(`${indexFile} is missing: build the site first (npm run build).`);
  const paths = locs(readFileSync(indexFile, 'utf8')).flatMap((sitemap) => {
    const file = join(outDir, basename(new URL(sitemap).pathname));
    return locs(readFileSync(file, 'utf8')).map((loc) => new URL(loc).pathname);
  });
  if (paths.length === 0) throw new Error(`${indexFile} lists no pages; check the sitemap integration and \`site\`.`);
  return paths;
}

/** One representative page per template (see page-templates.mjs), from the built sitemap. */
export function representativePagesFromDist(outDir?: string): { template: string; path: string }[] {
  const paths = sitemapPathsFromDist(outDir);
  const base = paths.reduce((shortest, p) => (p.length < shortest.length ? p : shortest));
  return representativePages(paths.map((path) => path.slice(base.length)));
}
