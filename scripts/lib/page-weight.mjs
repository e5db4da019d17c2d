// Page weight in gzip bytes, read from the built files (no browser, so the numbers are deterministic): the HTML, the
// stylesheets it links, the JS it loads at start (module scripts and their static imports) and the JS it may load
// later (dynamic imports). Shared by the size-budget gate (scripts/check-budgets.mjs, in `npm test`) and the bench
// (bench/budgets.mjs), which weighs what a browser actually fetched.
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One page per type; `plain` is a docs page with no components of ours: the baseline for "extra JS". */
export const PAGE_TYPES = {
  home: '',
  overview: 'errors/0x904-0x7/',
  guide: 'guides/client-workarounds/',
  fix: 'fixes/regenerate-rdp-certificate/',
  code: 'codes/0x904/',
  selector: 'selector/',
  search: 'search/',
  plain: 'reference/wrong-advice/',
};
/** The most JS a page other than the selector may load at start beyond what the plain page loads. */
export const JS_EXTRA_BUDGET = 5 * 1024;
/** The most JS the selector may load in total, including what it loads on demand. */
export const SELECTOR_JS_BUDGET = 40 * 1024;

/** Gzip bytes at zlib's default level, as a web server would send them. */
export function gzipBytes(content) {
  return gzipSync(content).length;
}

/**
 * The weight of one built page.
 * @param {string} distDir the build folder
 * @param {string} page the page's path relative to the base, e.g. "codes/0x904/"
 * @param {string} base the base path of the build, e.g. "/" or "/kb/rdp/"
 * @returns {{ html: number, css: number, js: number, lazyJs: number }}
 */
export function staticPageWeight(distDir, page, base = '/') {
  const html = readFileSync(join(distDir, page, 'index.html'), 'utf8');
  const fileOf = (url) => {
    const path = decodeURI(url.split(/[?#]/)[0]);
    if (!path.startsWith(base)) throw new Error(`${page}: ${url} lies outside the base ${base}`);
    const file = join(distDir, path.slice(base.length));
    if (!existsSync(file)) throw new Error(`${page}: ${url} is not in ${distDir}; is the build complete?`);
    return file;
  };
  const css = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => fileOf(m[1]));
  const entries = [...html.matchAll(/<script\b[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]);
  const inlineImports = [...html.matchAll(/<script\b[^>]*type="module"[^>]*>([\s\S]*?)<\/script>/g)].flatMap((m) =>
    importsOf(m[1]).static.map((spec) => posix.resolve(posix.join(base, page), spec)),
  );
  const eager = closure([...entries, ...inlineImports], fileOf, 'static');
  const all = closure([...entries, ...inlineImports], fileOf, 'all');
  const sum = (files) => [...files].reduce((total, file) => total + gzipBytes(readFileSync(file)), 0);
  return { html: gzipBytes(html), css: sum(new Set(css)), js: sum(eager), lazyJs: sum(all) - sum(eager) };
}

/** Module specifiers a script imports: static (`import … from "x"`, `import "x"`) and dynamic (`import("x")`). */
function importsOf(code) {
  const relative = (spec) => spec.startsWith('.') || spec.startsWith('/');
  return {
    static: [...code.matchAll(/\b(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)]
      .map((m) => m[1])
      .filter(relative),
    dynamic: [...code.matchAll(/\bimport\(\s*["'`]([^"'`$]+)["'`]\s*\)/g)].map((m) => m[1]).filter(relative),
  };
}

/** Every JS file reachable from the given URLs: through static imports only, or through dynamic ones too. */
function closure(urls, fileOf, which) {
  const seen = new Set();
  const visit = (url) => {
    const file = fileOf(url);
    if (seen.has(file)) return;
    seen.add(file);
    const imports = importsOf(readFileSync(file, 'utf8'));
    for (const spec of which === 'all' ? [...imports.static, ...imports.dynamic] : imports.static)
      visit(posix.resolve(posix.dirname(url.split(/[?#]/)[0]), spec));
  };
  for (const url of urls) visit(url);
  return seen;
}
