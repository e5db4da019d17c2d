/**
 * Loads the code search once, on first use: its logic (code-index.ts) and its data (codes/decoder.json) side by
 * side. Callers start it early (focus, pointer over the search button, the dialog opening) so that by the first
 * keystroke it is usually there and code hits show at once.
 */
import { readDecoderData } from '../../lib/search/decoder-data';
import { siteBase } from '../site-base';
import type { CodeSearch, rankResults } from './code-index';

export interface CodeIndexModule extends CodeSearch {
  readonly rankResults: typeof rankResults;
}

let loading: Promise<CodeIndexModule> | undefined;

async function fetchDecoderData() {
  const url = `${siteBase}codes/decoder.json`;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}; is the whole site deployed?`);
  return readDecoderData(await response.json(), url);
}

export function loadCodeIndex(): Promise<CodeIndexModule> {
  loading ??= Promise.all([import('./code-index'), fetchDecoderData()])
    .then(([module, data]) => ({ ...module.createCodeSearch(data), rankResults: module.rankResults }))
    .catch((error: unknown) => {
      loading = undefined; // a failed fetch (server restarted, flaky link) may be retried by the next keystroke
      throw error;
    });
  return loading;
}
