#!/usr/bin/env node
// `npm run test:quick`: the loop to run before a commit, a few minutes on a 2-core machine. Unit tests, the
// PowerShell parse checks (PowerShell's own parser over the corpus; skipped without a .NET SDK), a fresh build, and
// the selector, search and copy browser specs. Stops at the first failing stage and says which; `npm test` is the
// full gate. Prints each stage's time.
import { spawnSync } from 'node:child_process';

const STAGES = [
  ['unit tests', 'vitest', ['run']],
  ['PowerShell parse checks', 'node', ['scripts/ps-harness.mjs', '--only', 'parse']],
  ['fresh build', 'node', ['scripts/build.mjs']],
  [
    'selector, search and copy specs',
    'playwright',
    // Two workers: the specs wait on the browser more than on the CPU, even on 2 cores.
    ['test', '--workers=2', 'tests/e2e/selector.test.ts', 'tests/e2e/search.test.ts', 'tests/e2e/copy.test.ts'],
  ],
];

const started = performance.now();
const seconds = (from) => ((performance.now() - from) / 1000).toFixed(0);
for (const [name, command, args] of STAGES) {
  const at = performance.now();
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const child = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  console.log(`■ ${name}: ${child.status === 0 ? 'passed' : 'FAILED'} in ${seconds(at)} s`);
  if (child.status !== 0) {
    console.log(`test:quick: stopped at "${name}" after ${seconds(started)} s; fix it and run again.`);
    process.exit(1);
  }
}
console.log(`test:quick: all passed in ${seconds(started)} s`);
