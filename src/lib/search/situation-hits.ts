/**
 * Guides reached from what a technician pastes: a dialog message (whole or in part, any order of lines) or a
 * code that a situation lists, such as 516 (0x204) from a third-party client. Pure: situations come in as data.
 */
import type { Situation } from '../../catalogue/situations';
import { formatHex, type DecodedQuery } from '../decoder';
import { matchMessages, type MessageMatch } from './match-message';
import type { SearchHit } from './rank-results';

/** The fields search reads; a situation from the catalogue fits. */
export type SituationRef = Pick<Situation, 'id' | 'title' | 'guide' | 'codes' | 'messages'>;

/** Situations whose messages the query contains, best first, each with the most distinctive phrase it shares and
 * its score. A phrase many messages share ("remote computer") weighs little; see match-message.ts. */
export function situationsForMessage<S extends SituationRef>(
  query: string,
  situations: readonly S[],
): MessageMatch<S>[] {
  const known = situations.flatMap((situation) => situation.messages.map((m) => ({ key: situation, text: m.text })));
  return matchMessages(query, known);
}

/** A situation listing the best reading of the main code. Pair situations (0x904 + 0x7) are reached as pairs. */
function situationsForCode(decoded: DecodedQuery, situations: readonly SituationRef[]): SituationRef[] {
  const best = decoded.main?.matches[0]?.code;
  if (!best || decoded.guide) return [];
  return situations.filter(
    (s) =>
      !(s.codes.some((c) => c.family === 'disconnect') && s.codes.some((c) => c.family === 'extended')) &&
      s.codes.some((c) => c.family === best.family && c.value === best.value),
  );
}

/** Guide hits for a query: the messages it quotes first, then the situation of its code. */
export function situationHits(query: string, decoded: DecodedQuery, situations: readonly SituationRef[]): SearchHit[] {
  const best = decoded.main?.matches[0]?.code;
  const byMessage = situationsForMessage(query, situations);
  const phrases = new Map(byMessage.map(({ key, phrase }) => [key, phrase]));
  const found = [...byMessage.map(({ key }) => key), ...situationsForCode(decoded, situations)];
  return found
    .filter((s, i) => found.indexOf(s) === i)
    .map((s) => ({
      path: s.guide,
      title: s.title,
      excerpt: phrases.has(s)
        ? `Your text matches "${phrases.get(s)}": causes, checks and safe PowerShell.`
        : best && s.codes.some((c) => c.family === best.family && c.value === best.value)
          ? `Guide for error code ${formatHex(best.value)} (decimal ${best.value}): causes, checks and safe PowerShell.`
          : 'Guide for this message: causes, checks and safe PowerShell.',
      kind: 'guide' as const,
    }));
}
