#!/usr/bin/env node
// `npm test`: everything, in order, on its own. Build first (Pagefind and the browser tests need dist/),
// then static checks, unit tests, the PowerShell-engine harness, output validation, browser tests and
// the sub-path build. Each stage reports passed/failed counts; the last line is the plain total.
// Every stage is also runnable alone (package.json: check, test:unit, test:harness, test:static, test:e2e,
// test:subpath), so CI can run them as parallel jobs; only the build must come before test:static and test:e2e.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';

const results = [];
mkdirSync('test-results', { recursive: true });
process.env.ASTRO_TELEMETRY_DISABLED = '1';

/** Seconds the last command took: each stage's time goes into the summary (a budget, not a gate). */
let lastSeconds = 0;
const startedAt = performance.now();

function run(command, args, extraEnv = {}) {
  console.log(`\n▶ ${command} ${args.join(' ')}`);
  const started = performance.now();
  const child = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...extraEnv } });
  lastSeconds = Math.round((performance.now() - started) / 1000);
  if (child.error) console.error(`could not start ${command}: ${child.error.message}`);
  return child.status === 0;
}

/** Titles of failed tests, repeated just above the total line: CI keeps only the tail of the log. */
const failures = [];

function record(stage, passed, failed, note = '') {
  results.push({ stage, passed, failed, note, seconds: lastSeconds });
  console.log(`■ ${stage}: ${passed} passed, ${failed} failed${note ? ` (${note})` : ''} in ${lastSeconds} s`);
}

/** A stage that is one check: it passes or fails as a whole. */
function single(stage, command, args, env) {
  const ok = run(command, args, env);
  record(stage, ok ? 1 : 0, ok ? 0 : 1);
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

// 1. Build. Nothing else is meaningful without it.
if (!single('build', 'node', ['scripts/build.mjs'])) finish();

// 2. Static checks: formatting, lint (typed, zero warnings), types.
single('prettier', 'prettier', ['--check', '--log-level', 'warn', '.']);
single('eslint', 'eslint', ['--max-warnings', '0', '.']);
single('astro check', 'astro', ['check', '--minimumSeverity', 'warning']);

// 3. Unit tests (vitest, JSON report for counts).
{
  const report = 'test-results/vitest.json';
  run('vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  const json = readJson(report);
  if (json) record('unit (vitest)', json.numPassedTests, json.numFailedTests + (json.numRuntimeErrorTests ?? 0));
  else record('unit (vitest)', 0, 1, 'no report written');
}

// 4. The PowerShell engine: writes the corpus, then parser and simulated host (skipped with a clear note where
// dotnet is missing).
{
  const ok = run('node', ['scripts/ps-harness.mjs']);
  const json = readJson('test-results/harness.json');
  if (json && typeof json.passed === 'number')
    record('PowerShell harness', json.passed, json.failed, json.skipped === true ? 'skipped: no dotnet SDK' : '');
  else record('PowerShell harness', 0, ok ? 0 : 1, ok ? 'skipped' : 'no report');
}

// 5. Static checks over every built page (no browser, so they scale with page count): HTML validity, heading order
// and alt text; internal links and anchors; CSP, no foreign resources, descriptions, HTML weight; the JS budgets.
single('html-validate', 'node', ['scripts/check-html.mjs']);
single('links and anchors', 'node', ['scripts/check-links.mjs']);
single('every page (CSP, hosts, weight)', 'node', ['scripts/check-pages.mjs']);
single('size budgets', 'node', ['scripts/check-budgets.mjs']);

// 6. Browser tests against the built site (Chromium; see playwright.config.ts).
{
  const report = 'test-results/e2e.json';
  run('playwright', ['test'], { PLAYWRIGHT_JSON: report });
  const json = readJson(report);
  if (json?.stats) playwrightFailures('browser', json);
  if (json?.stats)
    record(
      'browser (playwright)',
      json.stats.expected + json.stats.flaky,
      json.stats.unexpected,
      json.stats.skipped ? `${json.stats.skipped} skipped` : '',
    );
  else record('browser (playwright)', 0, 1, 'no report written');
}

// 7. The same site built under a sub-path, served the way an intranet would.
{
  const ok = run('node', ['scripts/test-subpath.mjs']);
  const json = readJson('test-results/e2e-subpath.json');
  if (json?.stats) playwrightFailures('sub-path', json);
  if (json?.stats) record('sub-path (playwright)', json.stats.expected + json.stats.flaky, json.stats.unexpected);
  else record('sub-path (playwright)', 0, ok ? 0 : 1, 'no report');
}

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
