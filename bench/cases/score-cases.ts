/**
 * Runs every benchmark case through the selector's own ranking, exactly as the page would: the pasted text
 * through situationsForText (and the log entries it quotes through observationsForText), the answers through
 * rankCauses. Only `reported` is read.
 */
import { causes } from '../../src/catalogue';
import { codeGuides, errorCodes } from '../../src/catalogue/error-codes';
import { observations } from '../../src/catalogue/observations';
import { situations } from '../../src/catalogue/situations';
import { indexCodes } from '../../src/lib/decoder';
import { answersFrom } from '../../src/lib/selector/answers';
import { observationsForText, withPastedAnswers } from '../../src/lib/selector/observations-for-text';
import { rankCauses } from '../../src/lib/selector/rank-causes';
import { situationsForText } from '../../src/lib/selector/situations-for-text';
import { pendingCauseIds, type BenchCase } from './schema';

export interface CaseResult {
  readonly id: string;
  readonly url: string;
  readonly confirmed: string;
  /** 1-based position of the confirmed cause in the list the page shows; 0 when absent. */
  readonly position: number;
  readonly top: readonly string[];
  readonly pending: boolean;
  /** Why it is not first, in plain words; empty for a hit. */
  readonly reason: string;
}

const index = indexCodes(errorCodes, codeGuides);
const decodedNames = (found: ReturnType<typeof situationsForText>) =>
  [found.decoded?.main, found.decoded?.extended]
    .flatMap((t) => (t?.matches[0] ? [t.matches[0].code.name ?? `0x${t.matches[0].code.value.toString(16)}`] : []))
    .join(' + ');
const known = new Set<string>(causes.map((c) => c.id));

export function scoreCase(benchCase: BenchCase): CaseResult {
  const { reported } = benchCase;
  const found = situationsForText(reported.code, situations, index);
  const ranking = rankCauses(
    {
      answers: withPastedAnswers(
        answersFrom(reported.yes, reported.no),
        observationsForText(reported.code, observations),
      ),
      situations: found.situations,
    },
    observations,
    causes,
  );
  const ids = ranking.ranked.map((r) => r.cause.id);
  const position = ids.indexOf(benchCase.confirmedCause) + 1;
  const pending = !known.has(benchCase.confirmedCause) && pendingCauseIds.some((id) => id === benchCase.confirmedCause);
  const entry = ranking.ranked[position - 1];
  const reason =
    position === 1
      ? ''
      : pending
        ? `the confirmed cause "${benchCase.confirmedCause}" does not exist yet (issue 14)`
        : ranking.ruledOut.some((r) => r.cause.id === benchCase.confirmedCause)
          ? `ruled out: ${ranking.ruledOut.find((r) => r.cause.id === benchCase.confirmedCause)?.because}`
          : ids.length === 0
            ? `nothing to rank: ${decodedNames(found) ? `the decoder knows ${decodedNames(found)}, but no situation lists it yet` : 'no known code, message or answer'}`
            : position === 0
              ? `not listed; the answers point elsewhere (first: ${ids[0]})`
              : `at position ${position}${entry?.tied ? ' (tied)' : ''} behind ${ids.slice(0, position - 1).join(', ')}`;
  return {
    id: benchCase.id,
    url: benchCase.source.url,
    confirmed: benchCase.confirmedCause,
    position,
    top: ids.slice(0, 3),
    pending,
    reason,
  };
}

export function summarize(results: readonly CaseResult[]) {
  const rate = (n: number) =>
    +((100 * results.filter((r) => r.position > 0 && r.position <= n).length) / results.length).toFixed(1);
  return { cases: results.length, top1Percent: rate(1), top2Percent: rate(2) };
}
