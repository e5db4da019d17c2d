import { describe, expect, it } from 'vitest';
import { codeFamilies, errorCodes } from '../../catalogue/error-codes';
import { ROWS_PER_CHUNK, codeTableChunks, estimatedRowLines } from './code-table-chunks';

describe('codeTableChunks', () => {
  for (const { family } of codeFamilies) {
    const codes = errorCodes.filter((c) => c.family === family);
    it(`keeps every ${family} code once, in table order, in chunks of at most ${ROWS_PER_CHUNK} rows`, () => {
      const chunks = codeTableChunks(codes);
      expect(chunks.flatMap((chunk) => chunk.codes)).toEqual(codes);
      for (const chunk of chunks) {
        expect(chunk.codes.length).toBeGreaterThan(0);
        expect(chunk.codes.length).toBeLessThanOrEqual(ROWS_PER_CHUNK);
        expect(chunk.lines).toBe(chunk.codes.reduce((sum, code) => sum + estimatedRowLines(code), 0));
      }
      expect(chunks.slice(0, -1).every((chunk) => chunk.codes.length === ROWS_PER_CHUNK)).toBe(true);
    });
  }

  it('gives no chunk for no codes', () => {
    expect(codeTableChunks([])).toEqual([]);
  });
});

describe('estimatedRowLines', () => {
  it('counts the code cell (hex, then decimal) as the least a row takes', () => {
    expect(estimatedRowLines({ name: null, meaning: 'Short.' })).toBe(2);
  });

  it('adds the name and meaning lines, each wrapped on its own', () => {
    expect(estimatedRowLines({ name: 'x'.repeat(10), meaning: 'y'.repeat(10) })).toBe(2);
    const long = estimatedRowLines({ name: null, meaning: 'y'.repeat(400) });
    expect(long).toBeGreaterThan(2);
    // A name is a line of its own above the meaning, however short both are.
    expect(estimatedRowLines({ name: 'x'.repeat(10), meaning: 'y'.repeat(400) })).toBe(long + 1);
  });
});
