/** Builds evidence the way evidence.ps1 does, for the unit tests (not shipped to the page). */
import { causes, fixes } from '../../catalogue';
import { encodeBase64Url, evidenceChecksum } from './evidence-checksum';
import type { EvidenceCatalogue } from './evidence-format';

export const TEST_SITE = 'https://rdp.example/kb/selector/';

export const testCatalogue: EvidenceCatalogue = {
  site: TEST_SITE,
  fixes: new Map(fixes.map((fix) => [fix.id, { kind: fix.kind, causes: fix.causes }])),
  causeIds: new Set(causes.map((cause) => cause.id)),
};

export const expiredCertificateBody = () => ({
  format: 1,
  site: TEST_SITE,
  generator: 3,
  computer: 'RDSH-01',
  findings: {
    'certificate.self-signed.state': 'expired',
    'fix.regenerate-rdp-certificate.needs-fix': 'true',
    'fix.enable-tls12-schannel.needs-fix': 'false',
  } as Record<string, unknown>,
  decisions: [
    {
      fix: 'regenerate-rdp-certificate',
      cause: 'self-signed-certificate',
      state: 'proven',
      finding: 'certificate.self-signed.state',
    },
    {
      fix: 'enable-tls12-schannel',
      cause: 'tls-protocol-mismatch',
      state: 'ruled-out',
      finding: 'fix.enable-tls12-schannel.needs-fix',
    },
  ] as unknown[],
});

export function tokenFor(body: unknown): string {
  const payload = encodeBase64Url(new TextEncoder().encode(JSON.stringify(body)));
  return `rfe1.${payload}.${evidenceChecksum(payload)}`;
}

/** The block as the console shows it, every line prefixed with its computer and level. */
export const blockFor = (token: string, computer = 'RDSH-01') =>
  [
    `[${computer}] [INFO] -----BEGIN RDP FIX EVIDENCE-----`,
    `[${computer}] [INFO] ${token}`,
    `[${computer}] [INFO] -----END RDP FIX EVIDENCE-----`,
  ].join('\n');

/** Literal ids a diagnose.ps1 writes: $evidence['id'] = …, and 'id' = … inside "$evidence = [ordered]@{ … }". */
export function literalFindingIds(diagnose: string): string[] {
  const ids = [...diagnose.matchAll(/\$evidence\['([^']+)'\]/g)].map((m) => m[1]!);
  for (const block of diagnose.matchAll(/\$evidence = \[ordered\]@\{([^}]*)\}/g))
    ids.push(...[...block[1]!.matchAll(/'([^']+)'\s*=/g)].map((m) => m[1]!));
  return ids;
}
