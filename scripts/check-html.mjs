#!/usr/bin/env node
// Validates every built page (ASTRO_OUT_DIR or dist/, or a folder given as the first argument) with html-validate
// and the rules in .htmlvalidate.mjs. Prints each error as file:line:column rule message, then
// `html-validate: N files, N errors`; exits 1 on any error. Run after `astro build` (scripts/test.mjs does).
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HtmlValidate } from 'html-validate';

const dir = process.argv[2] ?? process.env.ASTRO_OUT_DIR ?? 'dist';
let files;
try {
  files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .sort();
} catch {
  console.error(`check-html: ${dir} does not exist; build the site first (npm run build).`);
  process.exit(1);
}
if (files.length === 0) {
  console.error(`check-html: no .html files under ${dir}; build the site first.`);
  process.exit(1);
}

// The project's config, applied wherever the build went (a loader would look for it next to each file).
const { default: config } = await import('../.htmlvalidate.mjs');
const validator = new HtmlValidate(config);
let errors = 0;
const byRule = new Map();
for (const file of files) {
  const report = await validator.validateFile(join(dir, file));
  for (const result of report.results) {
    for (const m of result.messages) {
      if (m.severity !== 2) continue;
      errors++;
      const seen = (byRule.get(m.ruleId) ?? 0) + 1;
      byRule.set(m.ruleId, seen);
      // A few examples per rule: one template bug repeats on every page.
      if (seen <= 3)
        console.log(
          `${relative('.', join(dir, file))}:${m.line}:${m.column} ${m.ruleId} ${m.message} [${m.selector ?? ''}]`,
        );
    }
  }
}
if (byRule.size > 0) console.log(`by rule: ${[...byRule].map(([rule, n]) => `${rule} ${n}`).join(', ')}`);
console.log(`html-validate: ${files.length} files, ${errors} errors`);
process.exit(errors === 0 ? 0 : 1);
