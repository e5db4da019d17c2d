#!/usr/bin/env node
// Writes tests/published-urls.txt: every page in the built sitemap plus every fix alias and script
// download, as paths relative to the site root. The list is checked in; tests/e2e/published-urls.test.ts
// fails when one of them stops resolving. Run after a build, when you publish new pages:
//   node scripts/list-published-urls.mjs [distDir]   (then review and commit the diff: only additions)
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const sitemaps = readdirSync(dist).filter((name) => /^sitemap-\d+\.xml$/.test(name));
if (sitemaps.length === 0) throw new Error(`No sitemap in ${dist}; build the site first.`);
const paths = new Set();
for (const name of sitemaps) {
  for (const match of readFileSync(join(dist, name), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)) {
    paths.add(new URL(match[1]).pathname.replace(/^\/+/, '') || './');
  }
}
// Redirect pages (aliases) and downloads are not in the sitemap; find them on disk.
for (const id of readdirSync(join(dist, 'fixes'))) {
  const page = join(dist, 'fixes', id, 'index.html');
  if (existsSync(page) && readFileSync(page, 'utf8').includes('http-equiv="refresh"')) paths.add(`fixes/${id}/`);
  if (existsSync(join(dist, 'fixes', id, 'rdp-fix.ps1'))) paths.add(`fixes/${id}/rdp-fix.ps1`);
}
const list = [...paths].sort();
const previous = existsSync('tests/published-urls.txt')
  ? readFileSync('tests/published-urls.txt', 'utf8')
      .split('\n')
      .filter((line) => line && !line.startsWith('#'))
  : [];
const dropped = previous.filter((path) => !paths.has(path));
if (dropped.length)
  console.warn(`These published URLs no longer exist (add an alias, don't drop them):\n  ${dropped.join('\n  ')}`);
const header = '# Published URLs (paths under the site root). Never remove one: rename with an alias instead.\n';
writeFileSync('tests/published-urls.txt', header + [...new Set([...previous, ...list])].sort().join('\n') + '\n');
console.log(`tests/published-urls.txt: ${list.length} URLs`);
