/**
 * Pagefind, loaded on first use from the site's own base path (so a sub-path such as /kb/rdp works).
 * It exists only after `astro build`; in `astro dev` the text search reports itself unavailable.
 */
import type { SearchHit, TextSearch } from '../../lib/search';
import { stripPasteNoise } from '../../lib/search/strip-paste-noise';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const MAX_PAGE_HITS = 10;
let loading: Promise<Pagefind> | undefined;

function loadPagefind(base: string): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl: base });
    await pagefind.init();
    return pagefind;
  })();
  return loading;
}

/** Only <mark> survives from Pagefind's excerpt (it escapes page text itself; this is a second guard). */
const keepMarks = (html: string) => html.replace(/<(?!\/?mark>)[^>]*>/g, '');

export function pagefindSearch(base: string): TextSearch {
  return async (query) => {
    const pagefind = await loadPagefind(base);
    // A pasted dialog's Timestamp and Activity ID values only add noise to the full-text query.
    const found = await pagefind.search(stripPasteNoise(query));
    const data = await Promise.all((found?.results ?? []).slice(0, MAX_PAGE_HITS).map((r) => r.data()));
    return data.map((d): SearchHit => ({
      path: d.url.startsWith(base) ? d.url.slice(base.length) : d.url.replace(/^\//, ''),
      title: d.meta.title ?? d.url,
      excerpt: keepMarks(d.excerpt),
      kind: 'page',
    }));
  };
}

/** Start loading early (on focus or hover) so the first query does not wait for the index. */
export const preloadPagefind = (base: string): void => void loadPagefind(base).catch(() => undefined);
