/**
 * Browser tests run against the built site (`astro build` first: Pagefind only exists after a build),
 * served by `astro preview` on a non-default port. Chromium: Playwright's own if installed, else the
 * system one (Debian's /usr/lib/chromium/chromium), else a clear error.
 */
import { defineConfig, devices } from '@playwright/test';
import { chromiumExecutable } from './tests/support/chromium';

const executablePath = chromiumExecutable();
const port = Number(process.env.PREVIEW_PORT ?? 4391);
const base = process.env.BASE_PATH ? `/${process.env.BASE_PATH.replace(/^\/+|\/+$/g, '')}/` : '/';
const outDir = process.env.ASTRO_OUT_DIR ?? './dist';

export default defineConfig({
  // A sub-path build (BASE_PATH set, see scripts/test-subpath.mjs) runs the sub-path suite instead of the main one.
  testDir: base === '/' ? './tests/e2e' : './tests/e2e-subpath',
  testMatch: '**/*.test.ts',
  // Not test-results/ itself: Playwright empties its output folder at the start, and npm test's other lane writes its
  // reports (harness, unit, the PowerShell corpus) there at the same time.
  outputDir: 'test-results/playwright',
  forbidOnly: !!process.env.CI,
  retries: 0,
  ...(process.env.CI ? { workers: 2 } : {}),
  reporter: [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON ?? 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}${base}`,
    trace: 'off',
    launchOptions: executablePath ? { executablePath } : {},
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `node tests/support/static-server.mjs --root ${outDir} --port ${port} --base ${base}`,
    url: `http://127.0.0.1:${port}${base}`,
    // Never reuse a server we did not start: another process on this port would be tested instead.
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
