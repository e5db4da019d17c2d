#!/usr/bin/env node
// `npm run test:e2e [-- playwright args]`: the browser tests, never against a stale build. If dist/ (ASTRO_OUT_DIR)
// is missing or was built from other sources than the ones checked out, it builds first (scripts/build.mjs), then runs
// `playwright test` with the given arguments, e.g. `npm run test:e2e -- tests/e2e/selector.test.ts`.
import { spawnSync } from 'node:child_process';
import { staleBuildReason } from './lib/build-stamp.mjs';

const run = (command, args) =>
  spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' }).status ?? 1;

const stale = staleBuildReason();
if (stale) {
  console.log(`test:e2e: ${stale}; building first.`);
  const status = run('node', ['scripts/build.mjs']);
  if (status !== 0) {
    console.error('test:e2e: the build failed, so the browser tests did not run; fix the build first.');
    process.exit(status);
  }
}
process.exit(run('playwright', ['test', ...process.argv.slice(2)]));
