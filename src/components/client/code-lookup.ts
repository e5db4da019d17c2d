/**
 * <rdp-code-lookup>: on submit, a recognised code or pair goes straight to its page (the pair's guide
 * first); anything else goes to /search/?q=, which is also what the form does without JS. A link under the
 * box opens the fix selector with the same text prefilled.
 */
import { loadCodeIndex } from './load-code-index';

class RdpCodeLookup extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form')!;
    const field = form.querySelector('textarea')!;
    const status = this.querySelector('[data-lookup-status]')!;
    const base = this.dataset.base ?? '/';
    // Enter submits (a pasted dialog text has its own line breaks); Shift+Enter adds a line.
    field.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey) {
        event.preventDefault();
        form.requestSubmit();
      }
    });
    field.addEventListener('focus', () => void loadCodeIndex().catch(() => undefined), { once: true });
    // The selector reads the same text (`?code=`, validated there); its link follows what is typed.
    const selectorLink = this.querySelector<HTMLAnchorElement>('[data-selector-link]');
    field.addEventListener('input', () => {
      if (selectorLink)
        selectorLink.href = field.value.trim()
          ? `${base}selector/?code=${encodeURIComponent(field.value.trim().slice(0, 600))}`
          : `${base}selector/`;
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      loadCodeIndex().then(
        ({ findCodes }) => {
          const { hits, problems } = findCodes(field.value);
          const best = hits[0];
          if (best) return location.assign(base + best.path);
          status.textContent = problems.join(' ');
          form.submit(); // not a code: the same GET to /search/?q= as without JS
        },
        () => form.submit(), // the index did not load: fall back to the search page
      );
    });
  }
}

customElements.define('rdp-code-lookup', RdpCodeLookup);
