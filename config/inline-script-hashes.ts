/**
 * Astro's CSP hashes the scripts it bundles, not `<script is:inline>` ones, and Starlight has a few (theme, search
 * shortcut, sidebar state). Without their hashes the browser blocks them. This reads the inline scripts of
 * Starlight's components and of our own `src/` and hashes their bodies, which Astro writes to the page verbatim.
 * The offline browser test fails on any CSP violation, so a script this misses is caught.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

type Sha256 = `sha256-${string}`;

const INLINE_SCRIPT = /<script\b([^>]*\bis:inline\b[^>]*)>([\s\S]*?)<\/script>/g;

/** The folder of an installed package, looked up like Node does (its "exports" hide package.json from require). */
function packageDir(root: string, name: string): string {
  for (let dir = root; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) throw new Error(`${name} is not installed under ${root}; run npm install.`);
  }
}

function astroFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.astro'))
    .map((file) => join(dir, file));
}

export function inlineScriptHashes(root: string): Sha256[] {
  const starlight = packageDir(root, '@astrojs/starlight');
  const hashes = new Set<Sha256>();
  for (const file of [...astroFiles(starlight), ...astroFiles(join(root, 'src'))]) {
    for (const [, attributes, body] of readFileSync(file, 'utf8').matchAll(INLINE_SCRIPT)) {
      if (/define:vars/.test(attributes ?? '')) {
        throw new Error(
          `${file}: <script is:inline define:vars> renders differently per page, so its CSP hash cannot be known ahead. ` +
            'Pass the values through data-* attributes and read them in a processed <script> instead.',
        );
      }
      hashes.add(
        `sha256-${createHash('sha256')
          .update(body ?? '')
          .digest('base64')}`,
      );
    }
  }
  return [...hashes].sort();
}
