/**
 * Loads code-index.ts once, on first use. Callers start it early (focus, pointer over the search button,
 * the dialog opening) so that by the first keystroke it is usually there and code hits show at once.
 */
import type * as CodeIndex from './code-index';

export type CodeIndexModule = typeof CodeIndex;

let loading: Promise<CodeIndexModule> | undefined;

export function loadCodeIndex(): Promise<CodeIndexModule> {
  loading ??= import('./code-index').catch((error: unknown) => {
    loading = undefined; // a failed fetch (server restarted, flaky link) may be retried by the next keystroke
    throw error;
  });
  return loading;
}
