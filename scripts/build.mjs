#!/usr/bin/env node
// `npm run build`: astro build, then a stamp of the sources it was built from (scripts/lib/build-stamp.mjs), so the
// browser tests can tell a current dist/ from a stale one. Arguments go to astro build.
import { spawnSync } from 'node:child_process';
import { writeBuildStamp } from './lib/build-stamp.mjs';

const child = spawnSync('astro', ['build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ASTRO_TELEMETRY_DISABLED: '1', ...process.env },
  shell: process.platform === 'win32',
});
if (child.error) console.error(`build: could not start astro: ${child.error.message}`);
if (child.status === 0) writeBuildStamp();
process.exit(child.status ?? 1);
