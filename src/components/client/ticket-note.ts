/**
 * `<rdp-ticket-note>` on fix pages: copies the whole script exactly as shown (the text its SHA-256 in
 * the note was computed from) and the build-time ticket note (plain text or Markdown).
 * The note and its hashes are computed at build time, so this stays a few lines.
 */
class RdpTicketNote extends HTMLElement {
  connectedCallback() {
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    this.querySelector('[data-copy-script]')?.addEventListener('click', () => {
      const script = this.querySelector('[data-whole-script]')?.textContent ?? '';
      navigator.clipboard.writeText(script).then(
        () => (status.textContent = 'Script copied.'),
        () => (status.textContent = 'Copy failed: your browser blocked the clipboard.'),
      );
    });
    this.querySelector('[data-copy-note]')?.addEventListener('click', () => {
      const markdown = this.querySelector<HTMLSelectElement>('[data-note-format]')?.value === 'markdown';
      const note = (markdown ? this.dataset.markdown : this.dataset.text) ?? '';
      navigator.clipboard.writeText(note).then(
        () => (status.textContent = 'Ticket note copied.'),
        () => (status.textContent = 'Copy failed: your browser blocked the clipboard.'),
      );
    });
  }
}
if (!customElements.get('rdp-ticket-note')) customElements.define('rdp-ticket-note', RdpTicketNote);
