/**
 * <rdp-code-filter>: filters the code tables by the words typed. Rows carry their searchable text in
 * data-filter-text (aliases and meaning, lowercase); without JS the controls stay hidden and the tables whole.
 */
class RdpCodeFilter extends HTMLElement {
  connectedCallback() {
    const controls = this.querySelector<HTMLElement>('[data-filter-controls]');
    const input = this.querySelector<HTMLInputElement>('input[type="search"]');
    if (!controls || !input) return;
    controls.hidden = false;
    input.addEventListener('input', () => this.apply(input.value));
    if (input.value) this.apply(input.value);
  }

  private apply(query: string) {
    const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const section of this.querySelectorAll<HTMLElement>('[data-filter-section]')) {
      let inSection = 0;
      for (const row of section.querySelectorAll<HTMLElement>('tr[data-filter-text]')) {
        const text = row.dataset.filterText ?? '';
        const match = terms.every((t) => text.includes(t));
        row.hidden = !match;
        if (match) inSection++;
      }
      section.hidden = inSection === 0;
      shown += inSection;
    }
    const count = this.querySelector('[data-filter-count]');
    if (count) count.textContent = terms.length ? `${shown} code${shown === 1 ? '' : 's'} match` : '';
  }
}

customElements.define('rdp-code-filter', RdpCodeFilter);
