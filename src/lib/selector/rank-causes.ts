/**
 * Ranks causes from what the technician knows: the situation the pasted code or message names (its causes are
 * in, every other cause is ruled out), the answers (yes raises, no lowers) and the host's own evidence (a
 * proven cause goes first, a ruled-out one leaves the list). Ties share a rank and keep the order of how
 * common each cause is: the situation's order, else the catalogue's.
 */
import type { Observation } from '../../catalogue/observations';
import type { SelectorCause, SelectorFixMetadata } from './selector-catalogue';
import type { Situation } from '../../catalogue/situations/schema';
import type { CauseVerdict, CauseVerdicts } from '../evidence/verdict';
import { effectOf, type Answer, type Answers } from './answers';

export interface Reason {
  readonly observation: Observation;
  readonly answer: Exclude<Answer, 'unknown'>;
  readonly because: string;
  /** Points this answer added (negative: took away). */
  readonly effect: number;
}

export interface RankedCause {
  readonly cause: SelectorCause;
  readonly score: number;
  /** 1-based; causes with the same standing share a rank. */
  readonly rank: number;
  readonly tied: boolean;
  /** Set when the host's evidence proves this cause. */
  readonly proven?: CauseVerdict;
  readonly reasons: readonly Reason[];
}

export interface RuledOutCause {
  readonly cause: SelectorCause;
  /** Plain sentence: which code or which finding rules it out. */
  readonly because: string;
  readonly verdict?: CauseVerdict;
}

export interface Ranking {
  readonly ranked: readonly RankedCause[];
  readonly ruledOut: readonly RuledOutCause[];
}

export interface RankInput {
  readonly answers: Answers;
  /** Situations the pasted code or message names; empty when nothing was pasted or nothing matched. */
  readonly situations?: readonly Situation[];
  readonly verdicts?: CauseVerdicts;
}

export function rankCauses(
  input: RankInput,
  observations: readonly Observation[],
  causes: readonly SelectorCause[],
): Ranking {
  const situations = input.situations ?? [];
  const inSituation = [...new Set(situations.flatMap((s) => s.causes))];
  const commonness = (cause: SelectorCause) => {
    const i = inSituation.indexOf(cause.id);
    return i >= 0 ? i : inSituation.length + causes.indexOf(cause);
  };
  const ruledOut: RuledOutCause[] = [];
  const scored = causes.map((cause) => {
    const reasons: Reason[] = [];
    for (const observation of observations) {
      const answer = input.answers.get(observation.id);
      if (answer === undefined || answer === 'unknown') continue;
      for (const link of observation.suggests.filter((l) => l.cause === cause.id)) {
        const effect = effectOf(answer, link.weight, observation.decisive);
        if (effect !== 0) reasons.push({ observation, answer, because: link.because, effect });
      }
    }
    const score = reasons.reduce((sum, r) => sum + r.effect, 0);
    return { cause, score, reasons, verdict: input.verdicts?.get(cause.id) };
  });

  const kept = scored.filter((entry) => {
    if (entry.verdict?.state === 'ruled-out') {
      ruledOut.push({
        cause: entry.cause,
        verdict: entry.verdict,
        because: `The evidence from ${entry.verdict.computer} rules it out: ${entry.verdict.findingId} = ${entry.verdict.value}.`,
      });
      return false;
    }
    if (entry.verdict?.state === 'proven') return true;
    if (situations.length && !inSituation.includes(entry.cause.id)) {
      if (entry.reasons.length || entry.score > 0)
        ruledOut.push({
          cause: entry.cause,
          because: `The code or message you pasted (${situations.map((s) => s.title).join('; ')}) is not one this cause produces.`,
        });
      return false;
    }
    return situations.length > 0 || entry.score > 0;
  });

  const standing = (e: (typeof kept)[number]) => [e.verdict?.state === 'proven' ? 1 : 0, e.score] as const;
  kept.sort((a, b) => {
    const [pa, sa] = standing(a);
    const [pb, sb] = standing(b);
    return pb - pa || sb - sa || commonness(a.cause) - commonness(b.cause);
  });
  const ranked: RankedCause[] = [];
  kept.forEach((entry, i) => {
    const previous = kept[i - 1];
    const same = (x: typeof entry | undefined) =>
      x !== undefined && standing(x)[0] === standing(entry)[0] && standing(x)[1] === standing(entry)[1];
    const rank = same(previous) ? ranked[i - 1]!.rank : i + 1;
    ranked.push({
      cause: entry.cause,
      score: entry.score,
      rank,
      tied: same(previous) || same(kept[i + 1]),
      ...(entry.verdict?.state === 'proven' ? { proven: entry.verdict } : {}),
      reasons: entry.reasons,
    });
  });
  return { ranked, ruledOut };
}

/**
 * The fixes to preselect: those for proven causes when the evidence proves any; else for the causes at the top
 * rank with a positive score, and any scoring 3 or more. Checks before changes, in ranking order. All on one
 * side: client and host fixes never share a script, so only fixes that run where the strongest one runs stay.
 */
export function recommendFixes(
  ranking: Ranking,
  fixes: readonly Pick<SelectorFixMetadata, 'id' | 'causes' | 'runsOn'>[],
): string[] {
  const proven = ranking.ranked.filter((entry) => entry.proven);
  const strong = proven.length
    ? proven
    : ranking.ranked.filter((entry) => entry.score > 0 && (entry.rank === 1 || entry.score >= 3));
  const ids: string[] = [];
  for (const { cause } of strong) {
    for (const fix of fixes) if (fix.causes.includes(cause.id) && !ids.includes(fix.id)) ids.push(fix.id);
  }
  const side = fixes.find((fix) => fix.id === ids[0])?.runsOn;
  return ids.filter((id) => fixes.find((fix) => fix.id === id)?.runsOn === side);
}
