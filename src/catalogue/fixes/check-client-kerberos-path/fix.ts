import { defineFix } from '../../define-fix';
import { authSources } from '../../sources-authentication';
import diagnose from './diagnose.ps1?raw';

export default defineFix({
  id: 'check-client-kerberos-path',
  aliases: [],
  kind: 'diagnostic',
  title: 'Check the client’s Kerberos and NTLM path (by name vs by IP)',
  summary:
    'On the client, reads whether Kerberos is tried for IP addresses (TryIPSPN), whether outgoing NTLM is restricted, and whether the client is a domain member, to explain why a connection works by IP address but not by name, or the reverse. It changes nothing.',
  noun: 'RdpKerberosPath',
  causes: ['client-kerberos-name-path'],
  risk: 'low',
  restartsServices: [],
  needsReboot: false,
  dropsSession: false,
  runsOn: 'client',
  parameters: [],
  changes: [],
  steps: [
    {
      id: 'compare',
      text: 'Connect once by the host’s full DNS name and once by its IP address, and note which one fails.',
    },
    { id: 'run-check', text: 'Run the check on the client computer as Administrator.' },
    {
      id: 'name-fails',
      text: 'If only the name fails, the Kerberos path is broken: check that the name resolves to this host, that its TERMSRV SPN is not on another account, and that both clocks agree.',
    },
    {
      id: 'ip-fails',
      text: 'If only the IP address fails and outgoing NTLM is denied, connect by name: that is what the NTLM restriction is for.',
    },
  ],
  verify: 'The connection by the host’s DNS name succeeds with NLA still required.',
  version: 2,
  changelog: [
    {
      version: 2,
      date: '2026-12-03',
      summary:
        'The evidence block now says the cause is proven when outgoing NTLM is denied and unknown otherwise (before, it always read as ruled out).',
    },
    { version: 1, date: '2026-12-02', summary: 'First published.' },
  ],
  sources: [authSources.kerberosOverIp, authSources.restrictNtlmOutgoing],
  scripts: { diagnose, backup: '', apply: '', rollback: '' },
});
