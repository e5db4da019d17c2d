/**
 * The generator over the whole catalogue: golden files per fix (the browser test compares its output
 * with the same files), every fix × mode × target parses, and the header/param block say what they must.
 */
import { describe, expect, test } from 'vitest';
import { parsePowerShell } from '../../../tests/support/powershell-parser';
import { fixes, fixesById } from '../../catalogue';
import { commonScripts } from '../../catalogue/common';
import { GeneratorError } from './errors';
import { generateScript } from './generate-script';
import { defaultSelectorState } from '../selector/selector-state';
import { scriptModes, parseScriptOptions, type RawScriptOptions, type ScriptMode } from './script-options';

/** Options as the selector would send them, Fix mode by default. */
const rawOptions = (over: Partial<RawScriptOptions> = {}): RawScriptOptions => ({
  ...defaultSelectorState,
  mode: 'fix',
  ...over,
});

function build(over: Partial<RawScriptOptions>) {
  const result = parseScriptOptions(rawOptions(over), fixesById);
  if (!result.options) throw new Error(JSON.stringify(result.problems));
  return generateScript(result.options, { common: commonScripts }).text;
}

const sides = ['host', 'client'] as const;
const onSide = (side: (typeof sides)[number]) => fixes.filter((fix) => fix.runsOn === side);
const modesFor = (kind: string): ScriptMode[] => (kind === 'fix' ? [...scriptModes] : ['diagnose', 'fix']);

describe('golden files', () => {
  test.each(fixes.map((fix) => [fix.id] as const))('%s (fix mode, this computer)', async (id) => {
    await expect(build({ fixIds: [id] })).toMatchFileSnapshot(`./__golden__/${id}.fix.ps1`);
  });
  test('all host fixes, remote, with every option set', async () => {
    const text = build({
      fixIds: onSide('host').map((fix) => fix.id),
      target: 'remote',
      computers: 'rdsh-01 rdsh-02.corp.example',
      promptForCredential: true,
      backupRoot: 'D:\\RdpFixGuide\\Backup',
      transcriptPath: 'D:\\RdpFixGuide\\run.log',
    });
    await expect(text).toMatchFileSnapshot('./__golden__/all-host.fix.remote.ps1');
  });
  test('all client fixes, this computer', async () => {
    await expect(build({ fixIds: onSide('client').map((fix) => fix.id) })).toMatchFileSnapshot(
      './__golden__/all-client.fix.ps1',
    );
  });
});

describe('every script parses', () => {
  const cases = fixes.flatMap((fix) =>
    modesFor(fix.kind).flatMap((mode) =>
      (['local', 'remote'] as const).map((target) => [fix.id, mode, target] as const),
    ),
  );
  test.each(cases)('%s, %s, %s', async (id, mode, target) => {
    const text = build({ fixIds: [id], mode, target, computers: 'rdsh-01' });
    expect((await parsePowerShell(text)).errors).toEqual([]);
  });
  const sideCases = sides.flatMap((side) => [...scriptModes].map((mode) => [side, mode] as const));
  test.each(sideCases)('all %s fixes together, %s', async (side, mode) => {
    const ids = onSide(side)
      .filter((fix) => mode !== 'rollback' || fix.kind === 'fix')
      .map((fix) => fix.id);
    for (const target of ['local', 'remote'] as const) {
      const text = build({ fixIds: ids, mode, target, computers: 'rdsh-01' });
      expect((await parsePowerShell(text)).errors).toEqual([]);
    }
  });
});

describe('script shape', () => {
  const id = fixes[0]!.id;
  test('is deterministic', () => expect(build({ fixIds: [id] })).toBe(build({ fixIds: [id] })));
  test('has the production preamble', () => {
    const text = build({ fixIds: [id] });
    expect(text).toMatch(/^<#\n\.SYNOPSIS\n/);
    expect(text).toContain(
      '#Requires -Version 5.1\n#Requires -RunAsAdministrator\n[CmdletBinding(SupportsShouldProcess, ConfirmImpact = ',
    );
    expect(text).toContain('Get-FileHash -Algorithm SHA256 -LiteralPath .\\rdp-fix.ps1');
    expect(text.endsWith('\n')).toBe(true);
    expect(text).not.toContain('\r');
  });
  test('diagnose mode contains no code that changes anything', async () => {
    const text = build({ fixIds: onSide('host').map((fix) => fix.id), mode: 'diagnose' });
    const { functions } = await parsePowerShell(text);
    expect(functions.filter((name) => /^(Repair|Backup|Restore)-Rdp(?!Registry)/.test(name))).toEqual([]);
    expect(text).not.toMatch(/^#Requires -RunAsAdministrator$/m);
  });
  test('remote scripts do not require local elevation and take the computer list', () => {
    const text = build({ fixIds: [id], target: 'remote', computers: 'a b' });
    expect(text).not.toMatch(/^#Requires -RunAsAdministrator$/m);
    expect(text).toContain("[string[]]$ComputerName = @('a', 'b')");
    expect(text).toContain('Invoke-Command @remote');
  });
  test('the selector link goes into the help block, and a hostile one is refused', () => {
    const result = parseScriptOptions(rawOptions({ fixIds: [id] }), fixesById);
    expect(
      generateScript(result.options!, { common: commonScripts, link: 'https://kb.example/selector/?f=x' }).text,
    ).toContain('      https://kb.example/selector/?f=x\n');
    expect(() =>
      generateScript(result.options!, { common: commonScripts, link: 'x #>\nRemove-Item C:\\' }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[GeneratorError: Refusing to put "      x #>\\nRemove-Item C:\\\\" into the script's help block.]`,
    );
  });
  test('explains what it cannot generate', () => {
    expect(parseScriptOptions(rawOptions({ fixIds: [] }), fixesById).problems).toMatchInlineSnapshot(`
      [
        {
          "field": "fixes",
          "message": "Choose at least one fix or check.",
        },
      ]
    `);
    expect(parseScriptOptions(rawOptions({ fixIds: ['no-such-fix'], mode: 'nope' }), fixesById).problems)
      .toMatchInlineSnapshot(`
      [
        {
          "field": "fixes",
          "message": "There is no fix "no-such-fix" in the catalogue.",
        },
        {
          "field": "mode",
          "message": "Mode must be Diagnose, Fix or Rollback.",
        },
      ]
    `);
  });
});

describe('client and host fixes never mix', () => {
  const pairs = onSide('client').flatMap((client) => onSide('host').map((host) => [client.id, host.id] as const));
  const targets = ['local', 'remote'] as const;
  test.each(pairs)('%s with %s is refused in every mode and target, naming both', (clientId, hostId) => {
    for (const mode of scriptModes)
      for (const target of targets) {
        const result = parseScriptOptions(
          rawOptions({ fixIds: [clientId, hostId], mode, target, computers: 'rdsh-01' }),
          fixesById,
        );
        const generate = () => generateScript(result.options!, { common: commonScripts });
        expect(generate).toThrow(GeneratorError);
        expect(generate).toThrow(/Client and host fixes cannot share one script/);
        expect(generate).toThrow(fixesById.get(clientId)!.title);
        expect(generate).toThrow(fixesById.get(hostId)!.title);
      }
  });
  test.each(sides.map((side) => [side] as const))('every %s fix together is one script', (side) => {
    expect(() => build({ fixIds: onSide(side).map((fix) => fix.id) })).not.toThrow();
  });
});
