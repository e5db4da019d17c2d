import type { FixInput } from './schema';

/** Identity helper: autocomplete and literal ids while writing a fix (cf. Starlight's LogoCheck). */
export const defineFix = <const T extends FixInput>(fix: T): T => fix;
