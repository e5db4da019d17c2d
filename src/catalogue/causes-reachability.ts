/**
 * Causes of the reachability and certificate-identity situations: the host cannot be reached (0x204 / 516,
 * 0x108 / 264, "Remote Desktop can't connect to the remote computer for one of these reasons"), certificate
 * warnings, and a renamed computer. Spread into causes.ts. Confidence says how firmly the sources tie the cause to
 * the situation(s) that list it (situations/*.ts).
 */
import { defineCause } from './define-cause';
import { reachabilitySources as r } from './sources-reachability';
import { sources } from './sources';

export const reachabilityCauses = [
  defineCause({
    id: 'host-unreachable',
    title: 'Host turned off, asleep or at another address',
    summary:
      'Nothing answers at the address the client uses: the computer is off, asleep or hung, or it now has another IP address.',
    evidence: [
      'The console (iLO, Hyper-V, the VM portal) shows the machine off, asleep or not responding',
      'A TCP test to the RDP port fails from every client, not just one',
      'The name resolves to an address the machine no longer has',
    ],
    confidence: 'documented',
    sources: [r.cannotConnect],
  }),
  defineCause({
    id: 'name-resolution',
    title: 'DNS or a wrong computer name',
    summary:
      'The name the client types resolves to nothing or to the wrong address (stale DNS record, typo, hosts file), so the client connects nowhere or to another machine.',
    evidence: [
      'Connecting by IP address works but by name does not',
      'Resolve-DnsName returns no address, or an address that differs from the one ipconfig shows on the host',
      'Disconnect code 0x104 or 0x208 (DNS lookup failed, host not found)',
    ],
    confidence: 'documented',
    sources: [r.cannotConnect, r.resolveDnsName, sources.onDisconnected],
  }),
  defineCause({
    id: 'rdp-connections-disabled',
    title: 'Remote Desktop turned off on the host (fDenyTSConnections)',
    summary:
      'fDenyTSConnections is 1 under Terminal Server, or Group Policy ("Allow users to connect remotely by using Remote Desktop Services" = Disabled) sets it, so the host refuses Remote Desktop.',
    evidence: [
      'fDenyTSConnections = 1 under HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server',
      'fDenyTSConnections = 1 under HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services (Group Policy)',
      'qwinsta does not list rdp-tcp in the Listen state',
      'The value returns to 1 after you change it (a GPO sets it)',
    ],
    confidence: 'documented',
    sources: [r.cannotConnect, sources.generalTroubleshooting],
  }),
  defineCause({
    id: 'rdp-listener-disabled',
    title: 'RDP-Tcp listener disabled or missing',
    summary:
      'The RDP-Tcp listener is disabled (fEnableWinStation is not 1) or its registry key is missing or damaged, so nothing accepts RDP connections although Remote Desktop is allowed.',
    evidence: [
      'qwinsta does not list rdp-tcp in the Listen state',
      'fEnableWinStation under WinStations\\RDP-Tcp is not 1',
      'The WinStations\\RDP-Tcp key is missing',
    ],
    confidence: 'documented',
    sources: [r.cannotConnect, sources.generalTroubleshooting],
  }),
  defineCause({
    id: 'rdp-custom-port',
    title: 'RDP listens on a custom port (PortNumber changed)',
    summary:
      'PortNumber under WinStations\\RDP-Tcp is not 3389, so clients must connect to host:port and the firewall must allow that port.',
    evidence: [
      'PortNumber under WinStations\\RDP-Tcp is not 3389 (0x00000d3d)',
      'TermService listens on another port (Get-NetTCPConnection -State Listen)',
      'Connecting with host:port works',
    ],
    confidence: 'documented',
    sources: [r.cannotConnect, r.changeListeningPort, sources.generalTroubleshooting],
  }),
  defineCause({
    id: 'network-path',
    title: 'Network path: VPN, split tunnel, routing or MTU',
    summary:
      'The host is up and listening, but the path from this client does not reach it: the VPN is down or does not route the host’s subnet, a network firewall or security group drops RDP, or packets are lost on the way.',
    evidence: [
      'The TCP test fails from this client but succeeds from a machine on the host’s network',
      'Find-NetRoute shows the traffic leaving through the wrong interface (not the VPN)',
      'Disconnect code 0x108 (time-out) rather than 0x204',
    ],
    confidence: 'documented',
    sources: [r.cannotConnect, r.findNetRoute, sources.generalTroubleshooting],
  }),
  defineCause({
    id: 'certificate-name-mismatch',
    title: 'Certificate name does not match the name you connect to',
    summary:
      'The name in the host’s TLS certificate differs from the name the client typed (short name vs FQDN, IP address, alias, or an RD Gateway certificate for another name), so the client warns that it cannot verify the identity.',
    evidence: [
      'The warning shows "Name mismatch: Requested remote computer is … Name in the certificate is …"',
      'The warning goes away when you connect with the exact name on the certificate',
      'The listener is bound to a certificate issued for another name',
    ],
    confidence: 'documented',
    sources: [r.certificateErrors, sources.listenerCertificate],
  }),
  defineCause({
    id: 'certificate-untrusted-or-expired',
    title: 'Certificate not trusted or expired',
    summary:
      'The host presents a certificate the client does not trust (the self-signed one, or one from a CA the client lacks) or one that has expired, or the clocks differ so the certificate looks invalid.',
    evidence: [
      'The warning says "the certificate is not from a trusted certifying authority"',
      'The certificate’s validity dates do not cover the current date on the client',
      '"…because there is a time or date difference between your computer and the remote computer"',
    ],
    confidence: 'documented',
    sources: [r.certificateErrors, r.cannotVerifyIdentity, sources.listenerCertificate],
  }),
  defineCause({
    id: 'computer-renamed-certificate',
    title: 'Computer renamed: the self-signed certificate has the old name',
    summary:
      'After the host was renamed, its Remote Desktop self-signed certificate still carries the old name, so clients that use the new name see a name mismatch, and one report shows 0x904/0x7.',
    evidence: [
      'The subject of the certificate in the Remote Desktop store differs from the computer name',
      'The errors began after the computer was renamed',
    ],
    confidence: 'reported',
    sources: [r.renamedHostReport, sources.generalTroubleshooting],
  }),
] as const;
