import type { SituationInput } from './schema';

/** Identity helper: literal ids and autocomplete while writing a situation. */
export const defineSituation = <const T extends SituationInput>(situation: T): T => situation;
