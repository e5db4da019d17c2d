import { defineFix } from '../../define-fix';
import { authSources } from '../../sources-authentication';
import diagnose from './diagnose.ps1?raw';

export default defineFix({
  id: 'check-domain-secure-channel',
  aliases: [],
  kind: 'diagnostic',
  title: 'Check the host’s domain controller path for NLA',
  summary:
    'Reads whether NLA is required, whether the host is a domain member that can locate a domain controller in DNS, whether its secure channel is healthy, and whether it is Microsoft Entra joined. It changes nothing; repairing the secure channel needs domain credentials.',
  noun: 'RdpDomainSecureChannel',
  causes: ['nla-domain-controller-unreachable', 'entra-joined-host', 'client-credssp-disabled'],
  risk: 'low',
  restartsServices: [],
  needsReboot: false,
  dropsSession: false,
  runsOn: 'host',
  parameters: [],
  changes: [],
  steps: [
    {
      id: 'run-check',
      text: 'Run the check on the host in Windows PowerShell 5.1 (powershell.exe), as Administrator: Test-ComputerSecureChannel exists only there.',
    },
    {
      id: 'read-nla',
      text: 'If NLA is required and the host is a domain member, a domain account is checked against a domain controller before the session starts.',
    },
    {
      id: 'dns-first',
      text: 'If DNS returns no _ldap._tcp.dc._msdcs SRV record, fix the host’s DNS servers first: without them it cannot find any domain controller.',
    },
    {
      id: 'repair-channel',
      text: 'If the secure channel is broken, run `Test-ComputerSecureChannel -Repair -Credential (Get-Credential)` on the host with an account allowed to reset its computer account. A local administrator can still sign in while you do.',
    },
    {
      id: 'entra',
      text: 'If the host is Microsoft Entra joined, connect by its name with “Use a web account to sign in to the remote computer” and sign in as user@domain.',
    },
  ],
  verify:
    'The check reports a healthy secure channel and at least one domain controller in DNS, and a domain account connects with NLA still required.',
  version: 2,
  changelog: [
    {
      version: 2,
      date: '2026-12-03',
      summary:
        'The evidence block now says the cause is proven by a missing domain controller record or a broken secure channel, ruled out off the domain or with both healthy, and unknown when the channel could not be tested (before, it always read as ruled out).',
    },
    { version: 1, date: '2026-12-02', summary: 'First published.' },
  ],
  sources: [
    authSources.nlaAuthErrors,
    authSources.testComputerSecureChannel,
    authSources.dcLocatorDns,
    authSources.resolveDnsName,
    authSources.dsregcmd,
    authSources.entraJoinedRdp,
  ],
  scripts: { diagnose, backup: '', apply: '', rollback: '' },
});
