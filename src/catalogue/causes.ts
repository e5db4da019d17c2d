/**
 * The causes of "0x904, extended 0x7" and what points to each. Guide pages live at `/causes/<id>/`.
 * Confidence says how firmly the sources tie the cause to this error pair (see rdp-facts.md §2.2).
 */
import { authenticationCauses } from './causes-authentication';
import { reachabilityCauses } from './causes-reachability';
import { defineCause } from './define-cause';
import { evidenceCauses } from './causes-evidence';
import { sources } from './sources';

export const causes = [
  defineCause({
    id: 'self-signed-certificate',
    title: 'RDP self-signed certificate missing, expired or corrupt',
    summary:
      'The listener has no usable TLS certificate: the self-signed one expired and could not be replaced, or could not be created at all.',
    evidence: [
      'System log, RemoteConnectionManager event 1057 or 1058',
      'System log, Schannel event 36870 (private key of the TLS server credential could not be read)',
      'Remote Desktop certificate store empty, expired, or without a private key',
      'Errors began after the computer was renamed',
    ],
    confidence: 'documented',
    sources: [sources.eventIdArticle, sources.internalErrorArticle],
  }),
  defineCause({
    id: 'machinekeys-permissions',
    title: 'MachineKeys folder permissions wrong',
    summary:
      'The permissions on C:\\ProgramData\\Microsoft\\Crypto\\RSA\\MachineKeys differ from the documented defaults, so the certificate private key cannot be created or read.',
    evidence: [
      'Events 1057/1058 with "Keyset does not exist" or "Access is denied"',
      'A regenerated certificate does not appear after restarting SessionEnv and then TermService',
      'The folder ACL differs from Administrators: Full Control and Everyone: special read/write, both "this folder only"',
    ],
    confidence: 'documented',
    sources: [sources.machineKeysDefaults, sources.eventIdArticle, sources.internalErrorArticle],
  }),
  defineCause({
    id: 'private-key-access',
    title: 'NETWORK SERVICE cannot read the private key of a custom certificate',
    summary:
      'A custom certificate is bound to the listener, but the Remote Desktop Services account (NETWORK SERVICE, S-1-5-20) has no Read access to its private key.',
    evidence: [
      'SSLCertificateSHA1HashType is 3 (custom certificate)',
      'Schannel event 36870',
      'The certificate was imported or renewed recently',
    ],
    confidence: 'documented',
    sources: [sources.listenerCertificate, sources.icacls],
  }),
  defineCause({
    id: 'certificate-binding-mismatch',
    title: 'Listener bound to a certificate that is not there',
    summary:
      'SSLCertificateSHA1Hash names a thumbprint that matches no certificate, for example after a certificate was renewed or deleted.',
    evidence: [
      'The thumbprint in SSLCertificateSHA1Hash matches no certificate in the Personal or Remote Desktop store',
      'A certificate was renewed, replaced or deleted shortly before the errors began',
    ],
    confidence: 'documented',
    sources: [sources.eventIdArticle, sources.listenerCertificate],
  }),
  defineCause({
    id: 'security-layer-mismatch',
    title: 'Security layer, NLA or encryption-level mismatch',
    summary:
      'The host requires a security layer, Network Level Authentication or an encryption level that the client cannot meet, often set by Group Policy.',
    evidence: [
      'SecurityLayer, UserAuthentication or MinEncryptionLevel differ from the defaults, or Group Policy sets them',
      'FIPS policy enabled (FIPSAlgorithmPolicy Enabled = 1)',
      'disabledomaincreds = 1',
      'Started after a hardening baseline or GPO change',
    ],
    confidence: 'documented',
    sources: [sources.authErrors, sources.tsGeneralSetting, sources.securityLayerPolicy],
  }),
  defineCause({
    id: 'tls-protocol-mismatch',
    title: 'TLS protocol version disabled or mismatched',
    summary:
      'Client and host share no enabled TLS version (often TLS 1.2 disabled, or only older versions left on one side), so the TLS handshake fails.',
    evidence: [
      'System log, Schannel event 36871 (fatal error creating a TLS server credential)',
      'SCHANNEL\\Protocols registry keys set by a hardening tool',
      'Started after a hardening baseline or OS upgrade',
    ],
    confidence: 'documented',
    sources: [sources.eventIdArticle, sources.authErrors, sources.tlsRegistry],
  }),
  defineCause({
    id: 'credssp-oracle-mismatch',
    title: 'CredSSP encryption-oracle mismatch',
    summary:
      'One side is missing the CVE-2018-0886 CredSSP update while the other enforces it. This usually shows its own "encryption oracle remediation" message, not 0x904.',
    evidence: [
      'The client names "CredSSP encryption oracle remediation" in its message',
      'AllowEncryptionOracle set under the CredSSP\\Parameters policy key',
      'One side has not been patched for a long time',
    ],
    confidence: 'documented',
    sources: [sources.credssp],
  }),
  defineCause({
    id: 'rdp-services-stopped',
    title: 'Remote Desktop services stopped or stuck',
    summary:
      'Remote Desktop Services (TermService) or its UserMode Port Redirector (UmRdpService) is not running, or one of them or Remote Desktop Configuration (SessionEnv) is disabled. A stopped TermService usually gives 0x204 rather than 0x904.',
    evidence: [
      'Get-Service TermService or UmRdpService does not show Running',
      'TermService, UmRdpService or SessionEnv has the start type Disabled',
      'The RDP-Tcp listener is missing',
    ],
    confidence: 'documented',
    sources: [sources.generalTroubleshooting, sources.restartService],
  }),
  defineCause({
    id: 'wmi-repository',
    title: 'WMI repository inconsistent (not a documented cause)',
    summary:
      'No Microsoft source ties WMI corruption to 0x904 / 0x7. A broken WMI does block the tools used to read and bind the RDP certificate.',
    evidence: [
      'Get-CimInstance Win32_TSGeneralSetting fails',
      'winmgmt /verifyrepository reports the repository is inconsistent',
    ],
    confidence: 'unsupported',
    sources: [sources.winmgmt],
  }),
  defineCause({
    id: 'listener-firewall-port',
    title: 'Listener, firewall or port problem',
    summary:
      'The RDP-Tcp listener is not listening, another process holds its port (TCP 3389 unless changed), or the firewall rules that allow it are off. A blocked port usually gives 0x204 rather than 0x904.',
    evidence: [
      'qwinsta does not show rdp-tcp in the Listen state',
      'Another process owns the RDP port',
      'The Remote Desktop - User Mode firewall rules are disabled or use another port',
    ],
    confidence: 'documented',
    sources: [sources.generalTroubleshooting, sources.portsUsedByRds, sources.firewallRule],
  }),
  defineCause({
    id: 'gateway-broker',
    title: 'RD Gateway or Connection Broker problem',
    summary:
      'In an RDS deployment, the Connection Broker cannot reach its database or is not ready, or the connection fails at the RD Gateway.',
    evidence: [
      'Broker event 2056 or 1296 in the SessionBroker logs',
      'Only connections through RD Gateway or the broker fail; direct connections work',
      'The broker server was renamed',
    ],
    confidence: 'documented',
    sources: [sources.eventIdArticle, sources.portsUsedByRds],
  }),
  defineCause({
    id: 'unstable-network-udp',
    title: 'Unstable network or UDP transport',
    summary:
      'Established sessions drop with 2308 (0x904) because the network path is unreliable or the UDP transport misbehaves.',
    evidence: [
      'Client event 1026 with reason 2308 during a session, not at connect time',
      'Only from one network, VPN or Wi-Fi',
    ],
    confidence: 'reported',
    sources: [sources.transportPolicyReport, sources.rdpProperties],
  }),
  ...evidenceCauses,
  ...authenticationCauses,
  ...reachabilityCauses,
] as const;

export type CauseId = (typeof causes)[number]['id'];

/**
 * Where the general meaning of a cause's confidence label would mislead, what the sources actually say
 * about this cause and 0x904 / extended 0x7 (rdp-facts.md §2.2). Shown under the label on cause cards.
 */
export const confidenceNotes: Readonly<Partial<Record<CauseId, string>>> = {
  'self-signed-certificate':
    'Microsoft documents this as a cause of failed RDP connections without quoting the 0x904/0x7 numbers; one first-hand report (Windows 11, after a rename) shows exactly 0x904/0x7 and was fixed by regenerating this certificate.',
  'credssp-oracle-mismatch':
    'Microsoft documents this, but as a different error: the client names "CredSSP encryption oracle remediation" instead of showing 0x904/0x7. It is listed because web advice mixes the two.',
  'rdp-services-stopped':
    'Microsoft documents the services Remote Desktop needs. With TermService stopped nothing listens, which usually shows as 0x204 rather than 0x904 (our inference).',
  'listener-firewall-port':
    'Microsoft documents this as a cause of failed RDP connections. A port that does not answer usually shows as 0x204 or 0x108 rather than 0x904 (our inference).',
  'gateway-broker':
    'Microsoft documents the Connection Broker events as a cause of failed RDP connections. Failures at the RD Gateway show their own 0x3000xxx-family codes rather than 0x904.',
  'nla-domain-controller-unreachable':
    'Microsoft documents it for the NLA "domain controller cannot be contacted" and "Local Security Authority cannot be contacted" messages, not for 0x904 / 0x7.',
  'entra-joined-host':
    'Microsoft documents what a connection to a Microsoft Entra joined device needs; a missed requirement is our reading of a failure, not a Microsoft-listed error cause.',
  'client-credssp-disabled':
    'The 2825 (0xB09) message is the client’s own text; Microsoft documents the CredSSP settings that turn NLA off. Not a cause of 0x904 / 0x7.',
  'certificate-creation-prerequisites':
    'Documented by Microsoft for "An internal error has occurred" when the RDP self-signed certificate is not recreated.',
  'cipher-suite-mismatch':
    'Microsoft documents it for "An internal error has occurred"; one third-party report ties it to 0x204 on Azure Virtual Desktop. No source ties it to 0x904 / 0x7.',
  'client-kerberos-name-path':
    'Microsoft documents that Windows uses NTLM, not Kerberos, for a server named by IP address; that this explains a given RDP failure is our reading.',
  'audio-redirection-stall':
    'Documented by Microsoft for "An internal error has occurred" only, with the words "might be".',
  'unstable-network-udp':
    'A third-party report ties 2308 (0x904) drops during live sessions to the network and the RDP transport; no source ties it to 0x904 with extended 0x7 at connect time.',
};
