/**
 * The catalogue: plain, browser-safe data. Validation runs at build time (content.config.ts) and in
 * tests (catalogue.test.ts); nothing here imports Zod.
 */
import { causes } from './causes';
import { fixList } from './fixes';
import type { Cause, Fix, Symptom } from './schema';
import { symptoms } from './symptoms';

export { causes, symptoms };
export const fixes: readonly Fix[] = fixList;
export const fixesById: ReadonlyMap<string, Fix> = new Map(fixes.map((fix) => [fix.id, fix]));
export const causesById: ReadonlyMap<string, Cause> = new Map(causes.map((cause) => [cause.id, cause]));
export const symptomsById: ReadonlyMap<string, Symptom> = new Map(symptoms.map((symptom) => [symptom.id, symptom]));
/** Fix ids in catalogue order; every fix id the site knows. */
export const fixIds: readonly string[] = fixes.map((fix) => fix.id);
