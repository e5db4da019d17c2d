/**
 * Every finding id a diagnose function may put in its Evidence dictionary, with what it means. The page
 * accepts evidence only with ids from this list (or the runner's own `fix.<fix id>.needs-fix`), so an id
 * is a contract: never rename one, add a new one here when a diagnose.ps1 starts reporting it
 * (finding-ids.test.ts fails until you do). Convention: CONTRIBUTING.md, "Evidence".
 */
export const findingLabels = {
  'certificate.listener.hash-type': 'Listener certificate type (1 self-signed, 2 template, 3 custom)',
  'certificate.self-signed.state':
    'Self-signed certificate state (ok, expired, no-private-key, orphaned, empty, absent, not-used)',
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
