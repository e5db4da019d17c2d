/**
 * The evidence block a Diagnose script prints (src/catalogue/common/evidence.ps1), as the page reads it:
 *   -----BEGIN RDP FIX EVIDENCE-----
 *   rfe1.<base64url of UTF-8 JSON>.<first 16 hex digits of SHA-256 of the base64url text>
 *   -----END RDP FIX EVIDENCE-----
 * The checksum catches a line cut short or changed while copying. It is not a signature: anyone can
 * recompute it, so everything inside is validated as hostile input, whatever the checksum says.
 */
export const EVIDENCE_FORMAT = 1;
export const EVIDENCE_PREFIX = `rfe${EVIDENCE_FORMAT}`;
export const BEGIN_MARKER = '-----BEGIN RDP FIX EVIDENCE-----';
export const END_MARKER = '-----END RDP FIX EVIDENCE-----';
/** What the paste box takes: a remote run over many computers prints one block each. */
export const MAX_INPUT_CHARS = 200_000;
export const MAX_TOKEN_CHARS = 16_000;
export const MAX_BLOCKS = 50;
export const MAX_FINDINGS = 300;
export const MAX_DECISIONS = 100;
export const MAX_VALUE_CHARS = 120;
export const CHECKSUM_HEX_DIGITS = 16;
/** $env:COMPUTERNAME: a NetBIOS name, or a DNS label in a remote run's PSComputerName. */
export const COMPUTER_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$/;

export type DecisionState = 'proven' | 'ruled-out' | 'unknown';

export interface EvidenceDecision {
  readonly fixId: string;
  readonly causeId: string;
  readonly state: DecisionState;
  readonly findingId: string;
}

/** One computer's evidence, every field validated against the catalogue. */
export interface Evidence {
  readonly computer: string;
  readonly site: string;
  readonly generator: number;
  readonly findings: ReadonlyMap<string, string>;
  readonly decisions: readonly EvidenceDecision[];
}

/** What the page needs from the catalogue to validate evidence. */
export interface EvidenceCatalogue {
  /** This selector's own address (evidenceSiteFor). */
  readonly site: string;
  readonly fixes: ReadonlyMap<string, { readonly kind: 'fix' | 'diagnostic'; readonly causes: readonly string[] }>;
  readonly causeIds: ReadonlySet<string>;
}
