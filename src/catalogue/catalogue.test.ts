/**
 * Catalogue-wide rules, table-driven over every entry: schema, cross-references, and the PowerShell
 * contract (parses, defines the right function, no aliases, locale-safe, ShouldProcess on changes).
 */
import { describe, expect, test } from 'vitest';
import { parsePowerShell } from '../../tests/support/powershell-parser';
import { commonScripts } from './common';
import { causes, causesById, fixes, symptoms } from './index';
import { CauseSchema, FixSchema, SymptomSchema } from './schema';

/** Aliases and short forms that must never appear as command names (PowerShell's built-in aliases we saw used in the wild). */
const ALIASES = new Set(
  '? % ac cat cd chdir clc clear cls copy cp cpi del dir echo erase fl foreach ft fw gc gci gcm gi gl gm gp gps group gsv gwmi h history icm iex ipmo irm iwr kill ls man md measure mi mkdir mount move mp mv ni nv oh popd ps pushd pwd r rd ren ri rm rmdir rp rv sajb sal saps sasv sc select set si sl sleep sls sort sp spps spsv start sv tee type where write'.split(
    ' ',
  ),
);
/** Commands Windows PowerShell 5.1 has but PowerShell 7 does not, or that are deprecated. */
const NOT_IN_PS7 = ['Get-WmiObject', 'Invoke-WmiMethod', 'Set-WmiInstance', 'Get-EventLog', 'wmic'];

const scriptFiles = fixes.flatMap((fix) =>
  (['diagnose', 'backup', 'apply', 'rollback'] as const)
    .filter((file) => fix.scripts[file].trim())
    .map((file) => ({ name: `${fix.id}/${file}.ps1`, text: fix.scripts[file], fix, file })),
);
// hostPrologue opens the host script block that the generated step list closes, so it only parses as
// part of a whole script (generate-script.test.ts covers that).
const commonFiles = Object.entries(commonScripts)
  .filter(([name]) => name !== 'hostPrologue')
  .map(([name, text]) => ({ name: `common/${name}`, text }));

describe('catalogue data', () => {
  test.each(fixes.map((fix) => [fix.id, fix] as const))('fix %s matches the schema', (_id, fix) => {
    const result = FixSchema.safeParse(fix);
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  });
  test.each(causes.map((cause) => [cause.id, cause] as const))('cause %s matches the schema', (_id, cause) => {
    expect(CauseSchema.safeParse(cause).success).toBe(true);
  });
  test.each(symptoms.map((symptom) => [symptom.id, symptom] as const))(
    'symptom %s matches the schema',
    (_id, symptom) => {
      expect(SymptomSchema.safeParse(symptom).success).toBe(true);
      for (const hint of symptom.suggests) expect(causesById.has(hint.cause), `unknown cause ${hint.cause}`).toBe(true);
    },
  );
  test('ids are unique and every reference resolves', () => {
    const ids = [...fixes.map((f) => f.id), ...fixes.flatMap((f) => f.aliases)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const fix of fixes)
      for (const cause of fix.causes) expect(causesById.has(cause), `${fix.id} → ${cause}`).toBe(true);
  });
  test('every cause has at least one fix or check', () => {
    const covered = new Set(fixes.flatMap((fix) => fix.causes));
    expect(causes.map((c) => c.id).filter((id) => !covered.has(id))).toEqual([]);
  });
});

describe('catalogue PowerShell', () => {
  test.each([...scriptFiles, ...commonFiles].map((f) => [f.name, f.text] as const))(
    '%s parses without errors',
    async (_name, text) => {
      expect((await parsePowerShell(text)).errors).toEqual([]);
    },
  );

  test.each(scriptFiles.map((f) => [f.name, f] as const))(
    '%s defines its contract function and nothing else',
    async (_name, f) => {
      const expected = { diagnose: 'Get-%Finding', backup: 'Backup-%', apply: 'Repair-%', rollback: 'Restore-%' }[
        f.file
      ].replace('%', f.fix.noun);
      expect((await parsePowerShell(f.text)).functions).toEqual([expected]);
    },
  );

  test.each([...scriptFiles, ...commonFiles].map((f) => [f.name, f.text] as const))(
    '%s uses no aliases or PS5-only commands',
    async (_name, text) => {
      const { commands } = await parsePowerShell(text);
      expect(commands.filter((name) => ALIASES.has(name.toLowerCase()))).toEqual([]);
      expect(commands.filter((name) => NOT_IN_PS7.some((bad) => bad.toLowerCase() === name.toLowerCase()))).toEqual([]);
    },
  );

  test.each([...scriptFiles, ...commonFiles].map((f) => [f.name, f.text] as const))(
    '%s is locale-safe and avoids known-wrong advice',
    (_name, text) => {
      const code = text
        .split('\n')
        .filter((line) => !line.trim().startsWith('#'))
        .join('\n');
      expect(code).not.toMatch(
        /NT AUTHORITY\\|BUILTIN\\|\/grant\s+['"]?(Everyone|Administrators|SYSTEM|NETWORK SERVICE)/i,
      );
      expect(code).not.toMatch(/-DisplayGroup|-DisplayName\s+['"]?Remote Desktop/i);
      expect(code).not.toMatch(
        /\btermserv\b(?!ice)|winmgmt\s+\/salvage(?!repository)|MachineKeys_old|\/resetrepository/i,
      );
      expect(code).not.toMatch(/\?\?|-Parallel\b/);
      expect(code).not.toMatch(/\breg(\.exe)?\s+add\b(?![^\n]*\/f)/i);
    },
  );

  test.each(scriptFiles.filter((f) => /Restore-RdpRegistryValue/.test(f.text)).map((f) => [f.name, f.text] as const))(
    '%s restores registry values only from the keys it names',
    (_name, text) => {
      for (const line of text.split('\n').filter((l) => /^\s*Restore-RdpRegistryValue\b/.test(l))) {
        expect(line).toMatch(/-ExpectedPath\s+\S/);
      }
    },
  );

  test.each(
    scriptFiles.filter((f) => f.file === 'apply' || f.file === 'rollback').map((f) => [f.name, f.text] as const),
  )('%s supports -WhatIf', (_name, text) => {
    expect(text).toMatch(/\[CmdletBinding\([^)]*SupportsShouldProcess/);
    // A restore that only tells the technician what to run (the WMI repository: restoring the corrupt copy is a
    // deliberate, manual step) changes nothing, so it has nothing to put behind ShouldProcess.
    expect(text).toMatch(
      /\$PSCmdlet\.ShouldProcess\(|Set-RdpRegistryValue|Restore-RdpRegistryValue|Restores nothing, on purpose/,
    );
  });
});
