/**
 * <rdp-search>: one input, one ranked list, used in the header dialog and on /search/. Code hits render
 * as soon as the code index is there (the decoder is synchronous; the index loads on first focus, see
 * load-code-index.ts); Pagefind's results follow and are merged by rankResults, so both places show the
 * same order. ArrowDown/ArrowUp move between the input and the results.
 */
import type { SearchHit, SearchOutcome } from '../../lib/search';
import { loadCodeIndex, type CodeIndexModule } from './load-code-index';
import { pagefindSearch, preloadPagefind } from './search-pagefind';

const TEXT_SEARCH_DELAY_MS = 80;

/** Start fetching what a search needs; called on focus, and by the header button before the dialog opens. */
export function preloadSearch(base: string): void {
  loadCodeIndex().catch(() => undefined); // search() reports a failure when it is actually needed
  preloadPagefind(base);
}

export class RdpSearch extends HTMLElement {
  private input!: HTMLInputElement;
  private list!: HTMLOListElement;
  private status!: HTMLElement;
  private base = '/';
  private run = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback() {
    this.input = this.querySelector('input[type="search"]')!;
    this.list = this.querySelector('[data-search-results]')!;
    this.status = this.querySelector('[data-search-status]')!;
    this.base = this.dataset.base ?? '/';
    this.input.addEventListener('input', () => this.search(this.input.value));
    this.input.addEventListener('focus', () => preloadSearch(this.base), { once: true });
    this.addEventListener('keydown', (event) => this.onKey(event));
    this.querySelector('form')?.addEventListener('submit', (event) => {
      event.preventDefault();
      this.list.querySelector('a')?.click();
    });
  }

  /** Show results for `query` (also used by the /search/ page for ?q=). */
  search(query: string) {
    const run = ++this.run;
    clearTimeout(this.timer);
    loadCodeIndex().then(
      (codes) => run === this.run && this.searchWith(codes, query, run),
      () => {
        if (run !== this.run) return;
        this.dataset.query = query;
        this.dataset.state = 'done';
        this.status.textContent = 'Search could not load its code index. Reload the page and try again.';
      },
    );
  }

  private searchWith(codes: CodeIndexModule, query: string, run: number) {
    const instant = codes.findCodes(query);
    this.render(instant, false);
    if (!query.trim()) return;
    this.timer = setTimeout(() => {
      pagefindSearch(this.base)(query)
        .then(
          (pages) =>
            run === this.run && this.render({ ...instant, hits: codes.rankResults(instant.hits, pages) }, true),
        )
        .catch(() => {
          if (run !== this.run) return;
          this.render(instant, true);
          this.status.textContent += ' Full-text search is not available (it exists only in a built site).';
        });
    }, TEXT_SEARCH_DELAY_MS);
  }

  private render(outcome: SearchOutcome, complete: boolean) {
    this.list.replaceChildren(...outcome.hits.map((hit, i) => this.item(hit, i === 0 && hit.kind !== 'page')));
    // Which query these results answer, set with the state: a reader (or a test) that waits for "done" can tell the
    // results of the query it typed from those of the one before.
    this.dataset.query = outcome.query;
    this.dataset.state = complete ? 'done' : 'codes';
    const messages = [...outcome.problems];
    if (complete && outcome.query.trim() && outcome.hits.length === 0)
      messages.push(`No results for "${outcome.query.trim()}".`);
    this.status.textContent = messages.join(' ');
  }

  private item(hit: SearchHit, best: boolean): HTMLLIElement {
    const li = document.createElement('li');
    li.dataset.kind = hit.kind;
    if (best) li.dataset.best = '';
    const a = document.createElement('a');
    a.href = this.base + hit.path;
    a.dataset.searchHit = '';
    if (best)
      a.append(Object.assign(document.createElement('span'), { className: 'hit-badge', textContent: 'Best match' }));
    a.append(Object.assign(document.createElement('span'), { className: 'hit-title', textContent: hit.title }));
    const excerpt = Object.assign(document.createElement('span'), { className: 'hit-excerpt' });
    // Page excerpts are Pagefind's escaped text with <mark> only (see search-pagefind.ts); code excerpts are our plain text.
    if (hit.kind === 'page') excerpt.innerHTML = hit.excerpt;
    else excerpt.textContent = hit.excerpt;
    a.append(excerpt);
    li.append(a);
    return li;
  }

  private onKey(event: KeyboardEvent) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const stops = [this.input, ...this.list.querySelectorAll<HTMLAnchorElement>('a[data-search-hit]')];
    const at = stops.indexOf(document.activeElement as HTMLInputElement | HTMLAnchorElement);
    if (at === -1) return;
    const next = event.key === 'ArrowDown' ? Math.min(at + 1, stops.length - 1) : Math.max(at - 1, 0);
    stops[next]!.focus();
    event.preventDefault();
  }
}

if (!customElements.get('rdp-search')) customElements.define('rdp-search', RdpSearch);
