#!/usr/bin/env node
// Size budgets, gated in `npm test`: deterministic gzip bytes of the built files (never times), each page type
// against the plain docs page of the same build (scripts/lib/page-weight.mjs):
//   - every page type but the selector loads at most JS_EXTRA_BUDGET more JS at start than the plain page;
//   - the selector's JS, including what it loads on demand, is at most SELECTOR_JS_BUDGET;
//   - every page's HTML is within its template's budget: scripts/check-pages.mjs, over every page.
// Prints the table, writes test-results/budgets.json, exits 1 if a budget is exceeded. Run after `astro build`.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JS_EXTRA_BUDGET, PAGE_TYPES, SELECTOR_JS_BUDGET, staticPageWeight } from './lib/page-weight.mjs';

const dir = process.argv[2] ?? process.env.ASTRO_OUT_DIR ?? 'dist';
const base = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
if (!existsSync(join(dir, 'index.html'))) {
  console.error(`check-budgets: ${dir} has no index.html; build the site first (npm run build).`);
  process.exit(1);
}

const weights = Object.fromEntries(
  Object.entries(PAGE_TYPES).map(([type, page]) => [type, staticPageWeight(dir, page, base)]),
);
const plain = weights.plain;
const rows = [];
const over = [];
for (const [type, w] of Object.entries(weights)) {
  const row = { type, page: `/${PAGE_TYPES[type]}`, ...w };
  if (type === 'selector') {
    row.rule = `JS + lazy JS ${w.js + w.lazyJs} <= ${SELECTOR_JS_BUDGET}`;
    if (w.js + w.lazyJs > SELECTOR_JS_BUDGET) over.push(row);
  } else if (type !== 'plain') {
    row.rule = `JS - plain ${w.js - plain.js} <= ${JS_EXTRA_BUDGET}`;
    if (w.js - plain.js > JS_EXTRA_BUDGET) over.push(row);
  } else row.rule = 'baseline';
  rows.push(row);
}

console.log('gzip bytes   html    css     js  lazy js  rule');
for (const r of rows)
  console.log(
    `${r.type.padEnd(10)} ${[r.html, r.css, r.js, r.lazyJs].map((n) => String(n).padStart(6)).join(' ')}  ${r.rule}`,
  );
mkdirSync('test-results', { recursive: true });
writeFileSync(
  'test-results/budgets.json',
  `${JSON.stringify({ JS_EXTRA_BUDGET, SELECTOR_JS_BUDGET, rows }, null, 2)}\n`,
);
for (const r of over)
  console.log(
    `over budget: ${r.type} (${r.page}): ${r.rule} is false. Find what the page imports at start ` +
      '(dist/_astro/*.js) and load it on first use, or raise the budget in scripts/lib/page-weight.mjs with a reason.',
  );
console.log(`budgets: ${rows.length} page types, ${over.length} over budget`);
process.exit(over.length === 0 ? 0 : 1);
