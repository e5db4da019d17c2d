/**
 * <rdp-code-lookup>: on submit, a recognised code or pair goes straight to its page (the pair's guide
 * first); anything else goes to /search/?q=, which is also what the form does without JS.
 */
import { codeGuides, errorCodes } from '../../catalogue/error-codes';
import { indexCodes } from '../../lib/decoder';
import { searchCodes } from '../../lib/search';

const index = indexCodes(errorCodes, codeGuides);

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
    form.addEventListener('submit', (event) => {
      const { hits, problems } = searchCodes(field.value, index);
      const best = hits[0];
      if (!best) {
        status.textContent = problems.join(' ');
        return; // The form goes to /search/?q= with the text.
      }
      event.preventDefault();
      location.assign(base + best.path);
    });
  }
}

customElements.define('rdp-code-lookup', RdpCodeLookup);
