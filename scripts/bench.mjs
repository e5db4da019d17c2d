#!/usr/bin/env node
// `npm run bench`: builds dist/ if missing, serves it on port 4446 (BENCH_PORT), runs every bench/*.mjs module
// (`export async function run({ baseURL, browser, distDir })` → an object of figures; BENCH_ONLY=cases,selector runs only
// those), times a build into a temp
// folder (build time per 100 pages), prints the figures and writes bench-results/bench.json. Never fails on figures.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';

const distDir = resolve(process.env.ASTRO_OUT_DIR ?? 'dist');
const port = Number(process.env.BENCH_PORT ?? 4446);
const baseURL = `http://127.0.0.1:${port}/`;
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
delete env.BASE_PATH; // the bench measures the root build

if (!existsSync(join(distDir, 'index.html'))) {
  console.log(`bench: ${distDir} has no build; building it`);
  if (
    spawnSync('npx', ['astro', 'build'], { stdio: 'inherit', env: { ...env, ASTRO_OUT_DIR: distDir } }).status !== 0
  ) {
    console.error('bench: astro build failed; fix the build first.');
    process.exit(1);
  }
}

const results = {};
// Build time per 100 pages: a fresh build into a temp folder (its own cache, so nothing is reused).
if (process.env.BENCH_BUILD !== '0') {
  const tmp = mkdtempSync(join(tmpdir(), 'rdp-bench-'));
  const started = performance.now();
  const ok =
    spawnSync('npx', ['astro', 'build'], {
      stdio: 'ignore',
      env: { ...env, ASTRO_OUT_DIR: join(tmp, 'dist'), ASTRO_CACHE_DIR: join(tmp, 'cache') },
    }).status === 0;
  const seconds = (performance.now() - started) / 1000;
  const pages = ok
    ? readdirSync(join(tmp, 'dist'), { recursive: true }).filter((f) => String(f).endsWith('.html')).length
    : 0;
  results.build = ok
    ? { seconds: +seconds.toFixed(1), pages, secondsPer100Pages: +((seconds / pages) * 100).toFixed(1) }
    : { note: 'build failed' };
  rmSync(tmp, { recursive: true, force: true });
}

const server = spawn(
  'node',
  ['tests/support/static-server.mjs', '--root', distDir, '--port', String(port), '--base', '/'],
  { stdio: 'ignore' },
);
// The same Chromium the tests use (CHROMIUM_PATH, Playwright's own, or a system one); Lighthouse gets it too.
const executablePath = benchChromium();
process.env.CHROME_PATH = executablePath;
const browser = await chromium.launch({ executablePath });
try {
  await new Promise((r) => setTimeout(r, 500));
  // BENCH_ONLY=selector,search-latency runs only those modules (names without .mjs).
  const only = process.env.BENCH_ONLY?.split(',').filter(Boolean);
  for (const file of readdirSync('bench')
    .filter((f) => f.endsWith('.mjs') && (!only || only.includes(f.replace(/\.mjs$/, ''))))
    .sort()) {
    const name = file.replace(/\.mjs$/, '');
    try {
      const module = await import(pathToFileURL(resolve('bench', file)).href);
      results[name] = await module.run({ baseURL, browser, distDir });
    } catch (error) {
      results[name] = { error: error.message };
    }
  }
} finally {
  await browser.close();
  server.kill();
}

printTables(results);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bench.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('\nbench: wrote bench-results/bench.json');

function printTables(r) {
  if (r.build) console.log(`\nBuild: ${JSON.stringify(r.build)}`);
  const w = r.budgets?.gzipBytes;
  if (w) {
    console.log(
      '\nPage weight (gzip bytes actually loaded; extra JS vs plain Starlight, target ≤ 5 KB; selector: ≤ 40 KB JS in total)',
    );
    console.log(
      ['page'.padEnd(10), 'HTML', 'CSS', 'JS', 'data', 'extra JS', 'ok'].map((s) => String(s).padStart(9)).join(''),
    );
    for (const [type, v] of Object.entries(w)) {
      if (v.note) console.log(`${type.padEnd(10)} ${v.note}`);
      else
        console.log(
          [type.padEnd(10), v.html, v.css, v.js, v.data, v.extraJs, v.withinJsTarget ? 'yes' : 'NO']
            .map((s) => String(s).padStart(9))
            .join(''),
        );
    }
    const lh = r.budgets.lighthouse ?? {};
    if (lh.note) console.log(`\n${lh.note}`);
    else if (Object.keys(lh).length) {
      console.log(
        `\nLighthouse (mobile), median of ${r.budgets.lighthouseRuns} runs: performance / accessibility / best-practices / seo` +
          "; then each run's performance score, and the runs whose first paint headless Chromium held back after load",
      );
      for (const [type, s] of Object.entries(lh))
        if (s.note) console.log(`${type.padEnd(10)} ${s.note}`);
        else
          console.log(
            `${type.padEnd(10)} ${Object.values(s.median).join(' / ').padEnd(20)} runs ${s.runs.join(' ').padEnd(16)} held ${s.paintHeldRuns}`,
          );
    }
  }
  for (const [name, v] of Object.entries(r))
    if (!['build', 'budgets'].includes(name)) console.log(`\n${name}: ${JSON.stringify(v)}`);
}

function benchChromium() {
  const candidates = [
    process.env.CHROME_PATH,
    process.env.CHROMIUM_PATH,
    (() => {
      try {
        return chromium.executablePath();
      } catch {
        return undefined;
      }
    })(),
    '/usr/lib/chromium/chromium',
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  const found = candidates.find((candidate) => candidate && existsSync(candidate));
  if (found) return found;
  console.error(
    'bench: no Chromium found. Run `npx playwright install chromium`, install a system Chromium (Debian: apt-get install chromium), or set CHROMIUM_PATH.',
  );
  process.exit(1);
}
