/**
 * The one ranking both the search dialog and /search/ use: pages of recognised codes first (the pair's
 * guide before everything), then Pagefind's full-text results without duplicates.
 */
import { codePath, codeTitle, formatHex, type DecodedQuery } from '../decoder';

export interface SearchHit {
  /** Path relative to the site base, trailing slash, optional #hash. */
  path: string;
  title: string;
  /** Plain-text summary (code hits) or Pagefind's excerpt HTML (page hits, which Pagefind escapes). */
  excerpt: string;
  kind: 'guide' | 'code' | 'page';
}

/** Max candidates per token; a bare "7" can be four families, more would bury the text results. */
const MAX_PER_TOKEN = 4;

export function codeHits(decoded: DecodedQuery): SearchHit[] {
  const hits: SearchHit[] = [];
  if (decoded.guide) {
    const { main, extended, path, title } = decoded.guide;
    hits.push({
      path,
      title,
      excerpt: `Guide for error code ${formatHex(main)} with extended error code ${formatHex(extended)}.`,
      kind: 'guide',
    });
  }
  // In a pair, each code's best reading comes before the other readings of either.
  const main = decoded.main?.matches.slice(0, MAX_PER_TOKEN) ?? [];
  const extended = decoded.extended?.matches.slice(0, MAX_PER_TOKEN) ?? [];
  const ordered = [...main.slice(0, 1), ...extended.slice(0, 1), ...main.slice(1), ...extended.slice(1)];
  // Two tokens can name one code (FreeRDP logs "ERRINFO_SERVER_DENIED_CONNECTION [0x00010007]"): list it once.
  for (const { code } of ordered)
    if (!hits.some((hit) => hit.path === codePath(code)))
      hits.push({ path: codePath(code), title: codeTitle(code), excerpt: code.meaning, kind: 'code' });
  return hits;
}

const normalize = (path: string) => path.replace(/^\/+/, '').replace(/#.*$/, '');

/** Code hits first, then page hits whose page is not already listed. */
export function rankResults(codes: readonly SearchHit[], pages: readonly SearchHit[]): SearchHit[] {
  const seen = new Set<string>();
  const ranked: SearchHit[] = [];
  for (const hit of [...codes, ...pages]) {
    const key = normalize(hit.path);
    if (seen.has(key)) continue;
    seen.add(key);
    ranked.push(hit);
  }
  return ranked;
}
