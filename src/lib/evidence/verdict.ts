/**
 * What the host's own diagnosis says about a cause. The evidence loop (a diagnose script's evidence
 * block, read back by the selector) produces these; the ranking reads them. A verdict always names the
 * finding that decided it, so the page can say why.
 */
export type CauseVerdictState = 'proven' | 'ruled-out' | 'unknown';

export interface CauseVerdict {
  readonly causeId: string;
  readonly state: CauseVerdictState;
  /** Stable finding id from the evidence block that decided it, e.g. "certificate.self-signed.state". */
  readonly findingId: string;
  /** The finding's value as the script reported it, shown beside the verdict. */
  readonly value: string;
  /** The computer the evidence came from. */
  readonly computer: string;
}

/** Verdicts by cause id. A cause absent from the map has no evidence either way. */
export type CauseVerdicts = ReadonlyMap<string, CauseVerdict>;
