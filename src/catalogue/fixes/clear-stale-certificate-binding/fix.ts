import { defineFix } from '../../define-fix';
import { sources } from '../../sources';
import apply from './apply.ps1?raw';
import backup from './backup.ps1?raw';
import diagnose from './diagnose.ps1?raw';
import rollback from './rollback.ps1?raw';

export default defineFix({
  id: 'clear-stale-certificate-binding',
  aliases: [],
  kind: 'fix',
  title: 'Clear a stale RDP certificate binding',
  summary:
    'When SSLCertificateSHA1Hash names a certificate that no longer exists, deletes that value so the RDP listener falls back to its self-signed certificate, as Microsoft documents, then restarts Remote Desktop Services.',
  noun: 'RdpCertificateBinding',
  causes: ['certificate-binding-mismatch'],
  risk: 'medium',
  // No Microsoft source says which restart makes the listener drop a deleted binding: the Event-ID article
  // stops at deleting the value. TermService owns the RDP-Tcp listener and its settings, and Microsoft's
  // general troubleshooting article restarts it after listener registry changes (PortNumber), so this
  // restarts TermService rather than relying on an undocumented live reload.
  restartsServices: ['TermService'],
  needsReboot: false,
  dropsSession: true,
  runsOn: 'host',
  parameters: [],
  changes: [
    'Deletes the value SSLCertificateSHA1Hash under HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp, only when its thumbprint matches no certificate in the Personal or Remote Desktop store.',
    'Restarts Remote Desktop Services (TermService), which ends every RDP session on the host.',
  ],
  steps: [
    {
      id: 'run-diagnose',
      text: 'Run the script in Diagnose mode and read which thumbprint the listener is bound to and whether that certificate exists.',
    },
    {
      id: 'rebind-instead',
      text: 'If you renewed the certificate and want to keep using a custom one, bind the new thumbprint instead of running this fix.',
    },
    {
      id: 'plan-restart',
      text: 'Run the fix from the console or a remote PowerShell session: restarting TermService ends every RDP session, including yours.',
    },
    { id: 'run-fix', text: 'Run the Fix script. It saves the value, deletes it, and restarts TermService.' },
    {
      id: 'check-fallback',
      text: 'Check that the Remote Desktop store holds a valid self-signed certificate; if not, run the "Regenerate the RDP self-signed certificate" fix.',
    },
  ],
  verify:
    'Diagnose mode reports no SSLCertificateSHA1Hash value (or one that matches an existing certificate), and a new connection succeeds, showing the self-signed certificate to the client.',
  version: 3,
  changelog: [
    {
      version: 3,
      date: '2026-12-02',
      summary:
        'A missing Remote Desktop certificate store (normal where RDP was never used) no longer makes the check fail. Its confirmation prompt names the computer. Under -Confirm, removing the binding asks once.',
    },
    {
      version: 2,
      date: '2026-11-23',
      summary:
        'Diagnose now reads a REG_BINARY binding correctly, so a binding to an existing certificate is no longer taken for a malformed one and deleted.',
    },
    { version: 1, date: '2026-11-23', summary: 'First published.' },
  ],
  sources: [
    sources.eventIdArticle,
    sources.listenerCertificate,
    sources.tsGeneralSetting,
    sources.generalTroubleshooting,
  ],
  scripts: { diagnose, backup, apply, rollback },
});
