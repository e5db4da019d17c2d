/**
 * The questions a pasted text answers by itself: a host log entry quoted in the code box (Schannel 36874, event
 * 1057 and its status line) is a "yes" to the question about that entry. Only a real quotation counts, three quarters
 * of the entry's own words in one run, so a phrase two entries share ("The relevant status code was") or a
 * generic one ("Access is denied") answers nothing.
 */
import type { Observation } from '../../catalogue/observations';
import { matchMessages } from '../search/match-message';
import type { Answers } from './answers';

const QUOTED = 0.75;

export function observationsForText(text: string, observations: readonly Observation[]): string[] {
  const known = observations.flatMap((o) => (o.messages ?? []).map((m) => ({ key: o.id, text: m.text })));
  return matchMessages(text, known)
    .filter((match) => match.coverage >= QUOTED)
    .map((match) => match.key);
}

/** The technician's own yes or no wins; a pasted log entry answers a question left open or at "don't know". */
export function withPastedAnswers(answers: Answers, pasted: readonly string[]): Answers {
  const merged = new Map(answers);
  for (const id of pasted) if ((merged.get(id) ?? 'unknown') === 'unknown') merged.set(id, 'yes');
  return merged;
}
