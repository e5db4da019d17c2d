import { defineFix } from '../../define-fix';
import { sources } from '../../sources';
import apply from './apply.ps1?raw';
import backup from './backup.ps1?raw';
import diagnose from './diagnose.ps1?raw';
import rollback from './rollback.ps1?raw';

export default defineFix({
  id: 'regenerate-rdp-certificate',
  aliases: ['renew-rdp-certificate'],
  kind: 'fix',
  title: 'Regenerate the RDP self-signed certificate',
  summary:
    'Deletes an expired, key-less or orphaned self-signed certificate, or one that still carries the name the computer had before it was renamed, from the Remote Desktop store and restarts the Remote Desktop Configuration service (SessionEnv), which creates a new one. Rollback only removes the new certificate: the old one is not re-imported, because its key was most likely replaced.',
  noun: 'RdpSelfSignedCertificate',
  causes: ['self-signed-certificate', 'computer-renamed-certificate'],
  risk: 'medium',
  restartsServices: ['SessionEnv'],
  needsReboot: false,
  dropsSession: false,
  runsOn: 'host',
  parameters: [],
  changes: [
    'Deletes each certificate in Cert:\\LocalMachine\\Remote Desktop that has expired, has no private key, is orphaned (its key container is gone from MachineKeys), or is issued to another name than the computer’s (a computer renamed after the certificate was made), only when the listener uses the self-signed certificate (SSLCertificateSHA1HashType 1). The key file itself is kept.',
    'Restarts the Remote Desktop Configuration service (SessionEnv), which creates a new self-signed certificate.',
  ],
  steps: [
    {
      id: 'check-events',
      text: 'Run the script in Diagnose mode and note events 1057 or 1058 (RemoteConnectionManager) and Schannel 36870.',
    },
    {
      id: 'check-custom',
      text: 'If the diagnosis says a custom certificate is bound, stop here and use the private-key fix instead.',
    },
    { id: 'run-whatif', text: 'Run the Fix script with -WhatIf and read which certificates it would delete.' },
    {
      id: 'run-fix',
      text: 'Run the Fix script. It backs up the store, deletes the broken certificate and restarts SessionEnv.',
    },
    {
      id: 'check-new-cert',
      text: 'Check that a new certificate with a future expiry date is in the Remote Desktop store.',
    },
    {
      id: 'if-missing',
      text: 'If no certificate appears, restart TermService with -Force from the console (it ends every session) and check again; only if it is still missing, repair the MachineKeys permissions and run this fix again.',
    },
  ],
  verify:
    "Get-ChildItem 'Cert:\\LocalMachine\\Remote Desktop' lists a certificate whose NotAfter is in the future and HasPrivateKey is True, and a new connection no longer fails with 0x904 / 0x7.",
  version: 6,
  changelog: [
    {
      version: 6,
      date: '2026-12-03',
      summary:
        'Also replaces a self-signed certificate that still carries the name the computer had before it was renamed (Windows keeps it after a rename, so clients that use the new name see a name mismatch); a certificate issued to the computer’s FQDN is left alone. Its evidence reports that state as "renamed".',
    },
    {
      version: 5,
      date: '2026-12-02',
      summary:
        'Its diagnosis now also reports machine-readable evidence for the selector: the listener certificate type, the self-signed certificate state (ok, expired, no private key, orphaned, empty, absent) and the status text of events 1057/1058.',
    },
    {
      version: 4,
      date: '2026-12-02',
      summary:
        'Also finds an orphaned self-signed certificate (its key container is gone; the state behind events 1057/1058), and leaves a Group Policy template certificate (SSLCertificateSHA1HashType 2) alone instead of deleting certificates and restarting SessionEnv, which could start an unplanned CA enrollment. Rollback no longer re-imports the old certificate (its key was most likely replaced, so it could not work); it only removes the new one. The backup no longer uses Export-Certificate, so it works the same in PowerShell 7. A certificate whose key is a CNG key (in Crypto\\Keys rather than MachineKeys) is no longer taken for orphaned and deleted. Under -Confirm, deleting a certificate asks once, naming the computer.',
    },
    {
      version: 3,
      date: '2026-12-01',
      summary:
        'Steps: when no certificate comes back after SessionEnv, restart TermService before repairing MachineKeys (Microsoft articles differ on which service recreates it).',
    },
    {
      version: 2,
      date: '2026-11-23',
      summary:
        'Rollback now reads its list of saved certificates correctly in Windows PowerShell 5.1 when there are several.',
    },
    { version: 1, date: '2026-11-23', summary: 'First published.' },
  ],
  sources: [sources.eventIdArticle, sources.internalErrorArticle, sources.generalTroubleshooting],
  scripts: { diagnose, backup, apply, rollback },
});
