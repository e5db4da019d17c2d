/**
 * Ranks causes by the symptoms ticked: each symptom adds its weight to the causes it suggests, with
 * the reason. Ties keep catalogue order, so the ranking is stable and explainable.
 */
import type { Cause, Fix, Symptom } from '../../catalogue/schema';

export interface RankedCause {
  readonly cause: Cause;
  readonly score: number;
  /** Why: one entry per ticked symptom that points here. */
  readonly reasons: readonly { readonly symptom: Symptom; readonly because: string }[];
}

export function rankCauses(
  symptomIds: readonly string[],
  symptoms: readonly Symptom[],
  causes: readonly Cause[],
): RankedCause[] {
  const chosen = symptoms.filter((symptom) => symptomIds.includes(symptom.id));
  const ranked = causes.map((cause, order) => {
    const reasons = chosen.flatMap((symptom) =>
      symptom.suggests
        .filter((hint) => hint.cause === cause.id)
        .map((hint) => ({ symptom, because: hint.because, weight: hint.weight })),
    );
    return { cause, order, score: reasons.reduce((sum, r) => sum + r.weight, 0), reasons };
  });
  return ranked
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ cause, score, reasons }) => ({
      cause,
      score,
      reasons: reasons.map(({ symptom, because }) => ({ symptom, because })),
    }));
}

/**
 * The fixes to preselect: those for the strongest causes (the top score, and any cause scoring 3 or
 * more), in ranking order, checks before changes. All on one side: client and host fixes never share a
 * script (the generator refuses the mix), so only fixes that run where the strongest one runs are kept.
 */
export function recommendFixes(ranked: readonly RankedCause[], fixes: readonly Fix[]): string[] {
  const top = ranked[0]?.score ?? 0;
  const strong = ranked.filter((entry) => entry.score === top || entry.score >= 3).map((entry) => entry.cause.id);
  const ids: string[] = [];
  for (const causeId of strong) {
    for (const fix of fixes) if (fix.causes.includes(causeId) && !ids.includes(fix.id)) ids.push(fix.id);
  }
  const side = fixes.find((fix) => fix.id === ids[0])?.runsOn;
  return ids.filter((id) => fixes.find((fix) => fix.id === id)?.runsOn === side);
}
