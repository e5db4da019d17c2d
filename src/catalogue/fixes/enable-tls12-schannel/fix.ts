import { defineFix } from '../../define-fix';
import { sources } from '../../sources';
import apply from './apply.ps1?raw';
import backup from './backup.ps1?raw';
import diagnose from './diagnose.ps1?raw';
import rollback from './rollback.ps1?raw';

export default defineFix({
  id: 'enable-tls12-schannel',
  aliases: [],
  kind: 'fix',
  title: 'Turn TLS 1.2 back on in Schannel',
  summary:
    'Re-enables TLS 1.2 for the Schannel server or client role where a hardening setting left it disabled (Enabled = 0) or disabled by default (DisabledByDefault non-zero). It never turns TLS 1.0 or 1.1 back on.',
  noun: 'RdpTls12Protocol',
  causes: ['tls-protocol-mismatch'],
  risk: 'medium',
  restartsServices: [],
  needsReboot: true,
  dropsSession: false,
  runsOn: 'host',
  parameters: [],
  changes: [
    'For each of SCHANNEL\\Protocols\\TLS 1.2\\Server and \\Client that is explicitly off: sets Enabled to 1 and DisabledByDefault to 0.',
    'Creates no key: a missing key means the OS default and is left as it is.',
  ],
  steps: [
    {
      id: 'run-diagnose',
      text: 'Run the script in Diagnose mode on the host: it reads the TLS 1.2 Server and Client keys and lists Schannel event 36871 from the last 7 days.',
    },
    {
      id: 'check-baseline',
      text: 'If a hardening baseline or GPO turned TLS 1.2 off on purpose, fix it there; otherwise the setting comes back.',
    },
    { id: 'run-whatif', text: 'Run the Fix script with -WhatIf and read which values it would set.' },
    {
      id: 'run-fix',
      text: 'Run the Fix script. It saves the values and keys, then changes only the roles that are off.',
    },
    { id: 'reboot', text: 'Reboot the host in a maintenance window: Schannel settings take effect after a restart.' },
    {
      id: 'check-client',
      text: 'If the client is the side without TLS 1.2, run the same check on the client. Do not turn TLS 1.0 or 1.1 back on as a workaround.',
    },
  ],
  verify:
    'After the reboot, Diagnose mode reports TLS 1.2 (Server) and (Client) as enabled or not configured, no new Schannel 36871 events appear, and a new connection succeeds.',
  version: 4,
  changelog: [
    {
      version: 4,
      date: '2026-12-02',
      summary:
        'Its diagnosis now also reports machine-readable evidence for the selector: the TLS 1.2 server and client registry values.',
    },
    { version: 3, date: '2026-12-02', summary: 'Its rollback prompt names the computer.' },
    {
      version: 2,
      date: '2026-12-01',
      summary:
        'Summary: tells "disabled" (Enabled = 0) apart from "disabled by default" (DisabledByDefault non-zero), as the script already did. The PowerShell is unchanged.',
    },
    { version: 1, date: '2026-11-23', summary: 'First published.' },
  ],
  sources: [sources.tlsRegistry, sources.eventIdArticle],
  scripts: { diagnose, backup, apply, rollback },
});
