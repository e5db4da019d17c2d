import type { CauseInput, SymptomInput } from './schema';

/** Identity helpers: autocomplete and literal ids while writing causes and symptoms. */
export const defineCause = <const T extends CauseInput>(cause: T): T => cause;
export const defineSymptom = <const T extends SymptomInput>(symptom: T): T => symptom;
