import { defineFix } from '../../define-fix';
import { sources } from '../../sources';
import apply from './apply.ps1?raw';
import backup from './backup.ps1?raw';
import diagnose from './diagnose.ps1?raw';
import rollback from './rollback.ps1?raw';

export default defineFix({
  id: 'disable-client-udp',
  aliases: [],
  kind: 'fix',
  title: 'Turn off UDP on the Remote Desktop client (workaround)',
  summary:
    'A workaround for sessions that drop with 2308 (0x904) on an unstable network: sets the "Turn Off UDP On Client" policy value (fClientDisableUDP) so the client uses TCP only. The value comes from community guides, not from a Microsoft page; the linked report changed the server-side transport policy instead.',
  noun: 'RdpClientUdp',
  causes: ['unstable-network-udp'],
  risk: 'low',
  restartsServices: [],
  needsReboot: false,
  dropsSession: false,
  runsOn: 'client',
  parameters: [],
  changes: [
    'Sets fClientDisableUDP = 1 under HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services\\Client (creating the key if needed).',
  ],
  steps: [
    {
      id: 'check-pattern',
      text: 'Use this only when established sessions drop (client event 1026 with reason 2308), not when the first connection fails with 0x904 / 0x7.',
    },
    { id: 'run-diagnose', text: 'Run the script in Diagnose mode on the client computer and read the current value.' },
    { id: 'run-fix', text: 'Run the Fix script on the client. It saves the value, then sets fClientDisableUDP to 1.' },
    {
      id: 'reconnect',
      text: 'Close every Remote Desktop Connection window and connect again, then watch whether sessions still drop.',
    },
    {
      id: 'undo-later',
      text: 'Once the network path is fixed, run the rollback.ps1 the run wrote, so the client can use UDP again.',
    },
  ],
  verify:
    'Diagnose mode reports fClientDisableUDP = 1, and sessions from this client no longer drop with 2308 (0x904) on the same network.',
  version: 2,
  changelog: [
    {
      version: 2,
      date: '2026-12-01',
      summary:
        'Summary and sources: fClientDisableUDP comes from community guides, not from the linked pages; dropped the RDP-properties page, which does not cover it. The PowerShell is unchanged.',
    },
    { version: 1, date: '2026-11-23', summary: 'First published.' },
  ],
  // No linked page documents fClientDisableUDP: community guides (a Devolutions help page, a hosting
  // provider's guide) use it, and their addresses were not available (rdp-facts.md §3.11). The report
  // below fixed 2308 drops with the server-side "Select RDP transport protocols" policy; the ports page
  // shows that RDP uses UDP 3389 as well as TCP.
  sources: [sources.transportPolicyReport, sources.portsUsedByRds],
  scripts: { diagnose, backup, apply, rollback },
});
