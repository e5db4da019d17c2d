/**
 * What a user can ask the generator for, and the one function that turns raw form or URL input into
 * validated options. Nothing reaches a script without passing through `validateScriptOptions`.
 */
import { parameters, type ParameterName } from '../../catalogue/parameters';
import type { ScriptFix } from './script-fix';
import { optionField } from './option-fields';
import { validateParameterValue, type Validation } from './validate-value';
import { validateReportPath } from './report-path';

export type ScriptMode = 'diagnose' | 'fix' | 'rollback';
export const scriptModes: readonly ScriptMode[] = ['diagnose', 'fix', 'rollback'];

/** Raw input, as typed into the selector or read from a link: every field is untrusted text. */
export interface RawScriptOptions {
  readonly fixIds: readonly string[];
  readonly mode: string;
  readonly target: string; // 'local' | 'remote'
  readonly computers: string;
  readonly promptForCredential: boolean;
  readonly backupRoot: string;
  readonly backupPath: string;
  readonly transcriptPath: string;
  /** Optional: .json or .csv; empty or absent = next to the transcript, as .json. */
  readonly reportPath?: string;
  readonly values: Readonly<Record<string, string>>;
}

export type ScriptTarget =
  | { readonly kind: 'local' }
  | { readonly kind: 'remote'; readonly computers: readonly string[]; readonly promptForCredential: boolean };

/** Validated options: every string here matched its grammar. */
export interface ScriptOptions {
  readonly fixes: readonly ScriptFix[];
  readonly mode: ScriptMode;
  readonly target: ScriptTarget;
  readonly backupRoot: string;
  readonly backupPath: string;
  readonly transcriptPath: string;
  /** '' = next to the transcript, as .json. */
  readonly reportPath?: string;
  readonly values: Readonly<Partial<Record<ParameterName, string>>>;
}

/** A problem with one field, for an inline message next to it. */
export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

export interface OptionsResult {
  /** Present only when there are no problems. */
  readonly options?: ScriptOptions;
  readonly problems: readonly FieldProblem[];
  /** Visible notes about values the validators tidied (never silent). */
  readonly notices: readonly string[];
}

/** The parameters the chosen fixes take, in catalogue order, each once. */
export function parametersOf(fixes: readonly ScriptFix[]): ParameterName[] {
  const names = new Set<ParameterName>();
  for (const fix of fixes) for (const name of fix.parameters) names.add(name);
  return [...names];
}

export function validateScriptOptions(raw: RawScriptOptions, fixesById: ReadonlyMap<string, ScriptFix>): OptionsResult {
  const problems: FieldProblem[] = [];
  const notices: string[] = [];
  const take = (field: string, result: Validation): string => {
    if (!result.ok) {
      problems.push({ field, message: result.message });
      return '';
    }
    if (result.notice) notices.push(result.notice);
    return result.value;
  };

  const fixes: ScriptFix[] = [];
  for (const id of raw.fixIds) {
    const fix = fixesById.get(id);
    if (fix) fixes.push(fix);
    else problems.push({ field: 'fixes', message: `There is no fix "${id.slice(0, 60)}" in the catalogue.` });
  }
  if (raw.fixIds.length === 0) problems.push({ field: 'fixes', message: 'Choose at least one fix or check.' });

  const mode = scriptModes.find((m) => m === raw.mode);
  if (!mode) problems.push({ field: 'mode', message: 'Mode must be Diagnose, Fix or Rollback.' });

  let target: ScriptTarget = { kind: 'local' };
  if (raw.target === 'remote') {
    const computers = take('computers', optionField.computers.validate(raw.computers));
    target = { kind: 'remote', computers: computers.split(','), promptForCredential: raw.promptForCredential };
  } else if (raw.target !== 'local') {
    problems.push({ field: 'target', message: 'Target must be "this computer" or "remote computers".' });
  }

  const backupRoot = take('backupRoot', optionField.backupRoot.validate(raw.backupRoot));
  const transcriptPath = take('transcriptPath', optionField.transcriptPath.validate(raw.transcriptPath));
  const reportPath = take('reportPath', validateReportPath(raw.reportPath ?? ''));
  const backupPath = take('backupPath', optionField.backupPath.validate(raw.backupPath));

  const values: Partial<Record<ParameterName, string>> = {};
  for (const name of parametersOf(fixes)) {
    const definition = parameters[name];
    const input = raw.values[name] ?? definition.defaultValue;
    values[name] = take(name, validateParameterValue(definition, input));
  }

  if (problems.length > 0 || !mode) return { problems, notices };
  return {
    options: { fixes, mode, target, backupRoot, backupPath, transcriptPath, reportPath, values },
    problems,
    notices,
  };
}
