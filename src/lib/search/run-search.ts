/**
 * Search as both UIs run it: decode the query, ask the full-text engine (Pagefind in the browser, passed
 * in so this stays pure), merge with rankResults. Code hits are available before the text search ends.
 */
import type { Situation } from '../../catalogue/situations/schema';
import { describeProblems, lookupCode, type CodeIndex } from '../decoder';
import { matchMessages } from './match-message';
import { codeHits, rankResults, type SearchHit } from './rank-results';
import { stripPasteNoise } from './strip-paste-noise';

/** Full-text search: Pagefind's results as base-relative paths, best first. */
export type TextSearch = (query: string) => Promise<SearchHit[]>;

export interface SearchOutcome {
  query: string;
  hits: SearchHit[];
  /** "not a code we know" messages for code-like tokens we could not resolve. */
  problems: string[];
}

/**
 * Guides of the situations whose message the pasted text contains, matched on its most distinctive phrase in
 * whatever language the situation lists (a pasted dialog or event message usually has no code to decode).
 */
export function situationHits(query: string, situations: readonly Situation[]): SearchHit[] {
  const known = situations.flatMap((situation) => situation.messages.map((m) => ({ key: situation, text: m.text })));
  return matchMessages(query, known).map(({ key, phrase }) => ({
    path: key.guide,
    title: key.title,
    excerpt: `Your text matches "${phrase}".`,
    kind: 'guide' as const,
  }));
}

/**
 * The instant part: code hits and problems, no text search. A pasted dialog's Timestamp, Activity ID and GUID
 * values are removed first: their digits are not codes.
 */
export function searchCodes(query: string, index: CodeIndex, situations: readonly Situation[] = []): SearchOutcome {
  const decoded = lookupCode(stripPasteNoise(query), index);
  const codes = codeHits(decoded);
  return { query, hits: rankResults(codes, situationHits(query, situations)), problems: describeProblems(decoded) };
}

export async function runSearch(
  query: string,
  index: CodeIndex,
  textSearch: TextSearch,
  situations: readonly Situation[] = [],
): Promise<SearchOutcome> {
  const instant = searchCodes(query, index, situations);
  const text = stripPasteNoise(query).trim();
  const pages = text ? await textSearch(text) : [];
  return { ...instant, hits: rankResults(instant.hits, pages) };
}
