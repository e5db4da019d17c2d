/**
 * Cuts one segment of a script (highlighted spans and "\n" text) into blocks of a few dozen lines, so the browser
 * lays out and paints only the blocks in view: each block is `content-visibility: auto` (styled in
 * pages/selector-tokens.css.ts), and a block scrolled out of the script's box costs no style, layout or paint.
 * One big inline run of ~1,500 lines was laid out whole on every change: 120–250 ms from input to paint.
 *
 * Only the element tree changes: the text nodes, in order, are exactly the script's text, so `textContent`
 * (what the tests compare) and a selection copied by hand give the script byte for byte.
 */

/** Lines per block: the view shows about 30 lines, so one or two blocks are laid out; a long script is ~40 blocks. */
export const LINES_PER_BLOCK = 40;

function newBlock(): HTMLElement {
  const block = document.createElement('span');
  block.className = 'rdp-lines-block';
  return block;
}

/**
 * Tells the browser the size of a block it has not laid out yet (its lines, and its longest line in characters of
 * the monospace font), so both scrollbars are right from the start and the script's width does not change as blocks
 * come into view. Set through CSSOM, which no Content-Security-Policy governs (style-src-attr does cover a
 * style attribute written as HTML).
 */
function sealBlock(block: HTMLElement, lines: number, widest: number): HTMLElement {
  block.style.containIntrinsicSize = `auto ${widest}ch auto ${lines}lh`;
  return block;
}

/**
 * A segment wrapper holding `nodes` cut into blocks. Newlines live only in top-level text nodes (build-time
 * fragments and generated lines both put each token in its own span and the "\n" between them), so a text node
 * is the only place a block can end; it is split there.
 */
export function segmentInBlocks(nodes: Iterable<Node>): HTMLElement {
  const segment = document.createElement('span');
  segment.className = 'rdp-segment';
  let block = newBlock();
  let lines = 0;
  let column = 0;
  let widest = 0;
  for (const node of [...nodes]) {
    const text = node.textContent ?? '';
    if (node.nodeType !== Node.TEXT_NODE || !text.includes('\n')) {
      block.append(node);
      column += text.length;
      continue;
    }
    let rest = text;
    for (let end = rest.indexOf('\n'); end !== -1; end = rest.indexOf('\n')) {
      block.append(rest.slice(0, end + 1));
      widest = Math.max(widest, column + end);
      column = 0;
      rest = rest.slice(end + 1);
      if (++lines === LINES_PER_BLOCK) {
        segment.append(sealBlock(block, lines, widest));
        block = newBlock();
        lines = widest = 0;
      }
    }
    if (rest) block.append(rest);
    column += rest.length;
  }
  // A segment always ends with "\n"; a last block with text but no newline would still need its line.
  if (block.hasChildNodes()) segment.append(sealBlock(block, Math.max(lines, 1), Math.max(widest, column)));
  return segment;
}
