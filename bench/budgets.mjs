// Page weight per page type: gzip bytes of the HTML, CSS, JS and fetched data (the selector's PowerShell JSON) a
// page actually loads until the network is idle (Playwright network events, bodies gzipped here), compared with a plain
// Starlight page; Lighthouse scores per page type (if available): the median of several runs, each run's performance
// score, and how many runs met headless Chromium's held-paint bug. Page types, limits and the gzip measure are shared
// with the size-budget gate in `npm test` (scripts/lib/page-weight.mjs), which weighs the built files instead.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { gzipBytes, JS_EXTRA_BUDGET, PAGE_TYPES, SELECTOR_JS_BUDGET } from '../scripts/lib/page-weight.mjs';

async function weigh(browser, url) {
  const page = await browser.newPage();
  const bytes = { html: 0, css: 0, js: 0, data: 0 };
  const pending = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    const kinds = { document: 'html', stylesheet: 'css', script: 'js', fetch: 'data', xhr: 'data' };
    const kind = kinds[type];
    if (kind && response.status() === 200)
      pending.push(
        response.body().then(
          (b) => (bytes[kind] += gzipBytes(b)),
          () => {},
        ),
      );
  });
  const response = await page.goto(url, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  await page.close();
  return response?.status() === 200 ? bytes : undefined;
}

const LH_DIR = join(homedir(), '.cache', 'rdp-bench-lighthouse');
function lighthouseBin() {
  const bin = join(LH_DIR, 'node_modules', '.bin', 'lighthouse');
  if (!existsSync(bin)) {
    mkdirSync(LH_DIR, { recursive: true });
    console.log(`bench: installing lighthouse@13.5.0 into ${LH_DIR} (once)`);
    execFileSync('npm', ['install', '--prefix', LH_DIR, '--no-audit', '--no-fund', 'lighthouse@13.5.0'], {
      stdio: 'inherit',
    });
  }
  return bin;
}

/** One Lighthouse run (mobile, its default): the four category scores and the observed paint/load times. */
function lighthouseOnce(bin, url) {
  const out = execFileSync(
    bin,
    [
      url,
      '--output=json',
      '--quiet',
      '--only-categories=performance,accessibility,best-practices,seo',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage',
    ],
    {
      env: process.env, // CHROME_PATH: set by scripts/bench.mjs to the Chromium the bench uses
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const report = JSON.parse(out.toString());
  const scores = Object.fromEntries(Object.entries(report.categories).map(([k, v]) => [k, Math.round(v.score * 100)]));
  const observed = report.audits.metrics?.details?.items?.[0] ?? {};
  // Headless Chromium sometimes presents the first frame one or two whole seconds after the page has loaded, with
  // the main thread idle in between (viz stops sending BeginFrames: GoogleChrome/lighthouse#17148). Lantern then
  // simulates a slower page than the one served. Counted so a low figure can be told from a slow page.
  const paintHeld = observed.observedFirstContentfulPaint - observed.observedLoad > HELD_PAINT_MS;
  return { scores, paintHeld };
}

const HELD_PAINT_MS = 700;

/**
 * One page per page type for Lighthouse (issue 12): the weighed types (less `plain`, a guide like any other), plus
 * a cause, the code index and the 404 page. The 404 page is audited as /404.html, which the server answers with 200:
 * Lighthouse refuses to score a document that answered 404, and the HTML is the same.
 */
function lighthousePages(distDir) {
  const weighed = Object.fromEntries(Object.entries(PAGE_TYPES).filter(([type]) => type !== 'plain'));
  const cause = readdirSync(join(distDir, 'causes'), { withFileTypes: true }).find((entry) => entry.isDirectory());
  return {
    ...weighed,
    ...(cause ? { cause: `causes/${cause.name}/` } : {}),
    'code index': 'codes/',
    404: '404.html',
  };
}
/** Lighthouse's own advice for its run-to-run variance is the median of five runs (docs/variability.md). */
const LIGHTHOUSE_RUNS = Math.max(1, Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5));

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : Math.round((sorted[mid - 1] + sorted[mid]) / 2);
};

/** Median of each category over LIGHTHOUSE_RUNS runs, with every run's figures kept for the record. */
function lighthouse(bin, url) {
  const runs = Array.from({ length: LIGHTHOUSE_RUNS }, () => lighthouseOnce(bin, url));
  const categories = Object.keys(runs[0].scores);
  return {
    median: Object.fromEntries(categories.map((c) => [c, median(runs.map((r) => r.scores[c]))])),
    runs: runs.map((r) => r.scores.performance),
    paintHeldRuns: runs.filter((r) => r.paintHeld).length,
  };
}

export async function run({ baseURL, browser, distDir }) {
  const weights = {};
  for (const [type, path] of Object.entries(PAGE_TYPES)) {
    weights[type] = (await weigh(browser, new URL(path, baseURL).href)) ?? {
      note: `${path} did not load (not built yet?)`,
    };
  }
  const plainJs = weights.plain?.js ?? 0;
  for (const [type, w] of Object.entries(weights)) {
    if (typeof w.js === 'number') {
      w.extraJs = w.js - plainJs;
      // The 5 KB rule is for guide, fix and code pages; the selector's budget is 40 KB of JS in total (issue #3).
      w.withinJsTarget = type === 'selector' ? w.js <= SELECTOR_JS_BUDGET : w.extraJs <= JS_EXTRA_BUDGET;
    }
  }
  const scores = {};
  if (process.env.BENCH_LIGHTHOUSE !== '0') {
    try {
      const bin = lighthouseBin();
      for (const [type, path] of Object.entries(lighthousePages(distDir))) {
        // One page that fails (a run that could not load it, say) is noted; the other page types are still scored.
        try {
          scores[type] = lighthouse(bin, new URL(path, baseURL).href);
          // Progress, as each page type takes minutes on a busy machine.
          console.log(`bench: Lighthouse ${type}: ${JSON.stringify(scores[type])}`);
        } catch (error) {
          scores[type] = {
            note: `not scored: ${error.message.split('\n').find((line) => /error/i.test(line)) ?? error.message.split('\n')[0]}`,
          };
        }
      }
    } catch (error) {
      scores.note = `Lighthouse not run: ${error.message.split('\n')[0]}`;
    }
  }
  return { gzipBytes: weights, jsTargetBytes: JS_EXTRA_BUDGET, lighthouseRuns: LIGHTHOUSE_RUNS, lighthouse: scores };
}
