/**
 * The decoder's index over the whole code catalogue, and the code search that reads it. This module holds
 * every documented code (about 11 KB of JS, gzipped) and builds the index when it runs, so pages load it on
 * first use (load-code-index.ts), never with the page: a guide page should not pay for search it may not use.
 */
import { codeGuides, errorCodes } from '../../catalogue/error-codes';
import { situations } from '../../catalogue/situations';
import { indexCodes } from '../../lib/decoder';
import { searchCodes, type SearchOutcome } from '../../lib/search';

const index = indexCodes(errorCodes, codeGuides);

/** Situations carry only ids, titles, paths, codes and messages (a few KB): enough to send a pasted message or a
 * decimal code such as 516 to its guide before the full-text search answers. */
const situationRefs = situations.map(({ id, title, guide, codes, messages }) => ({
  id,
  title,
  guide,
  codes,
  messages,
}));

/** Codes, pairs, guides and names recognised in `query`, ranked; synchronous once this module has loaded. */
export const findCodes = (query: string): SearchOutcome => searchCodes(query, index, situationRefs);

export { rankResults } from '../../lib/search';
