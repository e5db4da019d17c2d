import { defineFix } from '../../define-fix';
import { sources } from '../../sources';
import diagnose from './diagnose.ps1?raw';

export default defineFix({
  id: 'collect-rdp-evidence',
  aliases: [],
  kind: 'diagnostic',
  title: 'Collect RDP evidence on the host',
  summary:
    'Reads, without changing anything, the evidence that tells the causes of 0x904 / 0x7 apart: services, listener port, effective security settings, certificates, and the RDP and Schannel events of the last 7 days.',
  noun: 'RdpEvidence',
  causes: [
    'rdp-services-stopped',
    'listener-firewall-port',
    'certificate-binding-mismatch',
    'private-key-access',
    'self-signed-certificate',
    'machinekeys-permissions',
    'tls-protocol-mismatch',
    'security-layer-mismatch',
    'credssp-oracle-mismatch',
    'wmi-repository',
  ],
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
      text: 'Run the script in Diagnose mode on the host the client cannot connect to, right after a failed connection.',
    },
    { id: 'read-lines', text: 'Read the findings: each line that points to a cause ends with "-> <cause id>".' },
    {
      id: 'network-first',
      text: 'If no RdpCoreTS event 131 was logged, connections never reached the listener: look at the network, firewall and port first.',
    },
    {
      id: 'pick-fix',
      text: 'Open the guide of the cause the summary names and run its fix in Diagnose mode to confirm it before changing anything.',
    },
  ],
  verify:
    'The script prints one line per piece of evidence and names the best-supported cause, or none; it changes nothing, so there is nothing to undo.',
  version: 4,
  changelog: [
    {
      version: 4,
      date: '2026-12-02',
      summary:
        'Its diagnosis now also reports machine-readable evidence for the selector (listener port, RDP firewall rule, CredSSP AllowEncryptionOracle) and says it proves no cause by itself.',
    },
    {
      version: 3,
      date: '2026-12-02',
      summary:
        'Names the three binding types (1 self-signed, 2 Group Policy template, 3 custom) and no longer blames the self-signed certificate when a template certificate is in use; reports an orphaned self-signed certificate (key container gone); a missing Remote Desktop store is reported as absent instead of failing the whole check. Reads service start types from Win32_Service (works on Server 2012 R2 with .NET 4.5.2). A certificate whose key is a CNG key (in Crypto\\Keys) is no longer reported as orphaned.',
    },
    {
      version: 2,
      date: '2026-11-23',
      summary:
        'Now reads the REG_BINARY SSLCertificateSHA1Hash correctly, so a binding to a certificate that no longer exists is reported.',
    },
    { version: 1, date: '2026-11-23', summary: 'First published.' },
  ],
  sources: [
    sources.eventIdArticle,
    sources.generalTroubleshooting,
    sources.tsGeneralSetting,
    sources.securityLayerPolicy,
    sources.tlsRegistry,
    sources.credssp,
    sources.firewallRule,
    sources.listenerCertificate,
  ],
  scripts: { diagnose, backup: '', apply: '', rollback: '' },
});
