#!/usr/bin/env node
// The PowerShell-engine checks (tools/ps-harness): PowerShell's own parser over every generated script, then
// every fix run against a simulated Windows host. Writes the corpus it runs first (scripts/write-ps-corpus.mjs →
// test-results/ps-corpus); pass --reuse-corpus to run an existing one as is. Other arguments go to the harness
// (e.g. --only <fix-id|all|parse>).
// Without a .NET SDK the checks are skipped with a note (exit 0), except on CI, where that is a failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';

const PROJECT = 'tools/ps-harness/PsHarness.csproj';
const DLL = 'tools/ps-harness/bin/Release/net10.0/PsHarness.dll';
const CORPUS = 'test-results/ps-corpus';
const REPORT = 'test-results/harness.json';
const onCi = process.env.CI === 'true';

mkdirSync('test-results', { recursive: true });
const fail = (message) => {
  console.error(`ps-harness: ${message}`);
  writeFileSync(REPORT, `${JSON.stringify({ passed: 0, failed: 1, details: [{ error: message }] }, null, 2)}\n`);
  console.log('harness: 0 passed, 1 failed');
  process.exit(1);
};

const probe = spawnSync('dotnet', ['--list-sdks'], { encoding: 'utf8' });
const hasSdk = !probe.error && probe.status === 0 && /^10\./m.test(probe.stdout);
if (!hasSdk) {
  const message = 'PowerShell-engine checks skipped: dotnet SDK not found (install .NET 10 SDK to run them)';
  if (onCi) fail(`${message}. CI must run them: install the .NET 10 SDK in .ci/run.`);
  console.log(message);
  writeFileSync(
    REPORT,
    `${JSON.stringify({ passed: 0, failed: 0, skipped: true, details: [{ note: message }] }, null, 2)}\n`,
  );
  process.exit(0);
}

const args = process.argv.slice(2).filter((a) => a !== '--reuse-corpus');
if (args.length === process.argv.length - 2) {
  const write = spawnSync('node', ['scripts/write-ps-corpus.mjs', CORPUS], { stdio: 'inherit' });
  if (write.status !== 0) fail(`writing the corpus (scripts/write-ps-corpus.mjs) failed; see the errors above.`);
} else if (!existsSync(`${CORPUS}/manifest.json`))
  fail(`${CORPUS}/manifest.json is missing: run without --reuse-corpus (or node scripts/write-ps-corpus.mjs).`);

const env = {
  ...process.env,
  DOTNET_CLI_TELEMETRY_OPTOUT: '1',
  DOTNET_NOLOGO: '1',
  DOTNET_SKIP_FIRST_TIME_EXPERIENCE: '1',
};
const build = spawnSync('dotnet', ['build', PROJECT, '-c', 'Release', '-v', 'quiet', '-nologo', '-clp:ErrorsOnly'], {
  stdio: 'inherit',
  env,
});
if (build.status !== 0) fail(`dotnet build ${PROJECT} failed (exit ${build.status}); see the errors above.`);
// scripts/test.mjs waits for this line before the browser tests, whose evidence loop runs this DLL.
console.log(`ps-harness: built ${DLL}`);

const run = spawnSync('dotnet', [DLL, CORPUS, '--out', REPORT, ...args], { stdio: 'inherit', env });
if (run.error) fail(`could not start the harness: ${run.error.message}`);
if (!existsSync(REPORT)) fail('the harness wrote no report.');
process.exit(run.status ?? 1);
