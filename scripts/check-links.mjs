#!/usr/bin/env node
// Internal link and anchor check over the built site (ASTRO_OUT_DIR or dist/, or the folder given as the first
// argument; BASE_PATH as for the build). Every href/src on every page that points inside the site must name a
// file that exists, and every #fragment must name an id (or <a name>) on the target page. Prints each broken
// reference, then `links: N pages, N references, N broken`; exits 1 if any is broken. Run after `astro build`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? process.env.ASTRO_OUT_DIR ?? 'dist';
const base = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
if (!existsSync(dir)) {
  console.error(`check-links: ${dir} does not exist; build the site first (npm run build).`);
  process.exit(1);
}
const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
const idsCache = new Map();

/** ids on a built page (id="…" and <a name="…">), read once. */
function idsOf(file) {
  if (!idsCache.has(file)) {
    const html = readFileSync(file, 'utf8');
    idsCache.set(file, new Set([...html.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => decodeEntities(m[1]))));
  }
  return idsCache.get(file);
}

function decodeEntities(s) {
  return s
    .replaceAll('&amp;', '&')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>');
}

/** The file a site path is served from, as a static host would (dir/ → dir/index.html), or undefined. */
function fileFor(pathname) {
  if (!pathname.startsWith(base)) return undefined;
  const rel = decodeURIComponent(pathname.slice(base.length));
  const candidate = join(dir, rel);
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  return existsSync(index) ? index : undefined;
}

let references = 0;
const broken = [];
for (const page of pages) {
  const file = join(dir, page);
  const pagePath = base + page.replace(/(^|\/)index\.html$/, '$1').replaceAll('\\', '/');
  const html = readFileSync(file, 'utf8');
  for (const m of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
    const ref = decodeEntities(m[2]);
    if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(ref)) continue; // other schemes and hosts: not ours to check here
    references++;
    const url = new URL(ref, `http://site${pagePath}`);
    const target = ref.startsWith('#') ? file : fileFor(url.pathname);
    if (!target) {
      broken.push(
        `${page}: ${ref} → no file for ${url.pathname}${url.pathname.startsWith(base) ? '' : ` (outside the base ${base})`}`,
      );
      continue;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment))
      broken.push(`${page}: ${ref} → no id "${fragment}" on ${url.pathname}`);
  }
}
for (const line of broken.slice(0, 200)) console.log(line);
if (broken.length > 200) console.log(`… ${broken.length - 200} more`);
console.log(`links: ${pages.length} pages, ${references} references, ${broken.length} broken`);
process.exit(broken.length === 0 ? 0 : 1);
