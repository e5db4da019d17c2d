/**
 * The script values a selector link carries (option fields and fix parameters), judged by parseScriptOptions, the
 * function that also judges the form: a value it refuses is dropped with its message, so the form starts from what
 * the link gave that is valid and says what it left out. A value is never tidied here; the form shows it as the
 * link gave it and parseScriptOptions' notice says how it was read.
 */
import { parameterNames, parameters, type ParameterName } from '../../catalogue/parameters';
import { optionFields, type OptionField, type OptionFieldName } from '../generator/option-fields';
import { parseScriptOptions, type RawScriptOptions } from '../generator/script-options';
import { neededParameters } from './selector-link';
import type { LinkCatalogue } from './selector-state';

type TextFieldName = Exclude<OptionFieldName, 'promptForCredential'>;

export function scriptValuesFromLink(
  query: URLSearchParams,
  chosen: Pick<RawScriptOptions, 'fixIds' | 'mode' | 'target' | 'promptForCredential'>,
  catalogue: LinkCatalogue,
  notices: string[],
): { text: Record<TextFieldName, string>; values: Partial<Record<ParameterName, string>> } {
  const textFields = (optionFields as readonly OptionField[]).filter((field) => field.kind === 'text');
  const text = Object.fromEntries(textFields.map((field) => [field.name, query.get(field.urlKey) ?? ''])) as Record<
    TextFieldName,
    string
  >;
  const given = Object.fromEntries(
    parameterNames.flatMap((name) => (query.get(name) === null ? [] : [[name, query.get(name) ?? '']])),
  ) as Partial<Record<ParameterName, string>>;
  const { problems } = parseScriptOptions({ ...chosen, ...text, values: given }, catalogue.fixesById);
  const problem = (field: string) => problems.find((p) => p.field === field)?.message;

  for (const field of textFields) {
    if (query.get(field.urlKey) === null) continue;
    const name = field.name as TextFieldName;
    const message =
      field.shownWhen?.target === 'remote' && chosen.target !== 'remote'
        ? 'it is used only when the target is remote computers.'
        : problem(name);
    if (message === undefined) continue;
    notices.push(`Ignored ${field.linkName} from the link: ${message}`);
    text[name] = '';
  }

  const taken = neededParameters(chosen.fixIds, catalogue.fixesById);
  const values: Partial<Record<ParameterName, string>> = {};
  for (const name of parameterNames) {
    const input = given[name];
    if (input === undefined) continue;
    const message = taken.has(name) ? problem(name) : 'none of the chosen fixes takes it.';
    if (message !== undefined) {
      notices.push(`Ignored ${name} from the link (the form shows its default): ${message}`);
      continue;
    }
    values[name] = input;
    const warning = parameters[name].warnWhen;
    if (warning && input === warning.value) notices.push(warning.message);
  }
  return { text, values };
}
