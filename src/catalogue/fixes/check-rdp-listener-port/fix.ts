import { defineFix } from '../../define-fix';
import { sources } from '../../sources';
import { reachabilitySources as r } from '../../sources-reachability';
import diagnose from './diagnose.ps1?raw';

export default defineFix({
  id: 'check-rdp-listener-port',
  aliases: [],
  kind: 'diagnostic',
  title: 'Check the RDP listener port, its owner and its firewall rule',
  summary:
    'Reads which TCP port the RDP-Tcp listener uses (PortNumber), whether Remote Desktop Services listens there or another program holds it, and whether the effective firewall policy allows it, so you know to connect to host:port. Changes nothing.',
  noun: 'RdpListenerPort',
  causes: ['rdp-custom-port', 'rdp-listener-disabled', 'listener-firewall-port'],
  risk: 'low',
  restartsServices: [],
  needsReboot: false,
  dropsSession: false,
  runsOn: 'host',
  parameters: ['RdpPort'],
  changes: [],
  steps: [
    {
      id: 'run-diagnose',
      text: 'Run the check on the host as Administrator, with the port the clients use (3389 unless you know otherwise).',
    },
    {
      id: 'use-host-port',
      text: 'If the listener uses another port, connect to host:port (for example `rdsh-01:3390`) and make sure each firewall on the way allows that port.',
    },
    {
      id: 'port-owner',
      text: 'If another program holds the port, move that program to another port (Microsoft’s recommendation), then start Remote Desktop Services again.',
    },
    {
      id: 'change-back-by-hand',
      text: 'This check never changes PortNumber: moving it back changes how every client connects and needs a restart of Remote Desktop Services. Do it by hand only if the custom port was a mistake.',
    },
  ],
  verify: 'A TCP test from the client to host:port succeeds, and the check reports TermService listening on that port.',
  version: 2,
  changelog: [
    {
      version: 2,
      date: '2026-12-03',
      summary:
        'The evidence block now says the cause it reports is proven (custom port, nothing listening, port taken, no firewall rule) and rules out a custom port only for a healthy listener on the expected port; before, a found fault read as ruled out.',
    },
    { version: 1, date: '2026-12-02', summary: 'First published.' },
  ],
  sources: [r.cannotConnect, r.changeListeningPort, r.getNetTcpConnection, sources.generalTroubleshooting],
  scripts: { diagnose, backup: '', apply: '', rollback: '' },
});
