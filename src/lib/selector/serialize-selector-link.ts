/**
 * The selector link's query string, written from ValidatedOptions only: the link carries exactly the values the
 * script was generated from, in their normalised form (a computer list as its validated names, a thumbprint
 * without spaces), so it reads back to the same options. Stable key order: equal selections give equal links.
 */
import { parameterNames } from '../../catalogue/parameters';
import { optionFields, type OptionField } from '../generator/option-fields';
import type { ValidatedOptions } from '../generator/validated-options';
import { GENERATOR_VERSION } from '../generator/versions';
import { KEY } from './link-keys';

/** What the technician answered and pasted: never part of a script, so carried as given (trimmed). */
export interface LinkAnswers {
  readonly symptomIds: readonly string[];
  readonly noIds: readonly string[];
  readonly unknownIds: readonly string[];
  readonly codeText: string;
}

/** Each option field's value in the options, as the link writes it ('' or false = left out). */
function optionValue(field: OptionField, options: ValidatedOptions): string | boolean {
  const { target } = options;
  switch (field.name) {
    case 'computers':
      return target.kind === 'remote' ? target.computers.join(',') : '';
    case 'promptForCredential':
      return target.kind === 'remote' && target.promptForCredential;
    default:
      return options[field.name];
  }
}

/** The query string (without "?"). Without options (nothing valid chosen yet) it carries the answers alone. */
export function serializeSelectorLink(answers: LinkAnswers, options: ValidatedOptions | undefined): string {
  const query = new URLSearchParams();
  if (answers.codeText.trim()) query.set(KEY.code, answers.codeText.trim());
  if (answers.symptomIds.length) query.set(KEY.symptoms, answers.symptomIds.join(','));
  if (answers.noIds.length) query.set(KEY.no, answers.noIds.join(','));
  if (answers.unknownIds.length) query.set(KEY.unknown, answers.unknownIds.join(','));
  if (!options) return query.toString();
  query.set(KEY.fixes, options.fixes.map((fix) => fix.id).join(','));
  query.set(KEY.versions, options.fixes.map((fix) => `${fix.id}:${fix.version}`).join(','));
  query.set(KEY.generator, String(GENERATOR_VERSION));
  query.set(KEY.mode, options.mode);
  query.set(KEY.target, options.target.kind);
  for (const field of optionFields as readonly OptionField[]) {
    const value = optionValue(field, options);
    if (value) query.set(field.urlKey, value === true ? '1' : value);
  }
  for (const name of parameterNames) {
    const value = options.values[name];
    if (value !== undefined && value !== '') query.set(name, value);
  }
  return query.toString();
}
