/**
 * The one function that turns raw input (the selector's form, or a link read into the same raw shape) into
 * ValidatedOptions. Every value is checked here, once, by the validators of option-fields.ts and
 * validate-value.ts; everything downstream (link, param block, script, ticket note) takes only the result.
 */
import { parameters, type ParameterName } from '../../catalogue/parameters';
import type { ScriptFix } from './script-fix';
import { optionField } from './option-fields';
import { validateParameterValue, type Validation } from './validate-value';
import { validateReportPath } from './report-path';
import {
  scriptModes,
  type Checked,
  type ComputerName,
  type ParameterValue,
  type ScriptTarget,
  type ValidatedOptions,
} from './validated-options';

export { scriptModes, type ScriptMode, type ScriptTarget, type ValidatedOptions } from './validated-options';

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

/** A problem with one field, for an inline message next to it (field = the form field's name). */
export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

export interface OptionsResult {
  /** Present only when there are no problems. */
  readonly options?: ValidatedOptions;
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

export function parseScriptOptions(raw: RawScriptOptions, fixesById: ReadonlyMap<string, ScriptFix>): OptionsResult {
  const problems: FieldProblem[] = [];
  const notices: string[] = [];
  /** The validated value, branded; '' (and a problem) when it is invalid. */
  const take = <Grammar extends string>(field: string, result: Validation): Checked<Grammar> => {
    if (!result.ok) {
      problems.push({ field, message: result.message });
      return '' as Checked<Grammar>;
    }
    if (result.notice) notices.push(result.notice);
    return result.value as Checked<Grammar>;
  };

  const fixes: ScriptFix[] = [];
  for (const id of new Set(raw.fixIds)) {
    const fix = fixesById.get(id);
    if (fix) fixes.push(fix);
    else problems.push({ field: 'fixes', message: `There is no fix "${id.slice(0, 60)}" in the catalogue.` });
  }
  if (raw.fixIds.length === 0) problems.push({ field: 'fixes', message: 'Choose at least one fix or check.' });

  const mode = scriptModes.find((m) => m === raw.mode);
  if (!mode) problems.push({ field: 'mode', message: 'Mode must be Diagnose, Fix or Rollback.' });

  let target: ScriptTarget = { kind: 'local' };
  if (raw.target === 'remote') {
    // validateComputerNames returns the deduplicated names joined by commas (a name never holds one).
    const list = take<'computer name'>('computers', optionField.computers.validate(raw.computers));
    const computers = list ? (list.split(',') as ComputerName[]) : [];
    target = { kind: 'remote', computers, promptForCredential: raw.promptForCredential };
  } else if (raw.target !== 'local') {
    problems.push({ field: 'target', message: 'Target must be "this computer" or "remote computers".' });
  }

  const backupRoot = take<'local path'>('backupRoot', optionField.backupRoot.validate(raw.backupRoot));
  const transcriptPath = take<'local path'>('transcriptPath', optionField.transcriptPath.validate(raw.transcriptPath));
  const reportPath = take<'local path'>('reportPath', validateReportPath(raw.reportPath ?? ''));
  const backupPath = take<'local path'>('backupPath', optionField.backupPath.validate(raw.backupPath));

  const values: Partial<Record<ParameterName, ParameterValue>> = {};
  for (const name of parametersOf(fixes)) {
    const definition = parameters[name];
    const input = raw.values[name] ?? definition.defaultValue;
    values[name] = take<'parameter value'>(name, validateParameterValue(definition, input));
  }

  if (problems.length > 0 || !mode) return { problems, notices };
  return {
    options: { fixes, mode, target, backupRoot, backupPath, transcriptPath, reportPath, values },
    problems,
    notices,
  };
}
