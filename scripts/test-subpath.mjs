#!/usr/bin/env node
// The site built under a sub-path (BASE_PATH=/kb/rdp into dist-subpath/) and served only under that prefix by
// tests/support/static-server.mjs, then the tests/e2e-subpath/ suite against it (playwright.config.ts picks that
// suite when BASE_PATH is set). Last line: `subpath: N passed, N failed`; the JSON report is
// test-results/e2e-subpath.json. Run through scripts/test.mjs, or: node scripts/run.mjs node scripts/test-subpath.mjs
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const BASE_PATH = process.env.SUBPATH_BASE ?? '/kb/rdp';
const OUT_DIR = process.env.SUBPATH_OUT_DIR ?? 'dist-subpath';
const env = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  BASE_PATH,
  ASTRO_OUT_DIR: OUT_DIR,
  ASTRO_CACHE_DIR: process.env.SUBPATH_CACHE_DIR ?? 'node_modules/.astro-subpath',
  PREVIEW_PORT: process.env.SUBPATH_PORT ?? '4445',
  PLAYWRIGHT_JSON: 'test-results/e2e-subpath.json',
};
mkdirSync('test-results', { recursive: true });
rmSync(env.PLAYWRIGHT_JSON, { force: true });

function run(command, args) {
  console.log(
    `\n▶ ${Object.entries({ BASE_PATH, ASTRO_OUT_DIR: OUT_DIR })
      .map(([k, v]) => `${k}=${v}`)
      .join(' ')} ${command} ${args.join(' ')}`,
  );
  const child = spawnSync(command, args, { stdio: 'inherit', env, shell: process.platform === 'win32' });
  if (child.error) console.error(`test-subpath: could not start ${command}: ${child.error.message}`);
  return child.status === 0;
}

function finish(passed, failed, note) {
  console.log(`subpath: ${passed} passed, ${failed} failed${note ? ` (${note})` : ''}`);
  process.exit(failed === 0 && passed > 0 ? 0 : 1);
}

if (!run('npx', ['astro', 'build'])) finish(0, 1, `astro build with BASE_PATH=${BASE_PATH} failed`);
// Playwright's own output folder would otherwise be shared with the main suite.
run('npx', ['playwright', 'test', '--output', 'test-results/e2e-subpath-artifacts']);
let stats;
try {
  stats = JSON.parse(readFileSync(env.PLAYWRIGHT_JSON, 'utf8')).stats;
} catch {
  finish(0, 1, `no report at ${env.PLAYWRIGHT_JSON}`);
}
finish(stats.expected + stats.flaky, stats.unexpected, stats.skipped ? `${stats.skipped} skipped` : '');
