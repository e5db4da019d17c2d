import { defineFix } from '../../define-fix';
import { authSources } from '../../sources-authentication';
import diagnose from './diagnose.ps1?raw';

export default defineFix({
  id: 'check-tls-cipher-suites',
  aliases: [],
  kind: 'diagnostic',
  title: 'Check the TLS cipher suite order on the host',
  summary:
    'Reads the SSL Cipher Suite Order policy and the local suite list, counts the suites Windows has enabled, and lists Schannel event 36874 (no cipher suite in common). It changes nothing: the list is set by the policy that hardened it.',
  noun: 'RdpCipherSuite',
  causes: ['cipher-suite-mismatch'],
  risk: 'low',
  restartsServices: [],
  needsReboot: false,
  dropsSession: false,
  runsOn: 'host',
  parameters: [],
  changes: [],
  steps: [
    { id: 'run-check', text: 'Run the check on the host as Administrator, right after a failed connection.' },
    {
      id: 'read-policy',
      text: 'If the SSL Cipher Suite Order policy is set and has no TLS 1.2 RSA suite, the host’s RSA certificate cannot be used with a TLS 1.2 client.',
    },
    {
      id: 'change-gpo',
      text: 'Change the policy where it is set (usually a domain GPO): set it to Not configured, or add TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 and TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256. Do not re-enable TLS 1.0 or 1.1 instead.',
    },
    { id: 'restart', text: 'Restart the host: Schannel reads the list when it starts.' },
  ],
  verify: 'After the policy change and a restart, the check lists a TLS 1.2 RSA suite and no new event 36874.',
  version: 2,
  changelog: [
    {
      version: 2,
      date: '2026-12-03',
      summary:
        'The evidence block now says the cause is proven by a policy without an RSA TLS 1.2 suite or by Schannel event 36874, and ruled out only when neither is seen and no policy narrows the default list; otherwise unknown (before, a found fault read as ruled out).',
    },
    { version: 1, date: '2026-12-02', summary: 'First published.' },
  ],
  sources: [authSources.internalErrorWindowsServer, authSources.manageTls, authSources.avdCipherReport],
  scripts: { diagnose, backup: '', apply: '', rollback: '' },
});
