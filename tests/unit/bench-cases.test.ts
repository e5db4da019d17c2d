/**
 * The case benchmark's data (bench/cases/cases.json) is well-formed: every case matches the schema, names
 * questions the selector asks and a cause that exists or is pending, and cites a unique thread. The figures
 * themselves are not a gate: `npm run bench` prints them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { BenchCaseSchema, pendingCauseIds } from '../../bench/cases/schema';
import { causes } from '../../src/catalogue';
import { observations } from '../../src/catalogue/observations';

const raw = JSON.parse(readFileSync('bench/cases/cases.json', 'utf8')) as unknown[];
const questionIds = new Set(observations.map((o) => o.id));
const causeIds = new Set<string>([...causes.map((c) => c.id), ...pendingCauseIds]);

test('at least 30 cases, each from its own thread', () => {
  expect(raw.length).toBeGreaterThanOrEqual(30);
  const urls = raw.map((c) => BenchCaseSchema.parse(c).source.url);
  expect(new Set(urls).size).toBe(urls.length);
});

describe.each(raw.map((c) => [(c as { id: string }).id, c] as const))('case %s', (_id, input) => {
  test('matches the schema and names only known questions and causes', () => {
    const parsed = BenchCaseSchema.parse(input);
    expect([...parsed.reported.yes, ...parsed.reported.no].filter((id) => !questionIds.has(id))).toEqual([]);
    expect(causeIds.has(parsed.confirmedCause), parsed.confirmedCause).toBe(true);
  });
});
