#!/usr/bin/env node
// Static checks over EVERY built page (ASTRO_OUT_DIR or dist/, or the folder given as the first argument), no
// browser, so they stay fast at any page count. The browser checks run on one page per template instead
// (tests/support/page-templates.mjs). Per page:
//   - exactly one CSP <meta>, strict (own origin only, no unsafe script sources), whose hashes cover every inline
//     script and style element (else the browser would block it);
//   - no resource (script, stylesheet, image, frame, form target, CSS url()) from another host: the site must work
//     on an intranet with no internet;
//   - its own meta description;
//   - HTML gzip bytes within its template's budget;
//   - its sidebar links to no cause or fix page but its own: the index pages list them (config/sidebar.ts), so a
//     page's weight does not grow with the catalogue;
//   - fix pages: the shown whole script is byte for byte the downloadable rdp-fix.ps1, and the ticket note names it
//     by its SHA-256.
// Heading order, alt text and accessible names are html-validate rules over every page (scripts/check-html.mjs).
// Prints each problem, then `pages: N pages, N problems`; exits 1 on any problem. Run after `astro build`.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { htmlBudgetOf, templateOf } from '../tests/support/page-templates.mjs';
import { decodeEntities, FOREIGN, isRedirect } from './lib/html.mjs';

const dir = process.argv[2] ?? process.env.ASTRO_OUT_DIR ?? 'dist';
if (!existsSync(join(dir, 'index.html'))) {
  console.error(`check-pages: ${dir} has no index.html; build the site first (npm run build).`);
  process.exit(1);
}
const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.replaceAll('\\', '/'))
  .sort();
/** A source that names another host or scheme, e.g. https:, *, https://cdn.example.com. */
const FOREIGN_SOURCE = /^(?:\*|https?:|wss?:|[a-z0-9.-]+\.[a-z]{2,}|.*:\/\/)/i;

const problems = [];
const siteDescription = /<meta name="description" content="([^"]*)"/.exec(read('index.html'))?.[1];

function read(file) {
  return readFileSync(join(dir, file), 'utf8');
}

for (const file of files) {
  const html = read(file);
  const page = file.replace(/(^|\/)index\.html$/, '$1');
  const say = (what) => problems.push(`${file}: ${what}`);
  for (const foreign of foreignResources(html)) say(`loads ${foreign} from another host (intranet: own origin only)`);
  if (isRedirect(html)) continue; // an alias that only redirects: no content of its own
  for (const problem of cspProblems(html)) say(problem);
  const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '';
  if ((page !== '' && description === siteDescription) || description.trim().length < 20)
    say(`needs its own meta description of 20+ characters, has "${description}"`);
  const template = templateOf(page);
  const gzip = gzipSync(html, { level: 9 }).length;
  const budget = htmlBudgetOf(template, html);
  if (gzip > budget) say(`HTML is ${gzip} gzip bytes, over the ${template.name} budget of ${budget}`);
  const listed = catalogueLinksInSidebar(html, page);
  if (listed.length > 0)
    say(
      `its sidebar links to ${listed.length} other cause or fix pages (${listed[0]}…): list them on their index ` +
        'pages (/causes/, /fixes/), not in config/sidebar.ts',
    );
  if (template.name === 'fix') for (const problem of fixPageProblems(file, html)) say(problem);
}

/** Resources the page would load from another origin (links to other sites are fine: they load nothing). */
function foreignResources(html) {
  const found = [];
  for (const [tag] of html.matchAll(
    /<(?:script|img|iframe|source|video|audio|embed|object|track|form|link)\b[^>]*>/gi,
  )) {
    if (/^<link\b/i.test(tag) && /\brel="(?:canonical|alternate|sitemap|author|license)"/i.test(tag)) continue;
    for (const [, attribute, value] of tag.matchAll(/\s(src|href|srcset|data|action|poster)="([^"]*)"/gi))
      for (const url of attribute.toLowerCase() === 'srcset'
        ? value.split(',').map((s) => s.trim().split(/\s/)[0])
        : [value])
        if (FOREIGN.test(decodeEntities(url))) found.push(`${tag.slice(1).split(/\s/)[0]} ${attribute}=${url}`);
  }
  for (const [, url] of html.matchAll(/url\(\s*['"]?([^'")]+)/gi)) if (FOREIGN.test(url)) found.push(`CSS url(${url})`);
  return found;
}

function cspProblems(html) {
  const metas = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"/gi)];
  if (metas.length !== 1) return [`has ${metas.length} CSP <meta> elements, want exactly 1`];
  const csp = new Map(
    decodeEntities(metas[0][1])
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name.toLowerCase(), sources]),
  );
  const issues = [];
  if (csp.get('default-src')?.join(' ') !== "'self'")
    issues.push(`CSP default-src is "${csp.get('default-src')?.join(' ')}", want 'self'`);
  if (csp.get('object-src')?.join(' ') !== "'none'") issues.push("CSP object-src must be 'none'");
  if (!csp.get('base-uri'))
    issues.push('CSP base-uri missing (a <base> injected by a hostile link could redirect scripts)');
  for (const [name, sources] of csp)
    for (const source of sources) {
      if (FOREIGN_SOURCE.test(source)) issues.push(`CSP ${name} allows another origin: ${source}`);
      if (name.startsWith('script-src') && ["'unsafe-inline'", "'unsafe-eval'"].includes(source))
        issues.push(`CSP ${name} allows ${source}`);
    }
  const allowed = (directive, body) =>
    (csp.get(directive) ?? csp.get(directive.replace(/-elem$/, '')) ?? []).includes(
      `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`,
    );
  for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\ssrc=/i.test(attributes) || /type="application\/(?:ld\+)?json"/i.test(attributes)) continue;
    if (!allowed('script-src', body)) issues.push(`an inline script is not in CSP script-src: "${body.slice(0, 60)}…"`);
  }
  for (const [, body] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi))
    if (!allowed('style-src-elem', body))
      issues.push(`an inline <style> is not in CSP style-src-elem: "${body.slice(0, 60)}…"`);
  return issues;
}

/** Links in the sidebar (Starlight's nav aria-label="Main") to a cause or fix page other than `page` itself. */
function catalogueLinksInSidebar(html, page) {
  const start = html.indexOf('<nav class="sidebar');
  if (start === -1) return [];
  const nav = html.slice(start, html.indexOf('</nav>', start));
  return [...nav.matchAll(/href="([^"]*)"/g)]
    .map(([, href]) => href)
    .filter((href) => /\/(?:causes|fixes)\/[^/]+\/$/.test(href) && !href.endsWith(`/${page}`));
}

/** The shown whole script equals the download (less BOM, CRLF → LF) and the ticket note names its hash. */
function fixPageProblems(file, html) {
  const shown = /<pre\b[^>]*data-whole-script[^>]*>([\s\S]*?)<\/pre>/.exec(html)?.[1];
  if (shown === undefined) return ['fix page without a [data-whole-script] block'];
  const text = decodeEntities(shown.replace(/<[^>]+>/g, ''));
  const downloadFile = join(dir, file.replace(/index\.html$/, 'rdp-fix.ps1'));
  if (!existsSync(downloadFile)) return [`no rdp-fix.ps1 beside the page`];
  const download = readFileSync(downloadFile).subarray(3).toString('utf8').replace(/\r\n/g, '\n');
  const issues = [];
  if (text !== download) issues.push('the shown whole script differs from the downloadable rdp-fix.ps1');
  if (!text.startsWith('<#\n.SYNOPSIS') || !text.includes('\n#Requires -Version 5.1\n'))
    issues.push('the whole script lacks its help block or #Requires -Version 5.1');
  const note = decodeEntities(/<rdp-ticket-note\b[^>]*data-text="([^"]*)"/.exec(html)?.[1] ?? '');
  if (!note.includes(createHash('sha256').update(text, 'utf8').digest('hex')))
    issues.push("the ticket note does not name the shown script's SHA-256");
  return issues;
}

for (const line of problems.slice(0, 200)) console.log(line);
if (problems.length > 200) console.log(`… ${problems.length - 200} more`);
console.log(`pages: ${files.length} pages, ${problems.length} problems`);
process.exit(problems.length === 0 ? 0 : 1);
