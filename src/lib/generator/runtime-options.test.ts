/**
 * The runtime's fixed options and exit codes, over every fix: the exit-code table in each script is the one in
 * exit-codes.ts, -ReportPath accepts only .json/.csv local files, remote scripts take a validated
 * -ThrottleLimit (1 when a fix asks before a High-impact change), and High-impact steps are marked.
 */
import { describe, expect, test } from 'vitest';
import { fixes, fixesById } from '../../catalogue';
import { commonScripts } from '../../catalogue/common';
import { defaultSelectorState } from '../selector/selector-state';
import { EXIT_CODES, exitCodeTable } from './exit-codes';
import { generateScript } from './generate-script';
import { validateReportPath } from './report-path';
import { parseScriptOptions, type RawScriptOptions } from './script-options';

function build(over: Partial<RawScriptOptions>) {
  const result = parseScriptOptions({ ...defaultSelectorState, mode: 'fix', ...over }, fixesById);
  if (!result.options) throw new Error(JSON.stringify(result.problems));
  return generateScript(result.options, { common: commonScripts }).text;
}

describe('exit codes', () => {
  test('codes are unique and each named outcome has one', () => {
    const codes = EXIT_CODES.map((entry) => entry.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(exitCodeTable().map(([name]) => name)).toEqual([
      'Ok',
      'Found',
      'Failed',
      'SessionsPresent',
      'NeedsConfirmation',
      'NotElevated',
    ]);
  });

  test.each(fixes.map((fix) => [fix.id] as const))(
    '%s: the script carries the table and every outcome the runner uses',
    (id) => {
      const text = build({ fixIds: [id] });
      const table = exitCodeTable()
        .map(([name, code]) => `${name} = ${code}`)
        .join('; ');
      expect(text).toContain(`ExitCodes = @{ ${table} }`);
      // The outcomes the runtime names (refusals in fix-run.ps1, the rest in runner.ps1) all have a code.
      const runtime = `${commonScripts.fixRun}\n${commonScripts.runner}`;
      for (const outcome of runtime.matchAll(/-Outcome '(\w+)'|return '(\w+)'/g)) {
        expect(exitCodeTable().map(([n]) => n)).toContain(outcome[1] ?? outcome[2]);
      }
    },
  );
});

describe('-ReportPath', () => {
  test.each([
    ['', true],
    ['C:\\Reports\\rdp.json', true],
    ['D:\\RMM\\out\\run 1.csv', true],
    ['C:\\Reports\\rdp.ps1', false],
    ['C:\\Reports\\rdp.json.ps1', false],
    ['\\\\server\\share\\rdp.json', false],
    ['C:\\Reports\\CON.json', false],
  ])('%s -> %s', (input, accepted) => {
    expect(validateReportPath(input).ok).toBe(accepted);
  });

  test('a refused report path is a field problem, not a script', () => {
    const result = parseScriptOptions({ ...defaultSelectorState, mode: 'fix', reportPath: 'C:\\x.bat' }, fixesById);
    expect(result.options).toBeUndefined();
    expect(result.problems.map((p) => p.field)).toContain('reportPath');
  });
});

describe('-ThrottleLimit and High-impact steps', () => {
  const remote = { target: 'remote', computers: 'rdsh-01,rdsh-02' } as const;
  test.each(fixes.filter((fix) => fix.kind === 'fix').map((fix) => [fix.id, fix] as const))('%s', (_id, fix) => {
    const text = build({ fixIds: [fix.id], ...remote });
    const asks = fix.risk === 'high' || fix.dropsSession;
    expect(text).toContain(`[ValidateRange(1, 50)]\n    [int]$ThrottleLimit = ${asks ? 1 : 32}`);
    expect(text.includes('HighImpact = $true')).toBe(fix.risk === 'high');
    expect(build({ fixIds: [fix.id] })).not.toContain('$ThrottleLimit =');
  });
});
