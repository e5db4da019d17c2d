/**
 * The selector link's query keys: short, stable, and published in old links, so never renamed. The script
 * options' keys are in lib/generator/option-fields.ts; a fix parameter's key is its name.
 */
import { parameterNames } from '../../catalogue/parameters';
import { optionFields } from '../generator/option-fields';

export const KEY = {
  /** Observations answered "yes" (the key predates the questions: old links tick symptoms with it). */
  symptoms: 's',
  no: 'n',
  unknown: 'u',
  code: 'code',
  fixes: 'f',
  mode: 'm',
  target: 't',
  versions: 'v',
  generator: 'g',
} as const;

export const KNOWN_KEYS: ReadonlySet<string> = new Set<string>([
  ...Object.values(KEY),
  ...optionFields.map((field) => field.urlKey),
  ...parameterNames,
]);

/** A longer query is ignored as a whole. */
export const MAX_QUERY_LENGTH = 4000;
