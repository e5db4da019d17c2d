/**
 * What the rest of the site reads from situations: which guides a code page links to at the top, and the pair
 * guides (a main + extended code, such as 0x904 with extended 0x7) the decoder recognises as a pair.
 */
import type { CodeFamily, CodeGuide } from '../error-codes/schema';
import type { Situation } from './schema';

/** A situation whose codes are exactly one disconnect code and one extended code is a pair: 0x904 + 0x7. */
export function pairOf(situation: Situation): { main: number; extended: number } | null {
  const main = situation.codes.filter((c) => c.family === 'disconnect');
  const extended = situation.codes.filter((c) => c.family === 'extended');
  if (main.length !== 1 || extended.length !== 1 || situation.codes.length !== 2) return null;
  return { main: main[0]!.value, extended: extended[0]!.value };
}

/** The pair guides, in the shape the decoder and the code index have always read. */
export function pairGuides(situations: readonly Situation[]): CodeGuide[] {
  return situations.flatMap((situation) => {
    const pair = pairOf(situation);
    return pair ? [{ ...pair, path: situation.guide, title: situation.title }] : [];
  });
}

/** Every situation that lists this code: its code page links to each guide at the top. */
export const situationsForCode = (situations: readonly Situation[], family: CodeFamily, value: number): Situation[] =>
  situations.filter((s) => s.codes.some((c) => c.family === family && c.value === value));
