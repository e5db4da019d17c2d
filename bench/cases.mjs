// Case benchmark (issue 13, item 7): ranks every public thread in bench/cases/cases.json with the selector's
// own code and prints top-1 and top-2 of the confirmed cause, and each miss with its reason. Never a gate.
// Runs inside `npm run bench`, or alone: `node scripts/run.mjs node bench/cases.mjs`.
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runnerImport } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

export async function run() {
  const { module: schema } = await runnerImport(`${here}cases/schema.ts`);
  const { module: scorer } = await runnerImport(`${here}cases/score-cases.ts`);
  const cases = JSON.parse(readFileSync(`${here}cases/cases.json`, 'utf8')).map((c) => schema.BenchCaseSchema.parse(c));
  const results = cases.map((c) => scorer.scoreCase(c));
  const summary = scorer.summarize(results);
  const misses = results.filter((r) => r.position !== 1 && !r.pending);
  const pending = results.filter((r) => r.pending);
  console.log(
    `\nCase benchmark: ${summary.cases} public threads; top-1 ${summary.top1Percent} %, top-2 ${summary.top2Percent} % (targets 75 % / 90 %)`,
  );
  for (const r of misses)
    console.log(`  miss${r.position === 2 ? ' (top-2)' : ''}: ${r.id} → ${r.confirmed}: ${r.reason}\n        ${r.url}`);
  for (const r of pending) console.log(`  pending cause: ${r.id} → ${r.confirmed}: ${r.reason}\n        ${r.url}`);
  return {
    ...summary,
    misses: misses.map((r) => `${r.id}: ${r.reason}`),
    pendingCause: pending.map((r) => r.id),
    targets: 'top-2 >= 90 %, top-1 >= 75 %',
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run();
