/**
 * Catalogue data, table-driven over every entry: schema and cross-references. The PowerShell rules are one file
 * each in rules/ (table-driven over every fix); checks for one fix sit next to it in fixes/<id>/fix.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { causes, causesById, fixes, symptoms } from './index';
import { CauseSchema, FixSchema, SymptomSchema } from './schema';

describe('catalogue data', () => {
  test.each(fixes.map((fix) => [fix.id, fix] as const))('fix %s matches the schema', (_id, fix) => {
    const result = FixSchema.safeParse(fix);
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  });
  test.each(causes.map((cause) => [cause.id, cause] as const))('cause %s matches the schema', (_id, cause) => {
    expect(CauseSchema.safeParse(cause).success).toBe(true);
  });
  test.each(symptoms.map((symptom) => [symptom.id, symptom] as const))(
    'symptom %s matches the schema',
    (_id, symptom) => {
      expect(SymptomSchema.safeParse(symptom).success).toBe(true);
      for (const hint of symptom.suggests) expect(causesById.has(hint.cause), `unknown cause ${hint.cause}`).toBe(true);
    },
  );
  test('ids are unique and every reference resolves', () => {
    const ids = [...fixes.map((f) => f.id), ...fixes.flatMap((f) => f.aliases)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const fix of fixes)
      for (const cause of fix.causes) expect(causesById.has(cause), `${fix.id} → ${cause}`).toBe(true);
  });
  test('every cause has at least one fix or check, except those whose page says there is no script yet', () => {
    const covered = new Set(fixes.flatMap((fix) => fix.causes));
    // brute-force-flood: restricting who may reach the port is the network owner's decision; its page says so.
    const noScriptYet = ['brute-force-flood'];
    expect(causes.map((c) => c.id).filter((id) => !covered.has(id) && !noScriptYet.includes(id))).toEqual([]);
  });
});
