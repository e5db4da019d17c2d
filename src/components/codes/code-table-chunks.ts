/**
 * The code index lists every code, which is over a thousand rows at five times today's catalogue. Laying all of them
 * out at load was the page's one long task (Lighthouse mobile 71-76 at 5x), so the rows are cut into chunks, each a
 * table in a box the browser skips (style, layout, paint) while it is out of view (content-visibility: auto).
 *
 * A skipped box takes the size we estimate for it, so the page's height (its scroll bar) stays close to the truth
 * before the rows are drawn; a jump to a family's heading draws the chunks above it first (draw-before-anchor.ts). The estimate counts the lines each row wraps to in the meaning column at the
 * desktop content width; the stylesheet turns lines and rows into a height. On a narrow screen rows wrap more, and
 * the box corrects itself once drawn (`contain-intrinsic-block-size: auto` remembers the drawn size).
 */
import type { ErrorCode } from '../../catalogue/error-codes';

/** Rows per chunk: small enough that the first screen lays out a chunk or two, large enough to keep tables few. */
export const ROWS_PER_CHUNK = 20;

/**
 * Characters per line in the meaning column at the desktop content width (about 20rem): body text averages about
 * 0.5em a character, and names are monospace at 0.875em, about 0.53em a character.
 */
const TEXT_CHARS_PER_LINE = 60;
const NAME_CHARS_PER_LINE = 54;

export interface CodeTableChunk {
  codes: readonly ErrorCode[];
  /** Lines the meaning cells wrap to, summed over the chunk's rows (a row is at least two lines: hex and decimal). */
  lines: number;
}

/** The lines one row takes: its tallest cell, the code cell being two lines (hex, then decimal). */
export function estimatedRowLines(code: Pick<ErrorCode, 'name' | 'meaning'>): number {
  const nameLines = code.name ? Math.ceil(code.name.length / NAME_CHARS_PER_LINE) : 0;
  const meaningLines = Math.ceil(code.meaning.length / TEXT_CHARS_PER_LINE);
  return Math.max(2, nameLines + meaningLines);
}

/** `codes` in table order, cut into chunks of at most ROWS_PER_CHUNK rows. */
export function codeTableChunks(codes: readonly ErrorCode[]): CodeTableChunk[] {
  const chunks: CodeTableChunk[] = [];
  for (let start = 0; start < codes.length; start += ROWS_PER_CHUNK) {
    const slice = codes.slice(start, start + ROWS_PER_CHUNK);
    chunks.push({ codes: slice, lines: slice.reduce((sum, code) => sum + estimatedRowLines(code), 0) });
  }
  return chunks;
}
