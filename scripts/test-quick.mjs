#!/usr/bin/env node
// `npm run test:quick`: the loop to run before a commit, about three minutes on a 2-core machine. Unit tests, the
// PowerShell parse checks (PowerShell's own parser over the corpus; skipped without a .NET SDK), a fresh build, and
// the selector, search and copy browser specs. `npm test` is the full gate.
//
// Two lanes run side by side, because they share nothing: unit tests then parse checks; fresh build then browser
// specs. Each stage spends much of its time starting processes, waiting on files or on the browser, so two lanes on
// two cores finish well before one after the other (measured: see CONTRIBUTING.md, "While you work"). Each stage's
// output is printed in one piece when it ends, with its time. The first failing stage stops both lanes and is named.
// TEST_QUICK_SERIAL=1 runs the stages one after the other instead, with their output live.
import { spawn } from 'node:child_process';

const LANES = [
  [
    ['unit tests', 'vitest', ['run']],
    ['PowerShell parse checks', 'node', ['scripts/ps-harness.mjs', '--only', 'parse']],
  ],
  [
    ['fresh build', 'node', ['scripts/build.mjs']],
    [
      'selector, search and copy specs',
      'playwright',
      // Two workers: the specs wait on the browser more than on the CPU, even on 2 cores. Their own output folder:
      // Playwright empties its output folder first, and test-results/ps-corpus is in use by the other lane.
      [
        'test',
        '--workers=2',
        '--output=test-results/quick-e2e',
        'tests/e2e/selector.test.ts',
        'tests/e2e/search.test.ts',
        'tests/e2e/copy.test.ts',
      ],
    ],
  ],
];

const serial = process.env.TEST_QUICK_SERIAL === '1';
const started = performance.now();
const seconds = (from) => ((performance.now() - from) / 1000).toFixed(0);
const running = new Set();
let failed;

function runStage([name, command, args]) {
  return new Promise((resolve) => {
    const at = performance.now();
    const child = spawn(command, args, {
      stdio: serial ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      shell: process.platform === 'win32',
      env: { FORCE_COLOR: '0', ...process.env },
    });
    running.add(child);
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    if (serial) console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
    child.on('close', (code, signal) => {
      running.delete(child);
      if (!serial) process.stdout.write(`\n▶ ${name}: ${command} ${args.join(' ')}\n${output}`);
      const ok = code === 0;
      console.log(`■ ${name}: ${ok ? 'passed' : signal ? 'stopped' : 'FAILED'} in ${seconds(at)} s`);
      resolve(ok);
    });
  });
}

async function runLane(stages) {
  for (const stage of stages) {
    if (failed) return;
    if (!(await runStage(stage))) {
      failed ??= stage[0];
      for (const child of running) child.kill();
      return;
    }
  }
}

if (serial) for (const lane of LANES) await runLane(lane);
else await Promise.all(LANES.map(runLane));
if (failed) {
  console.log(`test:quick: stopped at "${failed}" after ${seconds(started)} s; fix it and run again.`);
  process.exit(1);
}
console.log(`test:quick: all passed in ${seconds(started)} s`);
