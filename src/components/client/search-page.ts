/** The /search/ page: runs the query from ?q= on load and keeps the URL in step with the input. */
import type { RdpSearch } from './search-element';

await customElements.whenDefined('rdp-search');
const panel = document.querySelector<RdpSearch>('main rdp-search');
const input = panel?.querySelector<HTMLInputElement>('input[type="search"]');
if (panel && input) {
  const query = new URLSearchParams(location.search).get('q') ?? '';
  input.value = query;
  if (query) panel.search(query);
  input.addEventListener('input', () => {
    const url = new URL(location.href);
    url.searchParams.set('q', input.value);
    history.replaceState(null, '', url);
  });
}
