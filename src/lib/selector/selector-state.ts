/**
 * The selector's whole state as a query string, both ways. A link from a ticket is untrusted: unknown
 * parameters, unknown ids and malformed values are dropped with a notice naming each one, never
 * passed on. Values are checked again by validateScriptOptions before any script is generated.
 */
import type { ParameterName } from '../../catalogue/parameters';
import { parameterNames, parameters } from '../../catalogue/parameters';
import type { RawScriptOptions } from '../generator/script-options';
import { scriptModes } from '../generator/script-options';
import { isShown, optionFields, type OptionField, type OptionFieldName } from '../generator/option-fields';
import type { Validation } from '../generator/validate-value';
import { parameterFromLink } from './parameter-from-link';
import { shorten } from './shorten';
import { GENERATOR_VERSION } from '../generator/versions';

export interface SelectorState extends RawScriptOptions {
  /** Observations answered "yes" (the key predates the questions: old links tick symptoms with it). */
  readonly symptomIds: readonly string[];
  /** Observations answered "no". */
  readonly noIds: readonly string[];
  /** Observations answered "don't know". */
  readonly unknownIds: readonly string[];
  /** The code or message the client showed, as pasted (validated: plain text, at most MAX_CODE_TEXT_LENGTH). */
  readonly codeText: string;
  /** Content versions of the fixes when the link was made (`id → version`); empty for a fresh state. */
  readonly versions: Readonly<Record<string, number>>;
  /** GENERATOR_VERSION when the link was made; 0 when the link does not say (fresh state, older links). */
  readonly generatorVersion: number;
}

export interface SelectorCatalogue {
  readonly symptomIds: readonly string[];
  readonly fixIds: readonly string[];
  readonly fixVersions: Readonly<Record<string, number>>;
}

export const defaultSelectorState: SelectorState = {
  symptomIds: [],
  noIds: [],
  unknownIds: [],
  codeText: '',
  fixIds: [],
  mode: 'diagnose',
  target: 'local',
  computers: '',
  promptForCredential: false,
  backupRoot: '',
  backupPath: '',
  transcriptPath: '',
  values: {},
  versions: {},
  generatorVersion: 0,
};

/** Query keys: short, stable, documented here because old links depend on them (the options' keys are in
 * lib/generator/option-fields.ts). */
const KEY = {
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
const KNOWN_KEYS = new Set<string>([
  ...Object.values(KEY),
  ...optionFields.map((field) => field.urlKey),
  ...parameterNames,
]);
const MAX_QUERY_LENGTH = 4000;
/** A pasted dialog with its Timestamp and Activity ID lines fits; a whole log does not belong in a link. */
export const MAX_CODE_TEXT_LENGTH = 600;

/** The pasted code or message as a link may carry it: plain text, no control characters but line breaks. */
export function validateCodeText(input: string): Validation {
  if (input.length > MAX_CODE_TEXT_LENGTH)
    return {
      ok: false,
      message: `it is ${input.length} characters long (limit ${MAX_CODE_TEXT_LENGTH}); paste only the dialog's text.`,
    };
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  return { ok: true, value: input.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, ' ') };
}

const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);

export interface ParsedSelectorQuery {
  readonly state: SelectorState;
  /** One plain sentence per thing in the link that was ignored. */
  readonly notices: readonly string[];
}

export function parseSelectorQuery(search: string, catalogue: SelectorCatalogue): ParsedSelectorQuery {
  const notices: string[] = [];
  if (search.length > MAX_QUERY_LENGTH) {
    return {
      state: defaultSelectorState,
      notices: [
        `The link is ${search.length} characters long (limit ${MAX_QUERY_LENGTH}); it was ignored and the selector starts empty.`,
      ],
    };
  }
  const query = new URLSearchParams(search);
  for (const key of new Set(query.keys())) {
    if (!KNOWN_KEYS.has(key)) notices.push(`Ignored the unknown link parameter "${shorten(key)}".`);
    else if (query.getAll(key).length > 1)
      notices.push(`The link gives "${key}" ${query.getAll(key).length} times; only the first is used.`);
  }
  const keepKnown = (kind: string, ids: string[], known: readonly string[]) =>
    ids.filter((id) => {
      if (known.includes(id)) return true;
      notices.push(`Ignored the unknown ${kind} "${shorten(id)}" from the link.`);
      return false;
    });
  const checked = (label: string, key: string, validate: (input: string) => Validation): string => {
    const input = query.get(key);
    if (input === null) return '';
    const result = validate(input);
    if (result.ok) return result.value;
    notices.push(`Ignored ${label} from the link: ${result.message}`);
    return '';
  };

  const mode = query.get(KEY.mode) ?? defaultSelectorState.mode;
  if (!scriptModes.some((m) => m === mode)) notices.push(`Ignored the unknown mode "${shorten(mode)}" from the link.`);
  const target = query.get(KEY.target) ?? 'local';
  if (target !== 'local' && target !== 'remote')
    notices.push(`Ignored the unknown target "${shorten(target)}" from the link.`);

  const values: Partial<Record<ParameterName, string>> = {};
  for (const name of parameterNames) {
    const input = query.get(name);
    if (input === null) continue;
    const checked = parameterFromLink(parameters[name], input);
    if ('dropped' in checked) {
      notices.push(`Ignored ${name} from the link: ${checked.dropped}`);
      continue;
    }
    values[name] = checked.value;
    if (checked.notice) notices.push(checked.notice);
    const warning = parameters[name].warnWhen;
    if (warning && checked.value === warning.value) notices.push(warning.message);
  }

  const options = {} as Record<OptionFieldName, string | boolean>;
  for (const field of optionFields as readonly OptionField[]) {
    if (field.kind !== 'flag') continue;
    const input = query.get(field.urlKey);
    if (input !== null && input !== '1')
      notices.push(
        `Ignored "${field.urlKey}=${shorten(input)}" from the link: only "1" (${field.linkMeaning}) is meaningful.`,
      );
    options[field.name] = input === '1';
  }

  const versions: Record<string, number> = {};
  for (const pair of list(query.get(KEY.versions))) {
    const match = /^([a-z0-9-]{1,80}):([0-9]{1,6})$/.exec(pair);
    if (match?.[1] && match[2] && catalogue.fixIds.includes(match[1])) versions[match[1]] = Number(match[2]);
    else notices.push(`Ignored the malformed version entry "${shorten(pair)}" from the link.`);
  }

  const generator = query.get(KEY.generator);
  let generatorVersion = 0;
  if (generator !== null) {
    if (/^[1-9][0-9]{0,5}$/.test(generator)) generatorVersion = Number(generator);
    else notices.push(`Ignored the malformed generator version "${shorten(generator)}" from the link.`);
  }

  // One answer per question: an id given as two answers is ambiguous, so it is dropped from both.
  const answerLists = [KEY.symptoms, KEY.no, KEY.unknown].map((key) =>
    keepKnown('question', list(query.get(key)), catalogue.symptomIds),
  );
  const counted = answerLists.flat();
  const twice = new Set(counted.filter((id, i) => counted.indexOf(id) !== i));
  for (const id of twice)
    notices.push(`Ignored the answer to "${shorten(id)}" from the link: it is answered two different ways.`);
  const [yes = [], no = [], unknown = []] = answerLists.map((ids) => ids.filter((id) => !twice.has(id)));

  // Checked in this order so the notices keep the order old links showed them in.
  const codeText = checked('the pasted code or message', KEY.code, validateCodeText);
  const fixIds = keepKnown('fix', list(query.get(KEY.fixes)), catalogue.fixIds);
  for (const field of optionFields as readonly OptionField[])
    if (field.kind === 'text') options[field.name] = checked(field.linkName, field.urlKey, field.validate);

  const state: SelectorState = {
    symptomIds: yes,
    noIds: no,
    unknownIds: unknown,
    codeText,
    fixIds,
    mode: scriptModes.some((m) => m === mode) ? mode : defaultSelectorState.mode,
    target: target === 'remote' ? 'remote' : 'local',
    computers: options.computers as string,
    promptForCredential: options.promptForCredential as boolean,
    backupRoot: options.backupRoot as string,
    backupPath: options.backupPath as string,
    transcriptPath: options.transcriptPath as string,
    values,
    versions,
    generatorVersion,
  };
  return { state, notices };
}

/** The query string for a state (without "?"); stable key order so equal states give equal links. */
export function serializeSelectorState(state: SelectorState, fixVersions: Readonly<Record<string, number>>): string {
  const query = new URLSearchParams();
  if (state.codeText.trim()) query.set(KEY.code, state.codeText.trim());
  if (state.symptomIds.length) query.set(KEY.symptoms, state.symptomIds.join(','));
  if (state.noIds.length) query.set(KEY.no, state.noIds.join(','));
  if (state.unknownIds.length) query.set(KEY.unknown, state.unknownIds.join(','));
  if (state.fixIds.length) {
    query.set(KEY.fixes, state.fixIds.join(','));
    query.set(KEY.versions, state.fixIds.map((id) => `${id}:${fixVersions[id] ?? 0}`).join(','));
    query.set(KEY.generator, String(GENERATOR_VERSION));
  }
  query.set(KEY.mode, state.mode);
  query.set(KEY.target, state.target);
  for (const field of optionFields as readonly OptionField[]) {
    if (field.linkedOnlyWhenShown && !isShown(field, state.mode, state.target)) continue;
    const value = state[field.name];
    if (value) query.set(field.urlKey, value === true ? '1' : value);
  }
  for (const name of parameterNames) {
    const value = state.values[name];
    if (value !== undefined && value !== '') query.set(name, value);
  }
  return query.toString();
}
