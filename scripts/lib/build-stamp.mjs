// Is dist/ a build of the sources as they are now? `npm run build` (scripts/build.mjs) records a hash of every build
// input next to the build; the browser tests compare it with the sources before they trust dist/. A content hash
// rather than modification times, so switching branches back and forth or touching a file does not fool it.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Everything `astro build` reads from the repository, and the environment that changes its output. */
const INPUTS = ['src', 'public', 'config', 'astro.config.ts', 'package-lock.json', 'tsconfig.json'];
const ENV = ['BASE_PATH', 'SITE_URL', 'SCALE_PAGES'];

export function outDirOf(env = process.env) {
  return env.ASTRO_OUT_DIR ?? 'dist';
}

/** Kept outside the output folder, so it is never deployed with the site. */
function stampFile(outDir) {
  const name = resolve(outDir).replace(/[^A-Za-z0-9]+/g, '_');
  return join('node_modules', '.cache', 'rdp-build-stamps', `${name}.json`);
}

/** A hash of the build inputs (paths and contents, test files excluded) and the relevant environment. */
export function sourceHash(env = process.env) {
  const hash = createHash('sha256');
  const files = INPUTS.flatMap((input) =>
    !existsSync(input)
      ? []
      : statSync(input).isDirectory()
        ? readdirSync(input, { recursive: true, encoding: 'utf8' }).map((f) => join(input, f))
        : [input],
  )
    .filter((f) => !/\.test\.ts$|__golden__/.test(f) && statSync(f).isFile())
    .sort();
  for (const file of files) hash.update(`${file}\0`).update(readFileSync(file)).update('\0');
  for (const name of ENV) hash.update(`${name}=${env[name] ?? ''}\0`);
  return hash.digest('hex');
}

export function writeBuildStamp(env = process.env) {
  const file = stampFile(outDirOf(env));
  mkdirSync(join('node_modules', '.cache', 'rdp-build-stamps'), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ hash: sourceHash(env), builtAt: new Date().toISOString() })}\n`);
}

/** Why the build in outDir cannot be trusted, or undefined when it matches the sources. */
export function staleBuildReason(env = process.env) {
  const outDir = outDirOf(env);
  if (!existsSync(join(outDir, 'index.html'))) return `${outDir}/ has no build`;
  const file = stampFile(outDir);
  if (!existsSync(file))
    return `${outDir}/ was not built by \`npm run build\` (no build stamp), so its sources are unknown`;
  const { hash, builtAt } = JSON.parse(readFileSync(file, 'utf8'));
  if (hash !== sourceHash(env)) return `the sources changed since ${outDir}/ was built (${builtAt})`;
  return undefined;
}
