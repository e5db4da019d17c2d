/**
 * Every finding id a diagnose function may put in its Evidence dictionary, with what it means. The page
 * accepts evidence only with ids from this list (or the runner's own `fix.<fix id>.needs-fix`), so an id
 * is a contract: never rename one, add a new one here when a diagnose.ps1 starts reporting it
 * (finding-ids.test.ts fails until you do). Convention: CONTRIBUTING.md, "Evidence".
 */
export const findingLabels = {
  'certificate.listener.hash-type': 'Listener certificate type (1 self-signed, 2 template, 3 custom)',
  'certificate.self-signed.state':
    'Self-signed certificate state (ok, expired, no-private-key, orphaned, renamed, empty, absent, not-used)',
  'certificate.self-signed.count': 'Certificates in the Remote Desktop store',
  'event.1057.status': 'Newest event 1057 (certificate could not be created), status text',
  'event.1058.status': 'Newest event 1058 (certificate could not be replaced), status text',
  'event.36870.count': 'Schannel events 36870 (private key unreadable) in 7 days',
  'listener.security-layer.local': 'SecurityLayer on the RDP-Tcp listener (0 RDP, 1 Negotiate, 2 TLS)',
  'listener.security-layer.policy': 'SecurityLayer set by Group Policy',
  'listener.user-authentication.local': 'UserAuthentication (NLA) on the RDP-Tcp listener',
  'listener.user-authentication.policy': 'UserAuthentication (NLA) set by Group Policy',
  'tls.server.tls12.enabled': 'TLS 1.2 server side: "default" (not configured) or Enabled/DisabledByDefault',
  'tls.client.tls12.enabled': 'TLS 1.2 client side: "default" (not configured) or Enabled/DisabledByDefault',
  'credssp.allow-encryption-oracle': 'CredSSP AllowEncryptionOracle (0 Force Updated, 1 Mitigated, 2 Vulnerable)',
  'listener.port': 'RDP-Tcp listener port',
  'firewall.rdp.rule-enabled': 'Firewall rule RemoteDesktop-UserMode-In-TCP enabled (true, false, absent)',
  'service.termservice.status': 'TermService status / start type',
  'service.umrdpservice.status': 'UmRdpService status / start type',
  'service.sessionenv.status': 'SessionEnv status / start type',
  'listener.port.expected': 'The port the generated script expects the listener on (RdpPort, 3389 unless set)',
  'listener.port.is-expected': 'Whether the listener port is the expected one',
  'listener.listening': 'Whether anything listens on the listener port',
  'listener.owner.termservice': 'Whether TermService is what listens on the listener port',
  'listener.owner': 'The process names listening on the listener port',
  'listener.key.present': 'Whether the RDP-Tcp listener registry key exists',
  'listener.enabled': 'RDP-Tcp fEnableWinStation (the listener is enabled)',
  'firewall.allows-port': 'Whether an enabled inbound allow rule in the effective policy covers the listener port',
  'rdp.connections.denied': 'fDenyTSConnections, local (1 = Remote Desktop connections refused)',
  'rdp.connections.denied.policy': 'fDenyTSConnections set by Group Policy, or not-set',
  'computer.name': 'The computer name (COMPUTERNAME)',
  'computer.fqdn': 'The computer’s DNS name from Tcpip\\Parameters (Hostname.Domain)',
  'certificate.binding.type':
    'Listener certificate type read by the identity check (1 self-signed, 2 template, 3 custom)',
  'certificate.bound.thumbprint': 'Thumbprint of the certificate the listener is bound to',
  'certificate.found': 'Whether the bound certificate is in the Remote Desktop or My store',
  'certificate.subject': 'Subject of the bound certificate',
  'certificate.self-signed': 'Whether the bound certificate is self-signed (issuer = subject)',
  'certificate.in-date': 'Whether the bound certificate is within its validity dates',
  'certificate.not-after': 'Expiry date of the bound certificate',
  'certificate.subject-matches-computer': 'Whether the bound certificate names this computer or its FQDN',
  'certificate.prerequisites-problem': 'What the certificate-prerequisites check found (none when nothing)',
  'registry.self-signed-cert-store': 'Terminal Server SelfSignedCertStore value, or not-set',
  'registry.profilelist-programdata': 'ProfileList ProgramData path (default, changed, not-set)',
  // Written as "service.<name>" by check-certificate-prerequisites (lower-case service name: running, stopped…, missing).
  'service.certpropsvc': 'Certificate Propagation (CertPropSvc) status, or missing',
  'service.keyiso': 'CNG Key Isolation (KeyIso) status, or missing',
  'service.cryptsvc': 'Cryptographic Services (CryptSvc) status, or missing',
  'service.sessionenv': 'Remote Desktop Configuration (SessionEnv) status, or missing',
  'service.audiosrv': 'Windows Audio service status (a documented prerequisite of certificate creation)',
  'nla.required': 'UserAuthentication (NLA) in effect, or not-set',
  'nla.source': 'Where the NLA setting comes from (policy or local)',
  'domain.joined': 'Whether the computer is joined to an Active Directory domain',
  'domain.dc-srv-records': 'Domain controller SRV records found (_ldap._tcp.dc._msdcs), or not-checked',
  'domain.secure-channel': 'Secure channel with the domain (ok, broken, error, not-checked)',
  'domain.problem': 'What the domain check found (none when nothing)',
  'entra.joined': 'Whether dsregcmd reports the computer Entra joined (AzureAdJoined), or not-read',
  'kerberos.try-ip-spn': 'Client TryIPSPN (Kerberos for IP addresses), or not-set',
  'ntlm.restrict-sending': 'Client RestrictSendingNTLMTraffic (2 = NTLM refused), or not-set',
  'tls.cipher-suites.policy': 'SSL Cipher Suite Order policy (set, not-set)',
  'tls.cipher-suites.policy-count': 'Cipher suites the policy lists',
  'tls.cipher-suites.policy-tls12-rsa-count': 'TLS 1.2 suites with RSA authentication the policy lists',
  'tls.cipher-suites.local-count': 'Cipher suites in the local Functions list, or not-set',
  'tls.cipher-suites.enabled-count': 'Cipher suites Get-TlsCipherSuite reports enabled, or not-available',
  'tls.cipher-suites.problem': 'What the cipher suite check found (none when nothing)',
  'schannel.36874.count': 'Schannel events 36874 (no cipher suite in common) in 7 days',
  'target.host': 'The host the client check tested (as typed in -TargetHost)',
  'tcp.port': 'The TCP port the client check tested',
  'dns.resolved': 'Whether the host name resolved',
  'dns.addresses': 'The addresses the host name resolved to',
  'route.interface': 'The interface the route to the host uses (a VPN shows here)',
  'route.next-hop': 'The next hop of that route',
  'tcp.address': 'The address the TCP test connected to',
  'tcp.result': 'The TCP connect result (open, timeout, or the socket error such as ConnectionRefused)',
} as const satisfies Record<string, string>;

export type KnownFindingId = keyof typeof findingLabels;

const RUNNER_FINDING = /^fix\.([a-z0-9]+(?:-[a-z0-9]+)*)\.needs-fix$/;

/** The label of a finding id the page knows, or undefined for an unknown id. */
export function findingLabel(id: string, fixIds: ReadonlySet<string>): string | undefined {
  if (Object.hasOwn(findingLabels, id)) return findingLabels[id as KnownFindingId];
  const runner = RUNNER_FINDING.exec(id);
  if (runner?.[1] && fixIds.has(runner[1])) return `Whether the diagnosis of ${runner[1]} found something to fix`;
  return undefined;
}
