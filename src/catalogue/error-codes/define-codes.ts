/**
 * Builds catalogue entries from compact table rows, so each family file reads like the source table.
 * Per-code extras (notes, causes, relations) are passed separately and merged by value.
 */
import type { CodeFamily, ErrorCode } from './schema';

/** One table row: value, symbolic name, paraphrased meaning, and `true` when the meaning is only read from the name. */
export type CodeRow = readonly [value: number, name: string | null, meaning: string, meaningInferred?: boolean];
export type CodeExtras = Partial<Pick<ErrorCode, 'notes' | 'related' | 'causes' | 'confidence' | 'sources'>>;

export function defineCodes(
  family: CodeFamily,
  defaults: Pick<ErrorCode, 'sources' | 'confidence'>,
  rows: readonly CodeRow[],
  extras: Readonly<Record<number, CodeExtras>> = {},
): ErrorCode[] {
  return rows.map(([value, name, meaning, meaningInferred = false]) => ({
    family,
    value,
    name,
    meaning,
    meaningInferred,
    confidence: defaults.confidence,
    notes: [],
    sources: defaults.sources,
    related: [],
    causes: [],
    ...extras[value],
  }));
}
