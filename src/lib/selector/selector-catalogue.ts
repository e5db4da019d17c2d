/**
 * The catalogue as the selector page ships it to its client: only the fields the client reads. The PowerShell
 * travels separately, highlighted, in selector-fragments.json; the fix pages carry the steps, sources and prose.
 * Each projection names its fields, so a client read of a dropped field is a compile error, not a silent gap.
 */
import type { ErrorCode } from '../../catalogue/error-codes';
import type { Observation } from '../../catalogue/observations';
import type { Cause, Fix } from '../../catalogue/schema';
import type { Situation } from '../../catalogue/situations/schema';
import { SCRIPT_FIX_FIELDS } from '../generator/script-fix';

/** What the generator reads (scripts aside: they arrive as fragments) and the changelog for version notices. */
export const SELECTOR_FIX_FIELDS = [
  ...SCRIPT_FIX_FIELDS.filter((field) => field !== 'scripts'),
  'changelog',
] as const satisfies readonly (keyof Fix)[];
type SelectorFixField = Exclude<(typeof SCRIPT_FIX_FIELDS)[number], 'scripts'> | 'changelog';
export type SelectorFixMetadata = Pick<Fix, SelectorFixField>;
/** A shipped fix once the client has attached its (lazily loaded) scripts. */
export type SelectorFix = SelectorFixMetadata & Pick<Fix, 'scripts'>;

export const SELECTOR_CAUSE_FIELDS = ['id', 'title'] as const satisfies readonly (keyof Cause)[];
export type SelectorCause = Pick<Cause, (typeof SELECTOR_CAUSE_FIELDS)[number]>;

/** The JSON data island of the selector page. */
export interface SelectorCatalogue {
  readonly fixes: readonly SelectorFixMetadata[];
  readonly causes: readonly SelectorCause[];
  readonly observations: readonly Observation[];
  readonly situations: readonly Situation[];
  /** Only the codes a situation names: the selector decodes pasted text against them (the lookup has the rest). */
  readonly situationCodes: readonly ErrorCode[];
}

function pick<T extends object, K extends keyof T>(item: T, fields: readonly K[]): Pick<T, K> {
  return Object.fromEntries(fields.map((field) => [field, item[field]])) as Pick<T, K>;
}

export function selectorCatalogue(catalogue: {
  readonly fixes: readonly Fix[];
  readonly causes: readonly Cause[];
  readonly observations: readonly Observation[];
  readonly situations: readonly Situation[];
  readonly errorCodes: readonly ErrorCode[];
}): SelectorCatalogue {
  const { situations } = catalogue;
  return {
    fixes: catalogue.fixes.map((fix) => pick(fix, SELECTOR_FIX_FIELDS as readonly SelectorFixField[])),
    causes: catalogue.causes.map((cause) => pick(cause, SELECTOR_CAUSE_FIELDS)),
    observations: catalogue.observations,
    situations,
    situationCodes: catalogue.errorCodes.filter((code) =>
      situations.some((s) => s.codes.some((c) => c.family === code.family && c.value === code.value)),
    ),
  };
}
