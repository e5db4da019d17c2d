/**
 * Reads a selector link into the form's state. A link from a ticket is untrusted: unknown parameters, unknown ids
 * and values that fail their grammar are dropped with a notice naming each one, never passed on. The values are
 * judged by parseScriptOptions, the same function that judges the form (so a link value and a typed value pass or
 * fail alike); the link itself is written from ValidatedOptions (serialize-selector-link.ts).
 */
import { scriptModes, type RawScriptOptions } from '../generator/script-options';
import { optionFields, type OptionField, type OptionFieldName } from '../generator/option-fields';
import type { ScriptFix } from '../generator/script-fix';
import type { Validation } from '../generator/validate-value';
import { KEY, KNOWN_KEYS, MAX_QUERY_LENGTH } from './link-keys';
import { scriptValuesFromLink } from './script-values-from-link';
import { shorten } from './shorten';

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

/** What the link parser checks ids and values against. */
export interface LinkCatalogue {
  readonly symptomIds: readonly string[];
  readonly fixesById: ReadonlyMap<string, ScriptFix>;
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

export function parseSelectorQuery(search: string, catalogue: LinkCatalogue): ParsedSelectorQuery {
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
  const knownFixIds = [...catalogue.fixesById.keys()];
  const keepKnown = (kind: string, ids: string[], known: readonly string[]) =>
    ids.filter((id) => {
      if (known.includes(id)) return true;
      notices.push(`Ignored the unknown ${kind} "${shorten(id)}" from the link.`);
      return false;
    });

  const modeInput = query.get(KEY.mode) ?? defaultSelectorState.mode;
  const mode = scriptModes.find((m) => m === modeInput) ?? defaultSelectorState.mode;
  if (mode !== modeInput) notices.push(`Ignored the unknown mode "${shorten(modeInput)}" from the link.`);
  const targetInput = query.get(KEY.target) ?? 'local';
  const target = targetInput === 'remote' ? 'remote' : 'local';
  if (target !== targetInput) notices.push(`Ignored the unknown target "${shorten(targetInput)}" from the link.`);

  const flags = {} as Record<OptionFieldName, boolean>;
  for (const field of optionFields as readonly OptionField[]) {
    if (field.kind !== 'flag') continue;
    const input = query.get(field.urlKey);
    if (input !== null && input !== '1')
      notices.push(
        `Ignored "${field.urlKey}=${shorten(input)}" from the link: only "1" (${field.linkMeaning}) is meaningful.`,
      );
    flags[field.name] = input === '1';
  }

  const versions: Record<string, number> = {};
  for (const pair of list(query.get(KEY.versions))) {
    const match = /^([a-z0-9-]{1,80}):([0-9]{1,6})$/.exec(pair);
    if (match?.[1] && match[2] && catalogue.fixesById.has(match[1])) versions[match[1]] = Number(match[2]);
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

  let codeText = '';
  const codeInput = query.get(KEY.code);
  if (codeInput !== null) {
    const result = validateCodeText(codeInput);
    if (result.ok) codeText = result.value;
    else notices.push(`Ignored the pasted code or message from the link: ${result.message}`);
  }
  const fixIds = keepKnown('fix', list(query.get(KEY.fixes)), knownFixIds);

  const { text, values } = scriptValuesFromLink(query, { fixIds, mode, target, ...flags }, catalogue, notices);
  const state: SelectorState = {
    symptomIds: yes,
    noIds: no,
    unknownIds: unknown,
    codeText,
    fixIds,
    mode,
    target,
    computers: text.computers,
    promptForCredential: flags.promptForCredential,
    backupRoot: text.backupRoot,
    backupPath: text.backupPath,
    transcriptPath: text.transcriptPath,
    values,
    versions,
    generatorVersion,
  };
  return { state, notices };
}
