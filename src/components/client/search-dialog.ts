/**
 * <rdp-site-search>: opens the header search dialog by button or Ctrl/Cmd+K, closes it on Escape, a
 * click outside, or a followed link. The results inside are <rdp-search> (search-element.ts).
 */
import { preloadSearch } from './search-element';

class RdpSiteSearch extends HTMLElement {
  connectedCallback() {
    const open = this.querySelector<HTMLButtonElement>('button[data-open-modal]')!;
    const close = this.querySelector<HTMLButtonElement>('button[data-close-modal]')!;
    const dialog = this.querySelector('dialog')!;
    const frame = this.querySelector('.dialog-frame')!;
    const input = dialog.querySelector<HTMLInputElement>('input[type="search"]')!;
    if (/(Mac|iPhone|iPod|iPad)/i.test(navigator.platform)) {
      const key = this.querySelector('[data-shortcut] kbd');
      if (key) key.textContent = '⌘';
      open.setAttribute('aria-keyshortcuts', 'Meta+K');
    }
    const onClick = (event: MouseEvent) => {
      const target = event.target as Element;
      if (target.closest('a') || !frame.contains(target)) dialog.close();
    };
    const show = () => {
      dialog.showModal();
      document.body.toggleAttribute('data-search-modal-open', true);
      input.focus();
      input.select();
      setTimeout(() => window.addEventListener('click', onClick));
    };
    open.addEventListener('click', show);
    // Fetch the code index while the pointer or focus is on the button, before the dialog opens.
    const base = dialog.querySelector<HTMLElement>('rdp-search')?.dataset.base ?? '/';
    for (const type of ['pointerenter', 'focus'])
      open.addEventListener(type, () => preloadSearch(base), { once: true });
    close.addEventListener('click', () => dialog.close());
    dialog.addEventListener('close', () => {
      document.body.toggleAttribute('data-search-modal-open', false);
      window.removeEventListener('click', onClick);
    });
    window.addEventListener('keydown', (event) => {
      if ((event.metaKey || event.ctrlKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        if (dialog.open) dialog.close();
        else show();
      }
    });
    open.disabled = false;
  }
}

customElements.define('rdp-site-search', RdpSiteSearch);
