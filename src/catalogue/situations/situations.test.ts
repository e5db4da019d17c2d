import { describe, expect, it } from 'vitest';
import { causes } from '../causes';
import { errorCodes } from '../error-codes';
import { situations } from '.';
import { SituationSchema } from './schema';

const causeIds = new Set<string>(causes.map((cause) => cause.id));

describe.each(situations.map((situation) => [situation.id, situation] as const))('situation %s', (_id, situation) => {
  it('matches the schema', () => {
    expect(() => SituationSchema.parse(situation)).not.toThrow();
  });
  it('names only causes the catalogue has', () => {
    expect(situation.causes.filter((id) => !causeIds.has(id))).toEqual([]);
  });
  it('narrows messages only to causes the situation lists', () => {
    const outside = situation.messages.flatMap((m) => (m.causes ?? []).filter((id) => !situation.causes.includes(id)));
    expect(outside).toEqual([]);
  });
  it('names only codes the catalogue has', () => {
    const missing = situation.codes.filter(
      (code) => !errorCodes.some((c) => c.family === code.family && c.value === code.value),
    );
    expect(missing).toEqual([]);
  });
});

it('situation ids are unique', () => {
  const ids = situations.map((s) => s.id);
  expect(new Set(ids).size).toBe(ids.length);
});
