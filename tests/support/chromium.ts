/**
 * Which Chromium the browser tests use: CHROMIUM_PATH if set, Playwright's own build if it was
 * installed (`npx playwright install chromium`), else a system Chromium. Fails with a clear message.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CANDIDATES = [
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist. Point it at a Chromium binary or unset it.`);
    return fromEnv;
  }
  let bundled: string | undefined;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = undefined;
  }
  if (bundled && existsSync(bundled)) return undefined; // Playwright's default finds it
  const system = SYSTEM_CANDIDATES.find((candidate) => existsSync(candidate));
  if (system) return system;
  throw new Error(
    'No Chromium found for the browser tests. Run `npx playwright install chromium`, or install a system Chromium ' +
      '(Debian: apt-get install chromium), or set CHROMIUM_PATH.',
  );
}
