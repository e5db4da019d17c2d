#!/usr/bin/env node
// A scale fixture for measurement only: a copy of the working tree in which the site has
// FACTOR times its pages, to see how the build and the test stages grow as content is added. Production code is not
// touched; only the throwaway copy is patched:
//   - every docs page but home (src/content/docs/**.mdx) gets FACTOR - 1 copies beside it (<name>-s<k>.mdx), titled
//     "<title> (copy <k>)" so a page and its copies are told apart in search results and the sidebar;
//   - every error code gets FACTOR - 1 synthetic twins (value + k * 0x1000000, name "<name>_S<k>", meaning ending in
//     "(scale copy <k>)" so a word search still finds the original first), so each code
//     table grows FACTOR-fold and every per-code rule runs over the twins too;
//   - every fix gets FACTOR - 1 twins (id "<id>-s<k>", no aliases, a title of its own), so fix pages and the selector
//     grow too. A twin's title has a hyphen for its first space and ends in " <k>": it stays within the schema's 80
//     characters, and no locator that names the original fix (by its title or part of it) also finds a twin. The
//     twins share their original's PowerShell, so the PowerShell corpus (and the harness) leaves them out: running
//     the same script again proves nothing, and harness time grows with fixes, not pages (say so when reporting);
//   - then Prettier formats the patched files, and `vitest run -u` (not timed) refreshes the snapshots whose output
//     lists every fix or code (the all-fixes goldens), so the timed run checks what the twins really produce.
// Usage: node scripts/scale-fixture.mjs [factor=5] [dir=dist-scale-<factor>] [--build] [--keep] [-- command args...]
// --build times `npm run build` there and prints pages and seconds per 100 pages; a command after `--` runs there.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const dash = process.argv.indexOf('--');
const own = dash === -1 ? process.argv.slice(2) : process.argv.slice(2, dash);
const command = dash === -1 ? [] : process.argv.slice(dash + 1);
const positional = own.filter((a) => !a.startsWith('--'));
const factor = Number(positional[0] ?? 5);
// Inside the checkout, so the copy resolves packages from this node_modules by walking up (a linked node_modules
// makes Astro see two paths for one file). Git-ignored; removed afterwards unless --keep.
const dir = resolve(positional[1] ?? `dist-scale-${factor}`);
if (!Number.isInteger(factor) || factor < 1) throw new Error(`scale-fixture: factor must be a whole number >= 1`);

// 1. The working tree as it is (tracked and new files, not ignored ones), with node_modules linked.
rmSync(dir, { recursive: true, force: true });
const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { encoding: 'utf8' })
  .split('\0')
  .filter(Boolean);
for (const file of files) {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  try {
    cpSync(file, join(dir, file));
  } catch {
    // deleted in the working tree but still in the index
  }
}

// 2. The patches (factor 1 leaves the copy as is: the 1x baseline measured the same way).
if (factor > 1) {
  const docs = join(dir, 'src/content/docs');
  // Beside the original (same folder, so the same template and relative imports), with a suffix: <name>-s<k>.mdx.
  for (const file of readdirSync(docs, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx')))
    if (file !== 'index.mdx')
      for (let k = 1; k < factor; k++)
        writeFileSync(
          join(docs, file.replace(/\.mdx$/, `-s${k}.mdx`)),
          readFileSync(join(docs, file), 'utf8').replace(/^title: (['"]?)(.*)\1$/m, `title: $1$2 (copy ${k})$1`),
        );
  patch(
    'src/catalogue/error-codes/index.ts',
    /export const errorCodes: readonly ErrorCode\[\] = (linkCodes\([\s\S]*?\]\))/,
    (m, linked) =>
      m.replace(
        linked,
        `((codes) => [...codes, ...Array.from({ length: ${factor - 1} }, (_, i) => codes.map((code) => ({ ...code, value: code.value + (i + 1) * 0x1000000, name: code.name && \`\${code.name}_S\${i + 1}\`, meaning: \`\${code.meaning.slice(0, 380)} (scale copy \${i + 1})\`, related: [] }))).flat()])(${linked})`,
      ),
  );
  patch('src/catalogue/fixes/index.ts', /export const fixList: readonly Fix\[\] = ([\s\S]*?);\n/, (m, list) =>
    m.replace(
      list,
      `((list) => [...list, ...Array.from({ length: ${factor - 1} }, (_, i) => list.map((fix) => ({ ...fix, id: \`\${fix.id}-s\${i + 1}\`, aliases: [], title: \`\${fix.title.slice(0, 77).replace(' ', '-')} \${i + 1}\` }))).flat()])(${list})`,
    ),
  );
  for (const file of [
    'tests/support/ps-corpus.ts',
    'tests/support/ps-corpus-groups.ts',
    'tests/support/hostile-options.ts',
  ])
    patch(file, /import \{ fixes \} from '\.\.\/\.\.\/src\/catalogue';\n/, () =>
      [
        "import { fixes as everyFix } from '../../src/catalogue';",
        '// Scale fixture: twins share their original PowerShell.',
        'const fixes = everyFix.filter((fix) => !/-s[0-9]+$/.test(fix.id));',
        '',
      ].join('\n'),
    );
  const prettier = spawnSync(
    'npx',
    [
      'prettier',
      '--write',
      '--log-level',
      'warn',
      'src/catalogue/error-codes/index.ts',
      'src/catalogue/fixes/index.ts',
    ],
    { cwd: dir, stdio: 'inherit' },
  );
  if (prettier.status !== 0) throw new Error('scale-fixture: Prettier could not format the patched files');
  const snapshots = spawnSync('npx', ['vitest', 'run', '-u', '--reporter=dot'], { cwd: dir, stdio: 'ignore' });
  console.log(`scale-fixture: snapshots refreshed for the twins (vitest -u exit ${snapshots.status})`);
}
console.log(`scale-fixture: ${factor}x copy in ${dir}`);

function patch(file, pattern, replace) {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  if (!pattern.test(text)) throw new Error(`scale-fixture: ${file} changed shape; update the patch in this script.`);
  writeFileSync(path, text.replace(pattern, replace));
}

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
if (own.includes('--build')) {
  const started = performance.now();
  const ok =
    spawnSync('npm', ['run', '--silent', 'build'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'], env }).status ===
    0;
  const seconds = (performance.now() - started) / 1000;
  if (!ok) throw new Error(`scale-fixture: the ${factor}x build failed in ${dir}`);
  const pages = readdirSync(join(dir, 'dist'), { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
  console.log(
    `scale-fixture: ${factor}x build: ${pages} pages in ${seconds.toFixed(1)} s = ${((seconds / pages) * 100).toFixed(1)} s per 100 pages`,
  );
}
if (command.length)
  process.exit(spawnSync(command[0], command.slice(1), { cwd: dir, stdio: 'inherit', env }).status ?? 1);
