/**
 * From validated evidence to what the selector shows and selects: one verdict per cause (proven wins over
 * ruled out, which wins over unknown, across every computer and every fix that diagnosed it), and exactly
 * the fixes whose own diagnosis proved their cause, all on one side (client and host fixes never share a
 * script). Only catalogue ids ever leave here: the script is generated from these, never from the text.
 */
import type { CauseVerdict, CauseVerdicts, CauseVerdictState } from './verdict';
import type { Evidence } from './evidence-format';

export interface EvidenceFixInfo {
  readonly kind: 'fix' | 'diagnostic';
  readonly runsOn: 'host' | 'client';
}

export interface EvidenceOutcome {
  readonly verdicts: CauseVerdicts;
  /** Fix ids to preselect, in catalogue order of first appearance in the evidence. */
  readonly fixIds: readonly string[];
  /** Proven fixes left out because they run on the other side, with why. */
  readonly leftOut: readonly string[];
}

const STRENGTH: Record<CauseVerdictState, number> = { proven: 2, 'ruled-out': 1, unknown: 0 };

export function evidenceOutcome(
  evidence: readonly Evidence[],
  fixes: ReadonlyMap<string, EvidenceFixInfo>,
): EvidenceOutcome {
  const verdicts = new Map<string, CauseVerdict>();
  const proven: string[] = [];
  for (const one of evidence) {
    for (const decision of one.decisions) {
      const fix = fixes.get(decision.fixId);
      if (!fix) continue;
      // A check's own verdict is informative, but only a fix's diagnosis says its change is needed.
      if (decision.state === 'proven' && fix.kind === 'fix' && !proven.includes(decision.fixId))
        proven.push(decision.fixId);
      const verdict: CauseVerdict = {
        causeId: decision.causeId,
        state: decision.state,
        findingId: decision.findingId,
        value: one.findings.get(decision.findingId) ?? '',
        computer: one.computer,
      };
      const before = verdicts.get(decision.causeId);
      if (!before || STRENGTH[verdict.state] > STRENGTH[before.state]) verdicts.set(decision.causeId, verdict);
    }
  }
  const side = proven.some((id) => fixes.get(id)?.runsOn === 'host') ? 'host' : 'client';
  return {
    verdicts,
    fixIds: proven.filter((id) => fixes.get(id)?.runsOn === side),
    leftOut: proven.filter((id) => fixes.get(id)?.runsOn !== side),
  };
}
