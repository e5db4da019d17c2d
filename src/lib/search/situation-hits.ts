/**
 * Guides reached from what a technician pastes: a dialog message (whole or in part, any order of lines) or a
 * code that a situation lists, such as 516 (0x204) from a third-party client. Pure: situations come in as data.
 */
import type { Situation } from '../../catalogue/situations';
import { formatHex, type DecodedQuery } from '../decoder';
import type { SearchHit } from './rank-results';

/** The fields search reads; a situation from the catalogue fits. */
export type SituationRef = Pick<Situation, 'id' | 'title' | 'guide' | 'codes' | 'messages'>;

/** Fewer words than this is a phrase many messages share ("remote computer"), not a pasted message. */
const MIN_WORDS = 4;
/** Share of a message's words a longer paste must contain, so a paste with extra lines still matches. */
const MIN_SHARE = 0.6;

/** Words in reading order: lower case, typographic apostrophes folded, placeholders such as <computer name 1>
 * and list numbers such as "1)" dropped. Letters of every script count, so a translated message works too. */
export function messageWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/<[^>]*>/g, ' ')
    .split(/[^\p{L}\p{N}']+/u)
    .map((word) => word.replace(/^'+|'+$/g, ''))
    .filter((word) => word && !/^[0-9]$/.test(word));
}

const containsRun = (haystack: readonly string[], needle: readonly string[]) =>
  haystack.some((_, start) => needle.every((word, i) => haystack[start + i] === word));

/** How well the query matches one message: 1 for a run of its words or the whole message, else the share of the
 * message's words present (0 below MIN_SHARE). */
function messageScore(query: readonly string[], message: readonly string[]): number {
  if (query.length < MIN_WORDS || message.length === 0) return 0;
  if (containsRun(message, query)) return 1 + query.length / 1000;
  const present = new Set(query);
  const share = message.filter((word) => present.has(word)).length / message.length;
  return share >= MIN_SHARE && message.length >= MIN_WORDS ? share : 0;
}

/** Situations whose messages the query quotes, best first. */
export function situationsForMessage(query: string, situations: readonly SituationRef[]): SituationRef[] {
  const words = messageWords(query);
  return situations
    .map((situation) => ({
      situation,
      score: Math.max(0, ...situation.messages.map((m) => messageScore(words, messageWords(m.text)))),
    }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score)
    .map((s) => s.situation);
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
  const found = [...situationsForMessage(query, situations), ...situationsForCode(decoded, situations)];
  return found
    .filter((s, i) => found.indexOf(s) === i)
    .map((s) => ({
      path: s.guide,
      title: s.title,
      excerpt:
        best && s.codes.some((c) => c.family === best.family && c.value === best.value)
          ? `Guide for error code ${formatHex(best.value)} (decimal ${best.value}): causes, checks and safe PowerShell.`
          : 'Guide for this message: causes, checks and safe PowerShell.',
      kind: 'guide' as const,
    }));
}
