/**
 * <rdp-code-filter>: filters the code tables by the words typed. A row matches when every word is in its text or in
 * another spelling of its code (padded hex, bare hex: codeAliases, from the row's data-code and name). Without JS
 * the controls stay hidden and the tables whole.
 *
 * The rows come in chunks (src/components/codes/code-table-chunks.ts): a chunk with no match is hidden like a
 * family with none, and while a filter is on, data-filtering lays the shown rows out for real, since a chunk's
 * estimated size counts every row.
 */
import { codeAliases } from '../../lib/decoder/format-code';

class RdpCodeFilter extends HTMLElement {
  /** Each row's searchable text, read once: the rows never change. */
  readonly #rowText = new WeakMap<HTMLElement, string>();

  connectedCallback() {
    const controls = this.querySelector<HTMLElement>('[data-filter-controls]');
    const input = this.querySelector<HTMLInputElement>('input[type="search"]');
    if (!controls || !input) return;
    controls.hidden = false;
    input.addEventListener('input', () => this.apply(input.value));
    if (input.value) this.apply(input.value);
  }

  private textOf(row: HTMLElement): string {
    let text = this.#rowText.get(row);
    if (text === undefined) {
      const name = row.querySelector('code')?.textContent ?? null;
      const aliases = codeAliases({ value: Number(row.dataset.code), name });
      // Word by word: a cell's link and text touch in the markup ("0x904" then "2308"), and must not read as one.
      const words = Array.from(row.querySelectorAll('td'), (cell) =>
        Array.from(cell.childNodes, (node) => node.textContent ?? '').join(' '),
      );
      text = [...aliases, ...words].join(' ').toLowerCase();
      this.#rowText.set(row, text);
    }
    return text;
  }

  private apply(query: string) {
    const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
    this.toggleAttribute('data-filtering', terms.length > 0);
    let shown = 0;
    for (const section of this.querySelectorAll<HTMLElement>('[data-filter-section]')) {
      let inSection = 0;
      for (const chunk of section.querySelectorAll<HTMLElement>('[data-filter-chunk]')) {
        let inChunk = 0;
        for (const row of chunk.querySelectorAll<HTMLElement>('tr[data-code]')) {
          const text = this.textOf(row);
          const match = terms.every((t) => text.includes(t));
          row.hidden = !match;
          if (match) inChunk++;
        }
        chunk.hidden = inChunk === 0;
        inSection += inChunk;
      }
      section.hidden = inSection === 0;
      shown += inSection;
    }
    const count = this.querySelector('[data-filter-count]');
    if (count) count.textContent = terms.length ? `${shown} code${shown === 1 ? '' : 's'} match` : '';
  }
}

customElements.define('rdp-code-filter', RdpCodeFilter);
