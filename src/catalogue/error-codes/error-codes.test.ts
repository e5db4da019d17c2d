/** The code catalogue: schema, uniqueness, references, and agreement with the facts file's tables. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { causes } from '../causes';
import { codeGuides, errorCodes } from './index';
import { CodeGuideSchema, ErrorCodeSchema } from './schema';

const key = (c: { family: string; value: number }) => `${c.family}:0x${c.value.toString(16)}`;
const FACTS = '/work/shared/reference/rdp-facts.md';

describe('error-code catalogue', () => {
  test.each(errorCodes.map((c) => [key(c), c] as const))('%s matches the schema', (_key, code) => {
    const result = ErrorCodeSchema.safeParse(code);
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  });

  test('guides match the schema and point at known codes', () => {
    for (const guide of codeGuides) {
      expect(CodeGuideSchema.safeParse(guide).success).toBe(true);
      expect(errorCodes.some((c) => c.family === 'disconnect' && c.value === guide.main)).toBe(true);
      expect(errorCodes.some((c) => c.family === 'extended' && c.value === guide.extended)).toBe(true);
    }
  });

  test('no code is listed twice in a family, and names are unique', () => {
    const keys = errorCodes.map(key);
    expect(keys.length - new Set(keys).size).toBe(0);
    const names = errorCodes.flatMap((c) => (c.name ? [c.name.toLowerCase()] : []));
    expect(names.length - new Set(names).size).toBe(0);
  });

  test('every relation and cause points at something that exists', () => {
    const keys = new Set(errorCodes.map(key));
    const causeIds = new Set(causes.map((c) => c.id));
    for (const code of errorCodes) {
      for (const link of code.related) expect(keys, `${key(code)} → ${key(link)}`).toContain(key(link));
      for (const cause of code.causes) expect(causeIds, `${key(code)} → cause ${cause}`).toContain(cause);
    }
  });

  test('extended 0x7 and ERRINFO_SERVER_DENIED_CONNECTION are twins', () => {
    const ext7 = errorCodes.find((c) => c.family === 'extended' && c.value === 7)!;
    expect(ext7.related).toContainEqual({ family: 'errinfo', value: 7, relation: 'twin' });
  });

  test('a code without a documented meaning says so instead of guessing', () => {
    for (const code of errorCodes.filter((c) => c.confidence === 'unknown'))
      expect(code.meaning, key(code)).toMatch(/no documented meaning|no source|not in the|lead only/i);
  });

  // The facts file is the research this catalogue transcribes; where it is available, every table row must be here.
  test.runIf(existsSync(FACTS))('every code in the facts file tables is in the catalogue with the same name', () => {
    const text = readFileSync(FACTS, 'utf8');
    const rows = [...text.matchAll(/^\| (0x[0-9A-Fa-f]+) \| (\d+) \| `([A-Za-z_0-9]+)` \|/gm)];
    expect(rows.length).toBeGreaterThan(180);
    for (const [, hex, dec, name] of rows) {
      expect(parseInt(hex!, 16)).toBe(Number(dec));
      const code = errorCodes.find((c) => c.name === name);
      expect(code, name).toBeDefined();
      expect(code!.value, name).toBe(Number(dec));
    }
  });
});
