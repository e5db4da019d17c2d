/**
 * Search as both UIs run it: decode the query, ask the full-text engine (Pagefind in the browser, passed
 * in so this stays pure), merge with rankResults. Code hits are available before the text search ends.
 */
import { describeProblems, lookupCode, type CodeIndex } from '../decoder';
import { codeHits, rankResults, type SearchHit } from './rank-results';

/** Full-text search: Pagefind's results as base-relative paths, best first. */
export type TextSearch = (query: string) => Promise<SearchHit[]>;

export interface SearchOutcome {
  query: string;
  hits: SearchHit[];
  /** "not a code we know" messages for code-like tokens we could not resolve. */
  problems: string[];
}

/** The instant part: code hits and problems, no text search. */
export function searchCodes(query: string, index: CodeIndex): SearchOutcome {
  const decoded = lookupCode(query, index);
  return { query, hits: codeHits(decoded), problems: describeProblems(decoded) };
}

export async function runSearch(query: string, index: CodeIndex, textSearch: TextSearch): Promise<SearchOutcome> {
  const instant = searchCodes(query, index);
  const pages = query.trim() ? await textSearch(query) : [];
  return { ...instant, hits: rankResults(instant.hits, pages) };
}
