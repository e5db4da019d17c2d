/**
 * The one question that best tells the top two causes apart: among the questions not yet answered yes or no,
 * the one whose two answers move the two causes furthest apart. Decisive questions win ties, then the order
 * the page asks them in. None when a cause is proven or nothing separates the two.
 */
import type { Observation } from '../../catalogue/observations';
import { effectOf, type Answers } from './answers';
import type { Ranking, RankedCause } from './rank-causes';

export interface BestCheck {
  readonly observation: Observation;
  readonly between: readonly [RankedCause, RankedCause];
  /** The cause a "yes" favours. */
  readonly yesFavours: RankedCause;
}

export function bestCheck(ranking: Ranking, answers: Answers, observations: readonly Observation[]): BestCheck | null {
  const [first, second] = ranking.ranked;
  if (!first || !second || first.proven) return null;
  const shift = (observation: Observation, causeId: string, answer: 'yes' | 'no') =>
    observation.suggests
      .filter((link) => link.cause === causeId)
      .reduce((sum, link) => sum + effectOf(answer, link.weight, observation.decisive), 0);
  let best: { observation: Observation; gap: number; yes: number } | null = null;
  for (const observation of observations) {
    const answer = answers.get(observation.id);
    if (answer === 'yes' || answer === 'no') continue;
    const yes = shift(observation, first.cause.id, 'yes') - shift(observation, second.cause.id, 'yes');
    const no = shift(observation, first.cause.id, 'no') - shift(observation, second.cause.id, 'no');
    const gap = Math.abs(yes) + Math.abs(no);
    if (gap === 0) continue;
    const better = !best || gap > best.gap || (gap === best.gap && observation.decisive && !best.observation.decisive);
    if (better) best = { observation, gap, yes };
  }
  if (!best) return null;
  return { observation: best.observation, between: [first, second], yesFavours: best.yes >= 0 ? first : second };
}
