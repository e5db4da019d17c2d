import { defineFix } from '../../define-fix';
import { sources } from '../../sources';
import { reachabilitySources as r } from '../../sources-reachability';
import diagnose from './diagnose.ps1?raw';

export default defineFix({
  id: 'check-rdp-certificate-identity',
  aliases: [],
  kind: 'diagnostic',
  title: 'Check which name and issuer the RDP certificate presents',
  summary:
    'Reads the certificate the RDP listener is bound to: the name it is issued to, whether it is self-signed and in date, and whether it matches this computer’s name or FQDN, so you can tell a name mismatch, an untrusted or expired certificate and a renamed computer apart. Changes nothing, and never installs trust.',
  noun: 'RdpCertificateIdentity',
  // certificate-binding-mismatch: the check reports it when the bound certificate is in no store, and the selector
  // refuses evidence whose decision names a cause the fix does not list.
  causes: [
    'certificate-name-mismatch',
    'certificate-untrusted-or-expired',
    'computer-renamed-certificate',
    'certificate-binding-mismatch',
  ],
  risk: 'low',
  restartsServices: [],
  needsReboot: false,
  dropsSession: false,
  runsOn: 'host',
  parameters: [],
  changes: [],
  steps: [
    { id: 'run-diagnose', text: 'Run the check on the host as Administrator and read the name on the certificate.' },
    {
      id: 'compare-name',
      text: 'Compare that name with what the client types: a short name, an IP address or an alias does not match a certificate issued to the FQDN.',
    },
    {
      id: 'renamed',
      text: 'If the self-signed certificate names an old computer name, run the regenerate fix: Windows makes a new one with the current name.',
    },
    {
      id: 'trust',
      text: 'If only the issuer is untrusted, get a certificate from a CA the clients trust (for example the Group Policy certificate template); do not tell users to click through, and do not install trust by script.',
    },
  ],
  verify:
    'The check reports a certificate in date whose name matches the name clients use, and the client connects without the identity warning.',
  version: 2,
  changelog: [
    {
      version: 2,
      date: '2026-12-03',
      summary:
        'The evidence block now says the cause it reports is proven (missing, expired or misnamed certificate) or unknown (trust and the name clients type are decided on the client); before, a found fault read as ruled out. It now lists the stale-binding cause it reports, which made the selector refuse its evidence.',
    },
    { version: 1, date: '2026-12-02', summary: 'First published.' },
  ],
  sources: [r.certificateErrors, r.cannotVerifyIdentity, sources.listenerCertificate, sources.tsGeneralSetting],
  scripts: { diagnose, backup: '', apply: '', rollback: '' },
});
