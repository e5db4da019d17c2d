/**
 * What a technician can tick in the selector. Each symptom points to causes with a weight and a
 * reason; the selector ranks causes by the sum of weights. Ids appear in links: never rename one.
 */
import { defineSymptom } from './define-cause';

export const symptoms = [
  defineSymptom({
    id: 'event-1057-1058',
    label: 'Event 1057 or 1058 (RemoteConnectionManager) in the System log',
    suggests: [
      {
        cause: 'self-signed-certificate',
        weight: 3,
        because: 'Windows logs 1057/1058 when it cannot create or replace the self-signed RDP certificate.',
      },
      {
        cause: 'machinekeys-permissions',
        weight: 2,
        because: 'Microsoft names wrong MachineKeys permissions as a reason the certificate cannot be created.',
      },
    ],
  }),
  defineSymptom({
    id: 'schannel-36870',
    label: 'Schannel event 36870 (private key of the TLS credential)',
    suggests: [
      {
        cause: 'private-key-access',
        weight: 3,
        because:
          '36870 means the TLS server credential private key could not be read: with a custom certificate, NETWORK SERVICE usually lacks Read.',
      },
      {
        cause: 'self-signed-certificate',
        weight: 2,
        because: 'Microsoft lists 36870 with the self-signed certificate failures.',
      },
      {
        cause: 'machinekeys-permissions',
        weight: 2,
        because: 'A private key in MachineKeys that cannot be read also gives 36870.',
      },
    ],
  }),
  defineSymptom({
    id: 'schannel-36871',
    label: 'Schannel event 36871 (creating a TLS server credential)',
    suggests: [
      { cause: 'tls-protocol-mismatch', weight: 3, because: 'Microsoft links 36871 to disabled TLS versions.' },
    ],
  }),
  defineSymptom({
    id: 'after-os-upgrade',
    label: 'Started after an OS upgrade or a new server build',
    suggests: [
      {
        cause: 'tls-protocol-mismatch',
        weight: 2,
        because:
          'Microsoft’s 2023 change turns TLS 1.0 and 1.1 off by default only in releases after September 2023 (Server 2022 and releases already out kept them), so a peer that needs them may find no shared version.',
      },
      {
        cause: 'self-signed-certificate',
        weight: 1,
        because:
          'Our inference, not from a source: an upgrade or rebuild may leave the self-signed certificate or its key unusable; events 1057/1058 would confirm it.',
      },
    ],
  }),
  defineSymptom({
    id: 'after-hardening',
    label: 'Started after a hardening baseline or Group Policy change',
    suggests: [
      {
        cause: 'security-layer-mismatch',
        weight: 3,
        because: 'Baselines set the security layer, NLA, encryption level and FIPS policy.',
      },
      { cause: 'tls-protocol-mismatch', weight: 2, because: 'Baselines often disable TLS versions in SCHANNEL.' },
      {
        cause: 'credssp-oracle-mismatch',
        weight: 1,
        because: 'Baselines can set Encryption Oracle Remediation to Force Updated Clients.',
      },
      {
        cause: 'cipher-suite-mismatch',
        weight: 2,
        because:
          'Baselines also set the SSL Cipher Suite Order; a list without a suite the client offers fails the handshake (Schannel 36874).',
      },
    ],
  }),
  defineSymptom({
    id: 'after-rename',
    label: 'Started after the computer was renamed',
    suggests: [
      {
        // Weaker than the renamed-computer cause below: both rest on the same first-hand report (Qiita, 0x904/0x7
        // after a rename), which is the specific cause; the generic one only shares its remedy.
        cause: 'self-signed-certificate',
        weight: 2,
        because:
          'Regenerating the self-signed certificate is the remedy after a rename too; the renamed-computer cause says why.',
      },
      {
        cause: 'gateway-broker',
        weight: 2,
        because: 'Renaming a Connection Broker server is unsupported and breaks its database logon (event 2056).',
      },
      {
        cause: 'computer-renamed-certificate',
        weight: 3,
        because: 'After a rename, the self-signed certificate still carries the old name.',
      },
    ],
  }),
  defineSymptom({
    id: 'custom-certificate',
    label: 'A custom (CA-issued) certificate is bound to RDP',
    suggests: [
      {
        cause: 'private-key-access',
        weight: 3,
        because: 'NETWORK SERVICE needs Read on a custom certificate’s private key.',
      },
      {
        cause: 'certificate-binding-mismatch',
        weight: 2,
        because: 'A renewed certificate has a new thumbprint; the binding may still name the old one.',
      },
    ],
  }),
  defineSymptom({
    id: 'certificate-renewed',
    label: 'A certificate was renewed, replaced or deleted shortly before',
    suggests: [
      {
        cause: 'certificate-binding-mismatch',
        weight: 3,
        because: 'SSLCertificateSHA1Hash can still name the old thumbprint.',
      },
      {
        cause: 'private-key-access',
        weight: 2,
        because: 'The new certificate’s key may not grant NETWORK SERVICE Read.',
      },
    ],
  }),
  defineSymptom({
    id: 'port-answers-then-drops',
    label: 'Port 3389 answers, but the connection drops straight away',
    suggests: [
      {
        cause: 'self-signed-certificate',
        weight: 2,
        because: 'TCP connects (so not a firewall block), then TLS setup fails for lack of a usable certificate.',
      },
      { cause: 'tls-protocol-mismatch', weight: 2, because: 'TCP connects, then the TLS handshake fails.' },
      {
        cause: 'security-layer-mismatch',
        weight: 2,
        because: 'The server refuses the requested security protocol after TCP connects.',
      },
    ],
  }),
  defineSymptom({
    id: 'port-does-not-answer',
    label: 'Port 3389 does not answer (Test-NetConnection fails)',
    suggests: [
      {
        cause: 'listener-firewall-port',
        weight: 3,
        because: 'No TCP connection at all points to the listener, firewall or port.',
      },
      { cause: 'rdp-services-stopped', weight: 2, because: 'With TermService stopped, nothing listens on the port.' },
    ],
  }),
  defineSymptom({
    id: 'only-through-gateway',
    label: 'Only connections through RD Gateway or a broker fail',
    suggests: [
      {
        cause: 'gateway-broker',
        weight: 3,
        because: 'Direct connections work, so the host is fine and the deployment path is not.',
      },
    ],
  }),
  defineSymptom({
    id: 'broker-events',
    label: 'Broker event 2056 or 1296 in the SessionBroker logs',
    suggests: [
      {
        cause: 'gateway-broker',
        weight: 3,
        because: 'Microsoft documents 2056/1296 for a broker that cannot reach its database or is not ready.',
      },
    ],
  }),
  defineSymptom({
    id: 'only-one-client',
    label: 'Only one client computer fails; others connect',
    suggests: [
      {
        cause: 'credssp-oracle-mismatch',
        weight: 2,
        because: 'CredSSP mismatches depend on each client’s patch level and policy.',
      },
      { cause: 'tls-protocol-mismatch', weight: 2, because: 'TLS settings on that client may differ.' },
      {
        cause: 'unstable-network-udp',
        weight: 1,
        because: 'That client’s network path or UDP transport may be the problem.',
      },
    ],
  }),
  defineSymptom({
    id: 'credssp-message',
    label: 'The client mentions "CredSSP encryption oracle remediation"',
    suggests: [
      {
        cause: 'credssp-oracle-mismatch',
        weight: 3,
        because: 'That message is specific to the CredSSP oracle policy mismatch.',
      },
    ],
  }),
  defineSymptom({
    id: 'drops-during-session',
    label: 'Sessions drop with 2308 while working, not at connect time',
    suggests: [
      {
        cause: 'unstable-network-udp',
        weight: 3,
        because: '2308 (0x904) mid-session means the socket closed under a live connection: network or transport.',
      },
    ],
  }),
  defineSymptom({
    id: 'services-stopped',
    label: 'Remote Desktop Services is not running, or an RDP service is disabled',
    suggests: [
      {
        cause: 'rdp-services-stopped',
        weight: 3,
        because:
          'TermService and UmRdpService must be running for RDP, and none of TermService, UmRdpService and SessionEnv should be disabled.',
      },
    ],
  }),
  defineSymptom({
    id: 'wmi-errors',
    label: 'WMI queries fail (Get-CimInstance errors)',
    suggests: [
      {
        cause: 'wmi-repository',
        weight: 2,
        because:
          'A broken WMI blocks reading and binding the RDP certificate, though it is not a documented cause of the error itself.',
      },
    ],
  }),
] as const;

export type SymptomId = (typeof symptoms)[number]['id'];
