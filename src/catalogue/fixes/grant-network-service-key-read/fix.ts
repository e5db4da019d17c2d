import { defineFix } from '../../define-fix';
import { sources } from '../../sources';
import apply from './apply.ps1?raw';
import backup from './backup.ps1?raw';
import diagnose from './diagnose.ps1?raw';
import rollback from './rollback.ps1?raw';

export default defineFix({
  id: 'grant-network-service-key-read',
  aliases: [],
  kind: 'fix',
  title: 'Let NETWORK SERVICE read the RDP certificate private key',
  summary:
    'For a custom certificate bound to the RDP listener, grants NETWORK SERVICE (the account Remote Desktop Services runs as) Read on the private key file, as Microsoft documents, then restarts Remote Desktop Services.',
  noun: 'RdpCertificateKeyAccess',
  causes: ['private-key-access'],
  risk: 'medium',
  restartsServices: ['TermService'],
  needsReboot: false,
  dropsSession: true,
  runsOn: 'host',
  parameters: ['CertificateThumbprint'],
  changes: [
    'Adds one entry to the private key file of the certificate (in %ProgramData%\\Microsoft\\Crypto\\RSA\\MachineKeys or \\Crypto\\Keys): NETWORK SERVICE (S-1-5-20) Read. Never Full Control.',
    'Restarts Remote Desktop Services (TermService), which ends every RDP session on the host.',
  ],
  steps: [
    {
      id: 'run-diagnose',
      text: 'Run the script in Diagnose mode. It checks the certificate bound to the listener (SSLCertificateSHA1HashType 3); a thumbprint, if you enter one, must be that certificate, or nothing is changed.',
    },
    {
      id: 'check-self-signed',
      text: 'If the diagnosis says the listener uses the self-signed certificate, this fix does not apply: repair MachineKeys and regenerate the certificate instead.',
    },
    {
      id: 'check-key-file',
      text: 'Check the key file path the diagnosis prints. If no key file was found (TPM, HSM, smart card), use Manage Private Keys in the Certificates console.',
    },
    {
      id: 'plan-restart',
      text: 'Run the fix from the console or a remote PowerShell session: restarting TermService ends every RDP session, including yours.',
    },
    {
      id: 'run-fix',
      text: 'Run the Fix script. It saves the key ACLs with `icacls /save`, grants Read, and restarts TermService.',
    },
  ],
  verify:
    'Diagnose mode reports that NETWORK SERVICE can read the private key, no new Schannel event 36870 appears, and a new connection succeeds.',
  version: 3,
  changelog: [
    {
      version: 3,
      date: '2026-12-02',
      summary:
        "The backup saves only the key file of the certificate bound to the listener, instead of opening every certificate's key: an unreadable key of another certificate no longer stops the run, and HSM or TPM keys are not touched. Its prompts name the computer.",
    },
    {
      version: 2,
      date: '2026-12-01',
      summary:
        'Works only on the certificate the RDP listener is bound to: a thumbprint naming any other certificate changes nothing (a mistyped or hostile one could otherwise expose another private key to NETWORK SERVICE). Rollback refuses a backup naming anything but a key file in the two key folders.',
    },
    { version: 1, date: '2026-11-23', summary: 'First published.' },
  ],
  sources: [
    sources.listenerCertificate,
    sources.keyStorage,
    sources.icacls,
    sources.tsGeneralSetting,
    sources.eventIdArticle,
  ],
  scripts: { diagnose, backup, apply, rollback },
});
