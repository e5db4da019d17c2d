/**
 * The second batch of catalogue entries: schema, and every .ps1 parsed by the PowerShell grammar with
 * the commands each one invokes listed (printed for review, and checked against rules that matter for
 * these fixes in particular).
 */
import { describe, expect, test } from 'vitest';
import checkSessionBroker from '../../src/catalogue/fixes/check-session-broker/fix';
import disableClientUdp from '../../src/catalogue/fixes/disable-client-udp/fix';
import enableRdpFirewallRules from '../../src/catalogue/fixes/enable-rdp-firewall-rules/fix';
import enableTls12Schannel from '../../src/catalogue/fixes/enable-tls12-schannel/fix';
import restoreRdpSecurityLayer from '../../src/catalogue/fixes/restore-rdp-security-layer/fix';
import setCredsspOraclePolicy from '../../src/catalogue/fixes/set-credssp-oracle-policy/fix';
import startRdpServices from '../../src/catalogue/fixes/start-rdp-services/fix';
import { FixSchema } from '../../src/catalogue/schema';
import { parsePowerShell } from '../support/powershell-parser';

const batch = [
  restoreRdpSecurityLayer,
  enableTls12Schannel,
  setCredsspOraclePolicy,
  startRdpServices,
  enableRdpFirewallRules,
  disableClientUdp,
  checkSessionBroker,
];
const files = ['diagnose', 'backup', 'apply', 'rollback'] as const;
const scripts = batch.flatMap((fix) =>
  files.filter((file) => fix.scripts[file].trim()).map((file) => ({ name: `${fix.id}/${file}.ps1`, fix, file })),
);
/** Commands that change the machine; diagnose.ps1 must call none of them. */
const WRITERS =
  /^(Set|New|Remove|Enable|Disable|Start|Stop|Restart|Save|Restore|Import|Export|Rename|Clear)-|^(reg|icacls|takeown|sc|net|netsh)$/i;

describe('fixes batch B: data', () => {
  test.each(batch.map((fix) => [fix.id, fix] as const))('%s matches the schema', (_id, fix) => {
    const result = FixSchema.safeParse(fix);
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  });
  test('the folder name is the id', () => {
    const ids = batch.map((fix) => fix.id);
    expect(ids).toEqual([
      'restore-rdp-security-layer',
      'enable-tls12-schannel',
      'set-credssp-oracle-policy',
      'start-rdp-services',
      'enable-rdp-firewall-rules',
      'disable-client-udp',
      'check-session-broker',
    ]);
  });
  test('a fix that allows the Vulnerable CredSSP level is high risk', () => {
    for (const fix of batch) if (fix.parameters.some((p) => p === 'OracleLevel')) expect(fix.risk).toBe('high');
  });
});

describe('fixes batch B: PowerShell', () => {
  test.each(scripts.map((s) => [s.name, s] as const))('%s parses and defines its function', async (name, s) => {
    const parsed = await parsePowerShell(s.fix.scripts[s.file]);
    console.log(`${name}: ${parsed.commands.join(', ')}`);
    expect(parsed.errors).toEqual([]);
    const expected = { diagnose: 'Get-%Finding', backup: 'Backup-%', apply: 'Repair-%', rollback: 'Restore-%' }[s.file];
    expect(parsed.functions).toEqual([expected.replace('%', s.fix.noun)]);
  });

  test.each(scripts.filter((s) => s.file === 'diagnose').map((s) => [s.name, s] as const))(
    '%s is read-only',
    async (_name, s) => {
      const { commands } = await parsePowerShell(s.fix.scripts.diagnose);
      expect(commands.filter((c) => WRITERS.test(c))).toEqual([]);
    },
  );

  test('the security layer is never set to 0 (RDP layer)', () => {
    // Repair- writes the diagnosis's TargetLayer, which is only ever the chosen layer (1 or 2) or Negotiate (1).
    const text = restoreRdpSecurityLayer.scripts.apply;
    expect(text).toMatch(/Set-RdpRegistryValue[^\n]*'SecurityLayer' -Value \(\[int\]\$finding\.TargetLayer\)/);
    const diagnose = restoreRdpSecurityLayer.scripts.diagnose;
    expect([...diagnose.matchAll(/\$targetLayer = (\S+)/g)].map((m) => m[1])).toEqual(['$null', '$wanted', '1', '2']);
    expect(diagnose).not.toMatch(/\$wanted = 0/);
  });

  test('firewall rules are addressed by Name, never by group or display name', () => {
    const all = files.map((f) => enableRdpFirewallRules.scripts[f]).join('\n');
    expect(all).not.toMatch(/-(Display)?Group\b|-DisplayName\b/);
    expect(all).toMatch(/RemoteDesktop-UserMode-In-TCP/);
  });

  test('TLS 1.0 and 1.1 are never switched on', () => {
    const code = enableTls12Schannel.scripts.apply
      .split('\n')
      .filter((line) => !line.trim().startsWith('#'))
      .join('\n');
    expect(code).toMatch(/TLS 1\.2/);
    expect(code).not.toMatch(/TLS 1\.[013]/);
  });

  test('the services fix never restarts Remote Desktop Services', () => {
    const all = files.map((f) => startRdpServices.scripts[f]).join('\n');
    expect(all).not.toMatch(/Restart-Service/);
  });

  test('the CredSSP fix warns whenever it may set Vulnerable', () => {
    expect(setCredsspOraclePolicy.scripts.apply).toMatch(/Write-Warning/);
  });
});
