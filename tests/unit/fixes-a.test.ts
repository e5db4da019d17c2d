/**
 * Batch A of catalogue entries (MachineKeys ACL, NETWORK SERVICE key read, stale binding, WMI, evidence):
 * schema, every .ps1 parsed by the PowerShell grammar (commands printed for review), and the rules
 * that matter for these entries in particular.
 */
import { describe, expect, test } from 'vitest';
import type { Fix } from '../../src/catalogue/schema';
import { FixSchema } from '../../src/catalogue/schema';
import { parsePowerShell } from '../support/powershell-parser';

const modules = import.meta.glob<{ default: Fix }>(
  '../../src/catalogue/fixes/{repair-machinekeys-acl,grant-network-service-key-read,clear-stale-certificate-binding,repair-wmi-repository,collect-rdp-evidence}/fix.ts',
  { eager: true },
);
const batch = Object.values(modules).map((module) => module.default);
const byId = new Map(batch.map((fix) => [fix.id, fix]));
const fix = (id: string): Fix => {
  const found = byId.get(id);
  if (!found) throw new Error(`fix "${id}" not found in batch A`);
  return found;
};
const files = ['diagnose', 'backup', 'apply', 'rollback'] as const;
const scripts = batch.flatMap((f) =>
  files.filter((file) => f.scripts[file].trim()).map((file) => ({ name: `${f.id}/${file}.ps1`, fix: f, file })),
);
const allText = (f: Fix) => files.map((file) => f.scripts[file]).join('\n');
/** Code lines only: full-line comments may name wrong advice in order to warn against it. */
const code = (text: string) =>
  text
    .split('\n')
    .filter((line) => !line.trim().startsWith('#'))
    .join('\n');
/** Commands that change the machine; diagnose.ps1 must call none of them. */
const WRITERS =
  /^(Set|New|Remove|Enable|Disable|Start|Stop|Restart|Save|Restore|Import|Export|Rename|Clear|Invoke-CimMethod)-?|^(reg|icacls|takeown|sc|net|netsh)$/i;

describe('fixes batch A: data', () => {
  test('all five entries are found by folder', () => {
    expect([...byId.keys()].sort()).toEqual([
      'clear-stale-certificate-binding',
      'collect-rdp-evidence',
      'grant-network-service-key-read',
      'repair-machinekeys-acl',
      'repair-wmi-repository',
    ]);
  });
  test.each(batch.map((f) => [f.id, f] as const))('%s matches the schema', (_id, f) => {
    const result = FixSchema.safeParse(f);
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  });
  test('the security-sensitive and repository fixes are high risk', () => {
    expect(fix('repair-machinekeys-acl').risk).toBe('high');
    expect(fix('repair-wmi-repository').risk).toBe('high');
  });
  test('the WMI fix says that no Microsoft source ties WMI to 0x904 / 0x7', () => {
    const wmi = fix('repair-wmi-repository');
    expect(`${wmi.summary} ${wmi.changes.join(' ')}`).toMatch(/No Microsoft source ties WMI/);
  });
  test('the evidence check is diagnostic-only and names several causes', () => {
    const evidence = fix('collect-rdp-evidence');
    expect(evidence.kind).toBe('diagnostic');
    expect(evidence.changes).toEqual([]);
    expect(evidence.restartsServices).toEqual([]);
    expect(evidence.causes.length).toBeGreaterThanOrEqual(5);
  });
});

describe('fixes batch A: PowerShell', () => {
  test.each(scripts.map((s) => [s.name, s] as const))('%s parses and defines its function', async (name, s) => {
    const parsed = await parsePowerShell(s.fix.scripts[s.file]);
    console.log(`${name}: ${[...new Set(parsed.commands)].join(', ')}`);
    expect(parsed.errors).toEqual([]);
    const expected = { diagnose: 'Get-%Finding', backup: 'Backup-%', apply: 'Repair-%', rollback: 'Restore-%' }[s.file];
    expect(parsed.functions).toEqual([expected.replace('%', s.fix.noun)]);
  });

  test.each(scripts.filter((s) => s.file === 'diagnose').map((s) => [s.name, s] as const))(
    '%s is read-only',
    async (_name, s) => {
      const { commands } = await parsePowerShell(s.fix.scripts.diagnose);
      expect(commands.filter((c) => WRITERS.test(c))).toEqual([]);
      // Native tools are invoked with `&` in these files; none of their write switches may appear in diagnose.
      expect(code(s.fix.scripts.diagnose)).not.toMatch(
        /&\s*(icacls|winmgmt|certutil)\b[^\n]*\/(grant|remove|inheritance|setowner|restore|salvagerepository|backup|delstore)\b/i,
      );
    },
  );

  test.each(scripts.map((s) => [s.name, s] as const))(
    '%s never puts ":" right after a variable in a string',
    (_name, s) => {
      // "$name:" is a parse error in real PowerShell ("Variable reference is not valid"), which tree-sitter accepts.
      expect(code(s.fix.scripts[s.file])).not.toMatch(/"[^"\n]*\$(?!env:|script:|global:|using:)\w+:[^"\n]*"/i);
    },
  );

  test.each(scripts.map((s) => [s.name, s] as const))('%s reads events by full provider name only', (_name, s) => {
    for (const match of s.fix.scripts[s.file].matchAll(/Provider(?:Name)? = '([^']+)'/g))
      expect([
        'Schannel',
        'Microsoft-Windows-TerminalServices-RemoteConnectionManager',
        'Microsoft-Windows-RemoteDesktopServices-RdpCoreTS',
      ]).toContain(match[1]);
  });

  test.each(scripts.map((s) => [s.name, s] as const))(
    '%s checks the exit code of every native tool it runs',
    (_name, s) => {
      const text = code(s.fix.scripts[s.file]);
      const runs = (text.match(/(^|[=&(]\s*)(icacls|winmgmt|certutil)\s/gm) ?? []).length;
      const checks = (text.match(/\$LASTEXITCODE/g) ?? []).length;
      expect(checks).toBeGreaterThanOrEqual(runs > 0 ? 1 : 0);
    },
  );

  test('the MachineKeys fix touches only the folder, by SID, never recursively', () => {
    const text = code(allText(fix('repair-machinekeys-acl')));
    const apply = code(fix('repair-machinekeys-acl').scripts.apply);
    expect(apply).not.toMatch(/\/t\b|\/reset\b|takeown|Rename-Item|\(OI\)|\(CI\)/i);
    expect(apply).toMatch(/'\*S-1-5-32-544:F'/);
    expect(apply).toMatch(/'\*S-1-1-0:\(RD,WD,AD,REA,WEA,RA,WA,RC,S\)'/);
    expect(text).toMatch(/\/save/);
    expect(fix('repair-machinekeys-acl').scripts.rollback).toMatch(/icacls \$parent \/restore/);
  });

  test('NETWORK SERVICE only ever gets Read, by SID', () => {
    const apply = code(fix('grant-network-service-key-read').scripts.apply);
    expect(apply).toMatch(/'\*S-1-5-20:\(R\)'/);
    expect(apply).not.toMatch(/S-1-5-20:\(?(F|M)\b|FullControl|Modify/);
  });

  test('the WMI fix salvages only, with the documented switch, after a verify', () => {
    const apply = code(fix('repair-wmi-repository').scripts.apply);
    expect(apply).toMatch(/\/verifyrepository/);
    expect(apply).toMatch(/\/salvagerepository/);
    expect(apply.indexOf('/verifyrepository')).toBeLessThan(apply.indexOf('/salvagerepository'));
    expect(code(allText(fix('repair-wmi-repository')))).not.toMatch(/\/salvage(?!repository)|\/resetrepository/);
  });

  test('the stale-binding fix deletes only SSLCertificateSHA1Hash and restores it through the helpers', () => {
    const binding = fix('clear-stale-certificate-binding');
    expect(code(binding.scripts.apply)).toMatch(/Remove-ItemProperty[^\n]*'SSLCertificateSHA1Hash'/);
    expect(binding.scripts.backup).toMatch(/Save-RdpRegistryValue/);
    expect(binding.scripts.rollback).toMatch(/Restore-RdpRegistryValue/);
  });

  test('the evidence check never reports NeedsFix', () => {
    const diagnose = fix('collect-rdp-evidence').scripts.diagnose;
    expect(diagnose).toMatch(/NeedsFix = \$false/);
    expect(diagnose).not.toMatch(/NeedsFix = \$true|\$needsFix/);
  });
});
