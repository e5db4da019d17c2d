/**
 * Observations that real troubleshooting threads needed (issue 13, item 4).
 */
import type { Observation } from './schema';

const status = (text: string) => `Event 1057 or 1058 gives the status "${text}"`;
/** The status sentence events 1057 and 1058 end with, as the TechNet blog on 1057 quotes it (bench case technet-1057). */
const statusLine = (text: string) => [{ locale: 'en-US', text: `The relevant status code was ${text}.` }];

export const newObservations: readonly Observation[] = [
  {
    id: 'works-without-nla',
    group: 'where-fails',
    label: 'It works with NLA turned off, or with the legacy RDP security layer',
    decisive: true,
    suggests: [
      {
        cause: 'security-layer-mismatch',
        weight: 3,
        because: 'The failure follows the security layer or NLA setting itself, so the negotiation is what fails.',
      },
      {
        cause: 'self-signed-certificate',
        weight: 2,
        because:
          'The legacy RDP security layer needs no TLS certificate, so an unusable certificate stops failing when TLS is not used.',
      },
      {
        cause: 'machinekeys-permissions',
        weight: 1,
        because: 'A certificate that cannot be created for lack of MachineKeys access only matters once TLS is used.',
      },
      {
        cause: 'credssp-oracle-mismatch',
        weight: 2,
        because: 'CredSSP runs only with NLA; turning NLA off bypasses a CredSSP mismatch.',
      },
      { cause: 'tls-protocol-mismatch', weight: 1, because: 'Without TLS, no TLS version has to match.' },
    ],
  },
  {
    id: 'one-client-type-fails',
    group: 'where-fails',
    label: 'Only one client app fails (mstsc, or the Mac/iOS client, or FreeRDP); another app connects',
    decisive: false,
    suggests: [
      {
        cause: 'tls-protocol-mismatch',
        weight: 2,
        because: 'Each client app brings its own TLS stack and versions; one app can share none with the host.',
      },
      {
        cause: 'security-layer-mismatch',
        weight: 2,
        because: 'Client apps differ in the security layers and NLA they support.',
      },
      {
        cause: 'cipher-suite-mismatch',
        weight: 2,
        because: 'Each client app offers its own cipher suites; one may share none with a hardened host.',
      },
    ],
  },
  {
    id: 'update-on-client',
    group: 'what-changed',
    label: 'It started after an update on the client',
    decisive: false,
    suggests: [
      {
        cause: 'credssp-oracle-mismatch',
        weight: 3,
        because:
          'The CredSSP updates (CVE-2018-0886) made patched clients refuse unpatched hosts; a client update is the classic trigger.',
      },
      {
        cause: 'tls-protocol-mismatch',
        weight: 1,
        because: 'A client update can change which TLS versions it offers.',
      },
    ],
  },
  {
    id: 'update-on-server',
    group: 'what-changed',
    label: 'It started after an update or upgrade on the server',
    decisive: false,
    suggests: [
      {
        cause: 'tls-protocol-mismatch',
        weight: 2,
        because: 'Newer Windows releases turn older TLS versions off by default.',
      },
      {
        cause: 'credssp-oracle-mismatch',
        weight: 2,
        because: 'A server patched for CVE-2018-0886 can refuse clients that are not.',
      },
      {
        cause: 'self-signed-certificate',
        weight: 1,
        because: 'Our inference: an upgrade can leave the self-signed certificate or its key unusable.',
      },
    ],
  },
  {
    id: 'only-over-vpn',
    group: 'where-fails',
    label: 'It fails only over a VPN or one network path; on the local network it works',
    decisive: false,
    suggests: [
      {
        cause: 'unstable-network-udp',
        weight: 2,
        because: 'A path that works elsewhere points to the network or the UDP transport on that path.',
      },
      {
        cause: 'brute-force-flood',
        weight: 1,
        because: 'An endpoint exposed to the internet may be flooded while the inside path is not.',
      },
      {
        cause: 'network-path',
        weight: 3,
        because: 'A path that fails where others work points to that path: MTU over the VPN, or no route.',
      },
      {
        cause: 'listener-firewall-port',
        weight: 2,
        because:
          'Our inference: a host firewall rule scoped to the local subnet, one profile or the wrong port admits local clients only.',
      },
    ],
  },
  {
    id: 'only-through-jump-host',
    group: 'where-fails',
    label: 'It fails only through a jump host or bastion; a direct connection works',
    decisive: false,
    suggests: [
      {
        cause: 'gateway-broker',
        weight: 2,
        because: 'An intermediary in the path, like an RD Gateway, is where the difference lies.',
      },
      {
        cause: 'network-path',
        weight: 3,
        because: 'The intermediary may have no route to the host, or a smaller MTU on its leg.',
      },
    ],
  },
  {
    id: 'tls10-only-or-disabled',
    group: 'what-changed',
    label: 'The other side speaks only TLS 1.0, or TLS 1.0 was disabled',
    decisive: true,
    suggests: [
      {
        cause: 'tls-protocol-mismatch',
        weight: 3,
        because: 'With TLS 1.0 gone on one side and only TLS 1.0 on the other, no version is shared.',
      },
    ],
  },
  {
    id: 'event-status-keyset',
    group: 'host-logs',
    label: status('Keyset does not exist'),
    decisive: true,
    messages: statusLine('Keyset does not exist'),
    suggests: [
      {
        cause: 'machinekeys-permissions',
        weight: 3,
        because:
          'The key container of the certificate cannot be opened: its file in MachineKeys is missing or unreadable.',
      },
      { cause: 'self-signed-certificate', weight: 2, because: 'The self-signed certificate cannot be created.' },
    ],
  },
  {
    id: 'event-status-invalid-state',
    group: 'host-logs',
    label: status('Key not valid for use in specified state'),
    decisive: true,
    messages: statusLine('Key not valid for use in specified state'),
    suggests: [
      {
        cause: 'machinekeys-permissions',
        weight: 3,
        because:
          'A first-hand report fixed this status by moving the old RDP key files out of MachineKeys and restoring its permissions.',
      },
      {
        cause: 'self-signed-certificate',
        weight: 2,
        because: 'The existing key of the self-signed certificate can no longer be used, so it is not replaced.',
      },
    ],
  },
  {
    id: 'event-status-object-exists',
    group: 'host-logs',
    label: status('Object already exists'),
    decisive: true,
    messages: statusLine('Object already exists'),
    suggests: [
      {
        cause: 'machinekeys-permissions',
        weight: 3,
        because:
          'A key file of that name exists but cannot be opened: an ownership or permission problem in MachineKeys.',
      },
      { cause: 'self-signed-certificate', weight: 1, because: 'The new self-signed certificate cannot be written.' },
    ],
  },
  {
    id: 'event-status-access-denied',
    group: 'host-logs',
    label: status('Access is denied'),
    decisive: true,
    messages: statusLine('Access is denied'),
    suggests: [
      {
        cause: 'machinekeys-permissions',
        weight: 3,
        because: 'Microsoft names wrong MachineKeys permissions for certificates that cannot be created.',
      },
      {
        cause: 'private-key-access',
        weight: 1,
        because: 'A custom key that NETWORK SERVICE cannot read is denied too.',
      },
    ],
  },
  {
    id: 'regenerate-did-not-help',
    group: 'what-changed',
    label: 'Deleting or regenerating the RDP certificate did not help',
    decisive: false,
    suggests: [
      {
        cause: 'self-signed-certificate',
        weight: -2,
        because: 'A fresh self-signed certificate would have ended this cause.',
      },
      {
        cause: 'machinekeys-permissions',
        weight: 2,
        because: 'Regenerating fails again when the MachineKeys folder itself is wrong.',
      },
      {
        cause: 'tls-protocol-mismatch',
        weight: 1,
        because: 'A new certificate does not change which TLS versions are on.',
      },
      {
        cause: 'security-layer-mismatch',
        weight: 1,
        because: 'A new certificate does not change the security layer or NLA.',
      },
      {
        cause: 'cipher-suite-mismatch',
        weight: 1,
        because: 'A new certificate does not change which cipher suites are enabled.',
      },
    ],
  },
  {
    id: 'name-mismatch-host',
    group: 'client-shows',
    label: "The client warns that the host's certificate name does not match the computer name",
    decisive: false,
    suggests: [
      {
        cause: 'self-signed-certificate',
        weight: 2,
        because: 'The self-signed certificate can still carry an old computer name.',
      },
      {
        cause: 'certificate-binding-mismatch',
        weight: 1,
        because: 'The listener may present another certificate than the one meant for it.',
      },
      {
        cause: 'computer-renamed-certificate',
        weight: 3,
        because: 'After a rename, the self-signed certificate still carries the old name.',
      },
    ],
  },
  {
    id: 'name-mismatch-gateway',
    group: 'client-shows',
    label: "The name-mismatch or trust warning is about the RD Gateway's certificate, not the host's",
    decisive: true,
    suggests: [
      {
        cause: 'gateway-broker',
        weight: 3,
        because: 'The gateway presents its own certificate; a warning about it is a gateway problem.',
      },
    ],
  },
  {
    id: 'schannel-36874',
    group: 'host-logs',
    label: 'Schannel event 36874: none of the cipher suites the client offers are supported by the server',
    decisive: true,
    suggests: [
      {
        cause: 'cipher-suite-mismatch',
        weight: 3,
        because: 'The event says it outright: the client and the host share no cipher suite.',
      },
      {
        cause: 'tls-protocol-mismatch',
        weight: 2,
        because:
          'When the only TLS version the client offers is off on the host, no suite is left for it either; the event names that version.',
      },
    ],
    // The event's text as the host logs it; the version varies ("An TLS 1.0 …", "An TLS 1.2 …"). Quoted
    // first-hand in FreeRDP #7769 (sources-freerdp.ts hardenedCipherSuites) and in community notes on 36874.
    messages: [
      {
        locale: 'en-US',
        text: 'An TLS 1.2 connection request was received from a remote client application, but none of the cipher suites supported by the client application are supported by the server. The TLS connection request has failed.',
      },
    ],
  },
  {
    id: 'failed-logon-flood',
    group: 'host-logs',
    label: 'Many failed logons (Security 4625, RdpCoreTS 140) from addresses you do not know',
    decisive: true,
    suggests: [
      {
        cause: 'brute-force-flood',
        weight: 3,
        because: 'Password-guessing traffic against an open RDP port logs exactly these events.',
      },
    ],
  },
  {
    id: 'works-by-ip-not-name',
    group: 'where-fails',
    label: 'It works by IP address but fails by host name',
    decisive: true,
    suggests: [
      {
        cause: 'security-layer-mismatch',
        weight: 1,
        because: 'By IP the client falls back from Kerberos to NTLM; NLA settings decide whether that is allowed.',
      },
      {
        cause: 'client-kerberos-name-path',
        weight: 3,
        because: 'By host name the client uses Kerberos (SPN, DNS, time); by IP it falls back to NTLM.',
      },
    ],
  },
  {
    id: 'after-cipher-hardening',
    group: 'what-changed',
    label: 'Cipher suites were reordered or removed (IIS Crypto, a baseline) before it started',
    decisive: false,
    suggests: [
      {
        cause: 'tls-protocol-mismatch',
        weight: 2,
        because: 'Hardening tools that reorder cipher suites usually turn TLS versions off in the same run.',
      },
      {
        cause: 'cipher-suite-mismatch',
        weight: 3,
        because: 'Client and host can share a TLS version and still no cipher suite after hardening.',
      },
    ],
  },
];
