/**
 * The code index lists every code, which is over a thousand rows at five times today's catalogue. Laying all of them
 * out at load was the page's one long task (Lighthouse mobile 71-76 at 5x), so the rows are cut into chunks, each a
 * table in a box the browser skips (style, layout, paint) while it is out of view (content-visibility: auto).
 *
 * A skipped box takes the size we estimate for it, so the page's height (its scroll bar) stays close to the truth
 * before the rows are drawn; a jump to a family's heading draws the chunks above it first (draw-before-anchor.ts).
 * The estimate counts the lines each row wraps to in the meaning column, at two widths: a desktop's and a phone's.
 * The stylesheet (src/pages/codes/index.astro) picks one and turns lines and rows into a height; in between, the
 * estimate is rougher, and a drawn box remembers its real size (`contain-intrinsic-block-size: auto`).
 *
 * Pure: the page uses it to write each chunk, and the filter (code-filter.ts) to size a chunk by its matching rows.
 */
import type { ErrorCode } from '../../catalogue/error-codes';

/** Rows per chunk: small enough that the first screen lays out a chunk or two, large enough to keep tables few. */
export const ROWS_PER_CHUNK = 20;

/**
 * Characters per line of the meaning column. Wide: about 24rem, the column at a 1280 px window (Starlight's
 * sidebar and contents beside it); narrow: about 12rem, the column on a 412 px phone. Body text averages about 0.5em a
 * character; names are monospace at 0.875em, about 0.53em a character. Tuned against the sizes the browser draws
 * (tests/e2e/code-index.test.ts checks the estimate at both widths).
 */
const CHARS_PER_LINE = {
  wide: { text: 60, name: 54 },
  narrow: { text: 24, name: 23 },
} as const;

export type ColumnWidth = keyof typeof CHARS_PER_LINE;

type RowText = Pick<ErrorCode, 'name' | 'meaning'>;

/** The lines one row takes at `width`: its tallest cell, the code cell being two lines (hex, then decimal). */
export function estimatedRowLines(row: RowText, width: ColumnWidth): number {
  const perLine = CHARS_PER_LINE[width];
  const nameLines = row.name ? Math.ceil(row.name.length / perLine.name) : 0;
  const meaningLines = Math.ceil(row.meaning.length / perLine.text);
  return Math.max(2, nameLines + meaningLines);
}

/**
 * The custom properties the stylesheet sizes a skipped chunk by: its rows, and the lines they wrap to at each width.
 * The filter sets them again for the rows it shows.
 */
export function chunkSizeProperties(rows: readonly RowText[]): Record<string, string> {
  const lines = (width: ColumnWidth) => rows.reduce((sum, row) => sum + estimatedRowLines(row, width), 0);
  return {
    '--rdp-chunk-rows': String(rows.length),
    '--rdp-chunk-lines': String(lines('wide')),
    '--rdp-chunk-lines-narrow': String(lines('narrow')),
  };
}

/** `codes` in table order, cut into chunks of at most ROWS_PER_CHUNK rows. */
export function codeTableChunks(codes: readonly ErrorCode[]): ErrorCode[][] {
  const chunks: ErrorCode[][] = [];
  for (let start = 0; start < codes.length; start += ROWS_PER_CHUNK) {
    chunks.push(codes.slice(start, start + ROWS_PER_CHUNK));
  }
  return chunks;
}
