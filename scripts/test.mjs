#!/usr/bin/env node
// `npm test`: everything, each stage reporting passed/failed counts; the last line is the plain total.
//
// Two lanes run side by side, because they share nothing but the machine (measured at five times today's pages:
// one after the other took 1,017 s, over the 15-minute budget; see README, "Budgets"):
//   - the site lane: build (Pagefind and the browser tests need dist/), formatting, lint, types, the static checks
//     over every page, then the browser tests;
//   - the engine lane: the PowerShell-engine harness, the unit tests, then the sub-path build and its browser tests
//     (own output folder, cache, port and report, so it never touches the site lane's dist/).
// The one dependency between them: the browser tests' evidence loop runs the harness's DLL, so the browser stage
// waits until the engine lane has built it. Each stage's output is printed in one piece when it ends, so the lanes
// never interleave lines. TEST_SERIAL=1 runs the same stages one after the other, with their output live.
// Every stage is also runnable alone (package.json: check, test:unit, test:harness, test:static, test:e2e,
// test:subpath), so CI can run them as parallel jobs.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';

const results = [];
mkdirSync('test-results', { recursive: true });
process.env.ASTRO_TELEMETRY_DISABLED = '1';
const serial = process.env.TEST_SERIAL === '1';
const startedAt = performance.now();

/**
 * Runs one command; resolves with whether it passed and how many seconds it took. Output is collected and printed in
 * one piece at the end (live when serial). `onOutput` sees the output as it arrives (to notice a milestone).
 */
function run(command, args, extraEnv = {}, onOutput = () => {}) {
  return new Promise((resolve) => {
    const header = `\n▶ ${command} ${args.join(' ')}`;
    if (serial) console.log(header);
    const started = performance.now();
    const child = spawn(command, args, {
      stdio: serial ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      env: { FORCE_COLOR: '0', ...process.env, ...extraEnv },
      shell: process.platform === 'win32',
    });
    let output = '';
    const collect = (chunk) => {
      output += chunk;
      onOutput(output);
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    let startError = '';
    child.on('error', (error) => (startError = `could not start ${command}: ${error.message}`));
    child.on('close', (code) => {
      if (!serial) process.stdout.write(`${header}\n${output}`);
      if (startError) console.error(startError);
      resolve({ ok: code === 0 && !startError, seconds: Math.round((performance.now() - started) / 1000) });
    });
  });
}

/** Titles of failed tests, repeated just above the total line: CI keeps only the tail of the log. */
const failures = [];

function record(stage, seconds, passed, failed, note = '') {
  results.push({ stage, passed, failed, note, seconds });
  console.log(`■ ${stage}: ${passed} passed, ${failed} failed${note ? ` (${note})` : ''} in ${seconds} s`);
}

/** A stage that is one check: it passes or fails as a whole. */
async function single(stage, command, args, env) {
  const { ok, seconds } = await run(command, args, env);
  record(stage, seconds, ok ? 1 : 0, ok ? 0 : 1);
  return ok;
}

/** Collects failed Playwright tests (title, file:line, first error line) from its JSON report. */
function playwrightFailures(stage, json) {
  const visit = (suite, path) => {
    for (const child of suite.suites ?? []) visit(child, [...path, child.title]);
    for (const spec of suite.specs ?? [])
      for (const test of spec.tests ?? []) {
        if (test.status !== 'unexpected') continue;
        const last = test.results.at(-1);
        const message = stripVTControlCharacters(last?.error?.message ?? last?.status ?? '');
        const where = `${spec.file}:${spec.line}`;
        // The first line says what failed; for a deep-equality diff the first received entry says why.
        const lines = message.split('\n').filter((l) => l.trim());
        const why = [lines[0], lines.find((l) => /^\+\s{2,}\S/.test(l))].filter(Boolean).join('\n      ');
        failures.push(`${stage}: ${[...path.slice(1), spec.title].join(' › ')} (${where})\n      ${why}`);
      }
  };
  visit(json, []);
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Resolves once the harness DLL is built (the engine lane's first stage says so), or that stage has ended. */
let harnessBuilt;
const harnessReady = new Promise((resolve) => (harnessBuilt = resolve));

async function siteLane() {
  // Nothing else in this lane is meaningful without the build.
  if (!(await single('build', 'node', ['scripts/build.mjs']))) return;
  await single('prettier', 'prettier', ['--check', '--log-level', 'warn', '.']);
  await single('eslint', 'eslint', ['--max-warnings', '0', '.']);
  await single('astro check', 'astro', ['check', '--minimumSeverity', 'warning']);
  // Static checks over every built page (no browser, so they scale with page count): HTML validity, heading order
  // and alt text; internal links and anchors; CSP, no foreign resources, descriptions, HTML weight; the JS budgets.
  await single('html-validate', 'node', ['scripts/check-html.mjs']);
  await single('links and anchors', 'node', ['scripts/check-links.mjs']);
  await single('every page (CSP, hosts, weight)', 'node', ['scripts/check-pages.mjs']);
  await single('size budgets', 'node', ['scripts/check-budgets.mjs']);
  // Browser tests against the built site (Chromium; see playwright.config.ts).
  await harnessReady;
  const report = 'test-results/e2e.json';
  // One worker beside the engine lane: on 2 cores one worker already keeps both busy (axe, layout), and with two the
  // harness starved (225 s alone, 760 s beside two workers, at five times the pages).
  const workers = serial ? [] : ['--workers=1'];
  const { seconds } = await run('playwright', ['test', ...workers], { PLAYWRIGHT_JSON: report });
  const json = readJson(report);
  if (json?.stats) playwrightFailures('browser', json);
  if (json?.stats)
    record(
      'browser (playwright)',
      seconds,
      json.stats.expected + json.stats.flaky,
      json.stats.unexpected,
      json.stats.skipped ? `${json.stats.skipped} skipped` : '',
    );
  else record('browser (playwright)', seconds, 0, 1, 'no report written');
}

async function engineLane() {
  // The PowerShell engine: writes the corpus, builds, then parser and simulated host (skipped with a clear note where
  // dotnet is missing).
  {
    const { ok, seconds } = await run('node', ['scripts/ps-harness.mjs'], {}, (output) => {
      if (output.includes(HARNESS_BUILT)) harnessBuilt();
    });
    harnessBuilt();
    const json = readJson('test-results/harness.json');
    if (json && typeof json.passed === 'number')
      record(
        'PowerShell harness',
        seconds,
        json.passed,
        json.failed,
        json.skipped === true ? 'skipped: no dotnet SDK' : '',
      );
    else record('PowerShell harness', seconds, 0, ok ? 0 : 1, ok ? 'skipped' : 'no report');
  }
  // Unit tests (vitest, JSON report for counts).
  {
    const report = 'test-results/vitest.json';
    const { seconds } = await run('vitest', [
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ]);
    const json = readJson(report);
    if (json)
      record('unit (vitest)', seconds, json.numPassedTests, json.numFailedTests + (json.numRuntimeErrorTests ?? 0));
    else record('unit (vitest)', seconds, 0, 1, 'no report written');
  }
  // The same site built under a sub-path, served the way an intranet would.
  {
    const { ok, seconds } = await run('node', ['scripts/test-subpath.mjs']);
    const json = readJson('test-results/e2e-subpath.json');
    if (json?.stats) playwrightFailures('sub-path', json);
    if (json?.stats)
      record('sub-path (playwright)', seconds, json.stats.expected + json.stats.flaky, json.stats.unexpected);
    else record('sub-path (playwright)', seconds, 0, ok ? 0 : 1, 'no report');
  }
}

/** The line scripts/ps-harness.mjs prints once its DLL is built. */
const HARNESS_BUILT = 'ps-harness: built';

if (serial) {
  await engineLane();
  await siteLane();
} else await Promise.all([siteLane(), engineLane()]);
finish();

function finish() {
  const passed = results.reduce((sum, r) => sum + r.passed, 0);
  const failed = results.reduce((sum, r) => sum + r.failed, 0);
  console.log('\nSummary');
  for (const r of results)
    console.log(
      `  ${r.stage.padEnd(32)} ${`${r.seconds} s`.padStart(6)}  ${r.passed} passed, ${r.failed} failed${r.note ? `  (${r.note})` : ''}`,
    );
  const total = Math.round((performance.now() - startedAt) / 1000);
  console.log(`  ${'total'.padEnd(32)} ${`${total} s`.padStart(6)}`);
  writeFileSync('test-results/stage-times.json', `${JSON.stringify({ total, stages: results }, null, 2)}\n`);
  if (failures.length) console.log(`\nFailed tests\n  ${failures.join('\n  ')}`);
  const line = `${passed} passed, ${failed} failed`;
  writeFileSync('test-results/summary.txt', `${line}\n`);
  console.log(line);
  process.exit(failed === 0 ? 0 : 1);
}
