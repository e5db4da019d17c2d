/**
 * <rdp-code-filter>: filters the code tables by the words typed. A row matches when every word is in its text or in
 * another spelling of its code (padded hex, bare hex: codeAliases, from the row's data-code and name). Without JS
 * the controls stay hidden and the tables whole.
 *
 * The rows come in chunks the browser skips while out of view (src/components/codes/code-table-chunks.ts). A chunk
 * with no match is hidden like a family with none. While the filter shows at most DRAW_ALL_LIMIT rows, every chunk is
 * drawn for real (data-filtering="few"): a skipped chunk would keep the size it last had with all its rows. Beyond
 * it ("many"), drawing every match would bring back the long layout the chunks exist to avoid, so chunks stay
 * skipped: one never drawn is sized by the rows it shows, one drawn before keeps its full size until it is drawn
 * again (a longer scroll bar, not a wrong row).
 */
import { chunkSizeProperties } from '../codes/code-table-chunks';
import { codeAliases } from '../../lib/decoder/format-code';

/** The most shown rows laid out at once: about a quarter of the layout that made the page slow at 5x. */
const DRAW_ALL_LIMIT = 300;

interface Row {
  /** Everything a word may match, lowercase. */
  text: string;
  name: string | null;
  meaning: string;
}

class RdpCodeFilter extends HTMLElement {
  /** Each row's text, read once: the rows never change. */
  readonly #rows = new WeakMap<HTMLTableRowElement, Row>();

  connectedCallback() {
    const controls = this.querySelector<HTMLElement>('[data-filter-controls]');
    const input = this.querySelector<HTMLInputElement>('input[type="search"]');
    if (!controls || !input) return;
    controls.hidden = false;
    input.addEventListener('input', () => this.apply(input.value));
    if (input.value) this.apply(input.value);
  }

  private rowOf(element: HTMLTableRowElement): Row {
    let row = this.#rows.get(element);
    if (row === undefined) {
      const name = element.querySelector('code')?.textContent ?? null;
      const meaningCell = element.cells[1];
      // The meaning is the cell's text after the name (<code>), which sits above it.
      const meaning =
        meaningCell?.lastChild?.nodeType === Node.TEXT_NODE ? (meaningCell.lastChild.textContent ?? '') : '';
      const aliases = codeAliases({ value: Number(element.dataset.code), name });
      // Word by word: a cell's link and text touch in the markup ("0x904" then "2308"), and must not read as one.
      const words = Array.from(element.cells, (cell) =>
        Array.from(cell.childNodes, (node) => node.textContent ?? '').join(' '),
      );
      row = { text: [...aliases, ...words].join(' ').toLowerCase(), name, meaning };
      this.#rows.set(element, row);
    }
    return row;
  }

  private apply(query: string) {
    const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const section of this.querySelectorAll<HTMLElement>('[data-filter-section]')) {
      let inSection = 0;
      for (const chunk of section.querySelectorAll<HTMLElement>('[data-filter-chunk]')) {
        const matching: Row[] = [];
        for (const element of chunk.querySelectorAll<HTMLTableRowElement>('tr[data-code]')) {
          const row = this.rowOf(element);
          const match = terms.every((t) => row.text.includes(t));
          element.hidden = !match;
          if (match) matching.push(row);
        }
        chunk.hidden = matching.length === 0;
        for (const [property, value] of Object.entries(chunkSizeProperties(matching))) {
          chunk.style.setProperty(property, value);
        }
        inSection += matching.length;
      }
      section.hidden = inSection === 0;
      shown += inSection;
    }
    if (terms.length === 0) delete this.dataset.filtering;
    else this.dataset.filtering = shown <= DRAW_ALL_LIMIT ? 'few' : 'many';
    const count = this.querySelector('[data-filter-count]');
    if (count) count.textContent = terms.length ? `${shown} code${shown === 1 ? '' : 's'} match` : '';
  }
}

customElements.define('rdp-code-filter', RdpCodeFilter);
