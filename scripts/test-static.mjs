#!/usr/bin/env node
// `npm run test:static`: the checks over every built page, no browser (fast at any page count): html-validate
// (validity, heading order, alt text), internal links and anchors, check-pages (CSP, no foreign resources,
// descriptions, HTML weight per template, fix scripts) and the JS size budgets. Builds first if dist/ is stale.
import { spawnSync } from 'node:child_process';
import { staleBuildReason } from './lib/build-stamp.mjs';

const run = (script) => spawnSync('node', [script], { stdio: 'inherit' }).status === 0;
const stale = staleBuildReason();
if (stale) {
  console.log(`test:static: ${stale}; building first.`);
  if (!run('scripts/build.mjs')) process.exit(1);
}
const results = ['check-html', 'check-links', 'check-pages', 'check-budgets'].map((name) => run(`scripts/${name}.mjs`));
process.exit(results.every(Boolean) ? 0 : 1);
