/**
 * Runs one generated script on the simulated Windows host (tools/ps-harness, `--evidence-loop`) for the
 * end-to-end evidence test: the browser makes the scripts, the harness runs them with a fixture's fault
 * planted. Builds the harness if `npm run test:harness` has not. Without a .NET 10 SDK it reports why, and
 * the spec skips (CI fails instead, as scripts/ps-harness.mjs does).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PROJECT = 'tools/ps-harness/PsHarness.csproj';
const DLL = 'tools/ps-harness/bin/Release/net10.0/PsHarness.dll';
export const EVIDENCE_LOOP_DIR = 'test-results/evidence-loop';
const env = {
  ...process.env,
  DOTNET_CLI_TELEMETRY_OPTOUT: '1',
  DOTNET_NOLOGO: '1',
  DOTNET_SKIP_FIRST_TIME_EXPERIENCE: '1',
};

export interface HarnessRun {
  readonly exitCode: number | null;
  readonly problemsBefore: string[];
  readonly problemsAfter: string[];
  readonly found: string[];
  readonly changed: string[];
  readonly verified: string[];
  readonly link: string | null;
  readonly token: string | null;
  readonly tokenProblem: string | null;
  readonly exception: string | null;
  readonly console: string[];
}

/** Why the harness cannot run here, or undefined when it can (built now if needed). */
export function harnessUnavailable(): string | undefined {
  const probe = spawnSync('dotnet', ['--list-sdks'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0 || !/^10\./m.test(probe.stdout))
    return 'dotnet SDK 10 not found (install it to run the simulated host)';
  if (existsSync(DLL)) return undefined;
  const build = spawnSync('dotnet', ['build', PROJECT, '-c', 'Release', '-v', 'quiet', '-nologo', '-clp:ErrorsOnly'], {
    stdio: 'inherit',
    env,
  });
  return build.status === 0 ? undefined : `dotnet build ${PROJECT} failed (exit ${build.status})`;
}

/** Writes the script to test-results/evidence-loop/, runs it on a host with the fix's fault planted, returns the result. */
export function runOnSimulatedHost(mode: 'diagnose' | 'fix', fixId: string, script: string): HarnessRun {
  mkdirSync(EVIDENCE_LOOP_DIR, { recursive: true });
  const file = join(EVIDENCE_LOOP_DIR, `${fixId}.${mode}.ps1`);
  const out = join(EVIDENCE_LOOP_DIR, `${fixId}.${mode}.json`);
  writeFileSync(file, script);
  const run = spawnSync('dotnet', [DLL, '--evidence-loop', mode, fixId, file, out], { encoding: 'utf8', env });
  if (!existsSync(out)) throw new Error(`the harness wrote no result (exit ${run.status}): ${run.stderr}`);
  return JSON.parse(readFileSync(out, 'utf8')) as HarnessRun;
}
