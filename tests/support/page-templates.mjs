// The page templates of the site, and ONE representative page (or state) of each. The browser checks (axe in both
// themes, keyboard, copy, console errors, requests to other hosts) run on these only, so their cost does not grow
// with the number of codes, fixes or causes. Every page is still checked statically: scripts/check-pages.mjs (CSP,
// no foreign resources, page weight), scripts/check-html.mjs (validity, heading order, alt text) and
// scripts/check-links.mjs (links and anchors). Plain JS so those scripts and the TypeScript specs share it.
//
// Every sitemap page must belong to a template: a page that matches none fails `templateOf`, so a new kind of page
// gets a representative (and an HTML budget) before it ships.

/**
 * @typedef {object} Template
 * @property {string} name a short name, used in test titles and the budget table
 * @property {RegExp} matches a page's path relative to the base (no leading slash, "" for home)
 * @property {number} htmlGzipBudget the most gzip bytes one page's HTML may weigh
 * @property {{ marker: string, gzip: number }} [perEntry] for a page that lists the catalogue (an index, the code
 *   table, the selector's fixes): the gzip bytes each listed entry adds to the budget, an entry being each occurrence
 *   of `marker` in the HTML. Such a page grows with the catalogue by design; every other page must not.
 * @property {string[]} [states] extra states of the same page worth a browser visit (query strings)
 */

/** The entries of /causes/ and /fixes/ (src/components/IndexEntry.astro), about 110-180 gzip bytes each today. */
const INDEX_ENTRY = { marker: 'data-index-entry', gzip: 250 };

/** @type {Template[]} Order matters: the first match wins. HTML budgets (gzip -9 bytes): the largest page
 * of the type on 2026-12-02 plus about 25 %, checked over every page by scripts/check-pages.mjs. */
export const TEMPLATES = [
  { name: 'home', matches: /^$/, htmlGzipBudget: 12_000 },
  { name: 'overview guide', matches: /^errors\/[^/]+\/$/, htmlGzipBudget: 19_000 },
  // 15 -> 17 KB on 2026-12-03: every page's sidebar grew with issue 14's situations, causes and fixes (3.9 KB of the
  // page now), and wrong advice gained the six NLA/CredSSP/TLS corrections (15.4 KB).
  { name: 'guide', matches: /^(?:guides|reference)\/[^/]+\/$/, htmlGzipBudget: 17_000 },
  // The index pages list every cause or fix (the sidebar no longer does, since 2026-12-03), so their budget grows with
  // the entries they list and nothing else.
  { name: 'cause index', matches: /^causes\/$/, htmlGzipBudget: 8_000, perEntry: INDEX_ENTRY },
  { name: 'cause', matches: /^causes\/[^/]+\/$/, htmlGzipBudget: 14_000 },
  { name: 'fix index', matches: /^fixes\/$/, htmlGzipBudget: 8_000, perEntry: INDEX_ENTRY },
  // Raised from 40 KB on 2026-12-02: the whole script on a fix page now carries the safety runtime (session guard,
  // bounded restarts, per-computer report: about 400 more lines); the largest fix page is about 48 KB.
  { name: 'fix', matches: /^fixes\/[^/]+\/$/, htmlGzipBudget: 56_000 },
  // One row per code (about 60 gzip bytes each on 2026-12-03, 265 codes: 23.1 KB).
  {
    name: 'code index',
    matches: /^codes\/$/,
    htmlGzipBudget: 8_000,
    perEntry: { marker: '<tr data-code=', gzip: 80 },
  },
  { name: 'disconnect reason code', matches: /^codes\/0x[0-9a-f]+\/$/, htmlGzipBudget: 11_500 },
  { name: 'extended code', matches: /^codes\/extended\/[^/]+\/$/, htmlGzipBudget: 11_500 },
  { name: 'fatal code', matches: /^codes\/fatal\/[^/]+\/$/, htmlGzipBudget: 10_000 },
  { name: 'errinfo code', matches: /^codes\/errinfo\/[^/]+\/$/, htmlGzipBudget: 10_500 },
  { name: 'FreeRDP code', matches: /^codes\/freerdp\/[^/]+\/$/, htmlGzipBudget: 10_500 },
  {
    name: 'selector',
    matches: /^selector\/$/,
    // It lists every fix (about 45 gzip bytes each, measured at five times the fixes): 27.8 KB with 21 fixes on
    // 2026-12-03. Before, a flat 31 KB, which five times the fixes exceeded.
    htmlGzipBudget: 29_000,
    perEntry: { marker: '<li data-fix=', gzip: 100 },
    states: [
      // A fix chosen (diagnose); a remote fix with computer names; a link with values it must refuse.
      '?f=regenerate-rdp-certificate',
      '?f=regenerate-rdp-certificate&m=fix&t=remote&c=rdsh-01',
      "?f=regenerate-rdp-certificate,evil&m=fix&t=remote&c=srv'%3B+Remove-Item",
    ],
  },
  { name: 'search', matches: /^search\/$/, htmlGzipBudget: 9_500, states: ['?q=0x904'] },
];

/** A path that does not exist: the server answers with the site's 404 page (built as 404.html). */
export const MISSING_PAGE = 'this-page-does-not-exist/';
export const NOT_FOUND_TEMPLATE = { name: '404', matches: /^404\.html$/, htmlGzipBudget: 9_500 };

/**
 * The most gzip bytes a page of `template` may weigh, given its HTML (pages that list the catalogue: per entry).
 * @param {Template} template
 * @param {string} html
 */
export function htmlBudgetOf(template, html) {
  if (!template.perEntry) return template.htmlGzipBudget;
  return template.htmlGzipBudget + (html.split(template.perEntry.marker).length - 1) * template.perEntry.gzip;
}

/**
 * The template a page (path relative to the base) belongs to; throws for a page no template claims.
 * @param {string} relativePath
 * @returns {Template}
 */
export function templateOf(relativePath) {
  const template = [...TEMPLATES, NOT_FOUND_TEMPLATE].find((t) => t.matches.test(relativePath));
  if (!template)
    throw new Error(
      `The page /${relativePath} matches no template in tests/support/page-templates.mjs: add a template (with a ` +
        'representative page for the browser checks and an HTML budget) or widen the pattern of the one it belongs to.',
    );
  return template;
}

/**
 * One representative page per template (the first in the given order, so the choice is stable), each extra state of
 * it, and the 404 page. Throws if a page belongs to no template, or a template has no page.
 * @param {string[]} relativePaths every page, relative to the base ("" for home)
 * @returns {{ template: string, path: string }[]} paths relative to the test baseURL
 */
export function representativePages(relativePaths) {
  /** @type {Map<string, string>} */
  const first = new Map();
  for (const path of relativePaths) {
    const { name } = templateOf(path);
    if (!first.has(name)) first.set(name, path);
  }
  const pages = [];
  for (const template of TEMPLATES) {
    const path = first.get(template.name);
    if (path === undefined)
      throw new Error(`No built page matches the "${template.name}" template: remove it or fix its pattern.`);
    pages.push({ template: template.name, path: path === '' ? './' : path });
    for (const state of template.states ?? []) pages.push({ template: template.name, path: `${path}${state}` });
  }
  pages.push({ template: '404', path: MISSING_PAGE });
  return pages;
}
