import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { sha256Hex } from './sha256';

const node = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('sha256Hex', () => {
  test('known vectors', () => {
    expect(sha256Hex(new Uint8Array())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex(new TextEncoder().encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
  test('agrees with Node for every length around the block boundaries and random data', () => {
    for (let length = 0; length < 200; length++) {
      const bytes = randomBytes(length);
      expect(sha256Hex(bytes), `length ${length}`).toBe(node(bytes));
    }
    const big = randomBytes(300_000);
    expect(sha256Hex(big)).toBe(node(big));
  });
});
