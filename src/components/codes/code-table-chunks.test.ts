import { describe, expect, it } from 'vitest';
import { codeFamilies, errorCodes } from '../../catalogue/error-codes';
import { ROWS_PER_CHUNK, chunkSizeProperties, codeTableChunks, estimatedRowLines } from './code-table-chunks';

describe('codeTableChunks', () => {
  for (const { family } of codeFamilies) {
    const codes = errorCodes.filter((c) => c.family === family);
    it(`keeps every ${family} code once, in table order, in full chunks of ${ROWS_PER_CHUNK} rows but the last`, () => {
      const chunks = codeTableChunks(codes);
      expect(chunks.flat()).toEqual(codes);
      expect(chunks.slice(0, -1).every((chunk) => chunk.length === ROWS_PER_CHUNK)).toBe(true);
      expect(chunks.at(-1)!.length).toBeGreaterThan(0);
      expect(chunks.at(-1)!.length).toBeLessThanOrEqual(ROWS_PER_CHUNK);
    });
  }

  it('gives no chunk for no codes', () => {
    expect(codeTableChunks([])).toEqual([]);
  });
});

describe('estimatedRowLines', () => {
  it('counts the code cell (hex, then decimal) as the least a row takes', () => {
    expect(estimatedRowLines({ name: null, meaning: 'Short.' }, 'wide')).toBe(2);
    expect(estimatedRowLines({ name: null, meaning: 'Short.' }, 'narrow')).toBe(2);
  });

  it('puts the name on lines of its own above the meaning', () => {
    const meaning = 'y'.repeat(400);
    for (const width of ['wide', 'narrow'] as const) {
      const withoutName = estimatedRowLines({ name: null, meaning }, width);
      expect(withoutName).toBeGreaterThan(2);
      expect(estimatedRowLines({ name: 'x'.repeat(10), meaning }, width)).toBe(withoutName + 1);
    }
  });

  it('wraps more lines in the narrow column than in the wide one', () => {
    const row = { name: 'disconnectReasonAtClientWinsockFDCLOSE', meaning: 'z'.repeat(120) };
    expect(estimatedRowLines(row, 'narrow')).toBeGreaterThan(estimatedRowLines(row, 'wide'));
  });
});

describe('chunkSizeProperties', () => {
  it('sums the rows and their lines at each width', () => {
    const rows = errorCodes.slice(0, 7);
    expect(chunkSizeProperties(rows)).toEqual({
      '--rdp-chunk-rows': '7',
      '--rdp-chunk-lines': String(rows.reduce((sum, row) => sum + estimatedRowLines(row, 'wide'), 0)),
      '--rdp-chunk-lines-narrow': String(rows.reduce((sum, row) => sum + estimatedRowLines(row, 'narrow'), 0)),
    });
  });

  it('sizes a chunk with no shown rows at nothing', () => {
    expect(chunkSizeProperties([])).toEqual({
      '--rdp-chunk-rows': '0',
      '--rdp-chunk-lines': '0',
      '--rdp-chunk-lines-narrow': '0',
    });
  });
});
