/**
 * Observation → cause links for causes another work package adds (issue 14). Kept apart so every active id
 * resolves: index.ts switches each link on as soon as its cause exists in causes.ts, and
 * observations.test.ts lists the ones still waiting. Delete an entry once it is merged into its observation.
 */
import type { ObservationLink } from './schema';

export interface PendingLink extends ObservationLink {
  readonly observation: string;
}

export const pendingLinks: readonly PendingLink[] = [
  {
    observation: 'only-over-vpn',
    cause: 'network-path',
    weight: 3,
    because: 'A path that fails where others work points to that path: MTU over the VPN, or no route.',
  },
  {
    observation: 'only-through-jump-host',
    cause: 'network-path',
    weight: 3,
    because: 'The intermediary may have no route to the host, or a smaller MTU on its leg.',
  },
  {
    observation: 'works-by-ip-not-name',
    cause: 'client-kerberos-name-path',
    weight: 3,
    because: 'By host name the client uses Kerberos (SPN, DNS, time); by IP it falls back to NTLM.',
  },
  {
    observation: 'name-mismatch-host',
    cause: 'computer-renamed-certificate',
    weight: 3,
    because: 'After a rename, the self-signed certificate still carries the old name.',
  },
  {
    observation: 'after-rename',
    cause: 'computer-renamed-certificate',
    weight: 3,
    because: 'After a rename, the self-signed certificate still carries the old name.',
  },
  {
    observation: 'after-cipher-hardening',
    cause: 'cipher-suite-mismatch',
    weight: 3,
    because: 'Client and host can share a TLS version and still no cipher suite after hardening.',
  },
  {
    observation: 'one-client-type-fails',
    cause: 'cipher-suite-mismatch',
    weight: 2,
    because: 'Each client app offers its own cipher suites; one may share none with a hardened host.',
  },
  {
    observation: 'regenerate-did-not-help',
    cause: 'cipher-suite-mismatch',
    weight: 1,
    because: 'A new certificate does not change which cipher suites are enabled.',
  },
];
