import { describe, expect, it, test } from 'vitest';
import { causes } from '../causes';
import { symptoms } from '../symptoms';
import { observations } from '.';
import { ObservationSchema } from './schema';

const causeIds = new Set<string>(causes.map((cause) => cause.id));
const ids = new Set(observations.map((o) => o.id));

describe.each(observations.map((o) => [o.id, o] as const))('observation %s', (_id, observation) => {
  it('matches the schema', () => {
    const result = ObservationSchema.safeParse(observation);
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  });
  it('names only causes the catalogue has', () => {
    expect(observation.suggests.filter((link) => !causeIds.has(link.cause))).toEqual([]);
  });
  it('raises at least one cause when answered yes', () => {
    expect(observation.suggests.some((link) => link.weight > 0)).toBe(true);
  });
});

test('ids are unique, and every old symptom id still works in links', () => {
  expect(ids.size).toBe(observations.length);
  for (const symptom of symptoms) expect(ids.has(symptom.id), symptom.id).toBe(true);
});
