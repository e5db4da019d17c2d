import { defineFix } from '../../define-fix';
import { reachabilitySources as r } from '../../sources-reachability';
import diagnose from './diagnose.ps1?raw';

export default defineFix({
  id: 'test-rdp-reachability',
  aliases: [],
  kind: 'diagnostic',
  title: 'Test whether this client can reach the host’s RDP port',
  summary:
    'Run on the client: resolves the host name, shows which interface (VPN or not) the traffic takes, and opens one TCP connection to the RDP port with a 5-second limit, without ping. Tells a wrong name, a missing route, a refused port and a silent drop apart. Changes nothing.',
  noun: 'RdpReachability',
  causes: ['name-resolution', 'host-unreachable', 'network-path', 'listener-firewall-port', 'rdp-custom-port'],
  risk: 'low',
  restartsServices: [],
  needsReboot: false,
  dropsSession: false,
  runsOn: 'client',
  parameters: ['TargetHost', 'RdpPort'],
  changes: [],
  steps: [
    {
      id: 'run-on-client',
      text: 'Run the check on the client that fails, with the host name exactly as you type it in the Remote Desktop client, and the port (3389 unless the host uses another).',
    },
    {
      id: 'read-name',
      text: 'If the name does not resolve, or resolves to an address the host does not have, fix the name or DNS record, or connect by IP address to confirm.',
    },
    {
      id: 'read-route',
      text: 'If the traffic does not leave through the VPN adapter you expect, connect the VPN or ask for the host’s subnet to be routed through it (split tunnel).',
    },
    {
      id: 'read-tcp',
      text: 'Refused: the host is up but nothing listens on that port or its firewall rejects it; run the listener check on the host. No answer: the host is off or asleep, or something drops the traffic; test from a machine on the host’s network.',
    },
  ],
  verify:
    'The check reports that TCP to the host’s port answered; the Remote Desktop client then gets past "can’t connect" to the certificate or sign-in step.',
  version: 2,
  changelog: [
    {
      version: 2,
      date: '2026-12-03',
      summary:
        'The evidence block now says the cause it reports is proven (name does not resolve, refused, no path, no answer), ruled out when the port answers, and unknown when nothing was tested (before, a found fault read as ruled out).',
    },
    { version: 1, date: '2026-12-02', summary: 'First published.' },
  ],
  sources: [r.cannotConnect, r.resolveDnsName, r.findNetRoute, r.tcpClientConnectAsync, r.testNetConnection],
  scripts: { diagnose, backup: '', apply: '', rollback: '' },
});
