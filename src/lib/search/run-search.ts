/**
 * Search as both UIs run it: decode the query, ask the full-text engine (Pagefind in the browser, passed
 * in so this stays pure), merge with rankResults. Code hits are available before the text search ends.
 */
import { describeProblems, lookupCode, type CodeIndex } from '../decoder';
import { codeHits, rankResults, type SearchHit } from './rank-results';
import { situationHits, type SituationRef } from './situation-hits';
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
 * The instant part: code hits and problems, no text search. A pair's guide comes first, then the guides of the
 * situations whose message the query quotes or whose code it names, then the code pages. A pasted dialog's
 * Timestamp, Activity ID and GUID values are removed before decoding: their digits are not codes.
 */
export function searchCodes(query: string, index: CodeIndex, situations: readonly SituationRef[] = []): SearchOutcome {
  const decoded = lookupCode(stripPasteNoise(query), index);
  const codes = codeHits(decoded);
  const pair = codes.filter((hit) => hit.kind === 'guide');
  const rest = codes.filter((hit) => hit.kind !== 'guide');
  const hits = rankResults([...pair, ...situationHits(query, decoded, situations)], rest);
  return { query, hits, problems: describeProblems(decoded) };
}

export async function runSearch(
  query: string,
  index: CodeIndex,
  textSearch: TextSearch,
  situations: readonly SituationRef[] = [],
): Promise<SearchOutcome> {
  const instant = searchCodes(query, index, situations);
  const text = stripPasteNoise(query).trim();
  const pages = text ? await textSearch(text) : [];
  return { ...instant, hits: rankResults(instant.hits, pages) };
}
