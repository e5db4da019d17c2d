/**
 * The code search that every page's search box and lookup field run: the decoder's index over the data the build
 * wrote to codes/decoder.json (src/lib/search/decoder-data.ts). This module is logic only; load-code-index.ts
 * loads it together with the data on first use, never with the page.
 */
import { indexCodes } from '../../lib/decoder';
import { searchCodes, type SearchOutcome } from '../../lib/search';
import type { DecoderData } from '../../lib/search/decoder-data';

export interface CodeSearch {
  /** Codes, pairs, guides and names recognised in `query`, ranked; synchronous once loaded. */
  readonly findCodes: (query: string) => SearchOutcome;
}

export function createCodeSearch(data: DecoderData): CodeSearch {
  const index = indexCodes(data.codes, data.guides);
  return { findCodes: (query) => searchCodes(query, index, data.situations) };
}

export { rankResults } from '../../lib/search';
