/**
 * The `param()` block: the only place user values enter a script. Each value is a default, written
 * with `str` (single-quoted) or as a validated number, and each parameter repeats its grammar as a
 * Validate* attribute so a value passed on the command line is checked too.
 */
import { parameters } from '../../catalogue/parameters';
import { parametersOf, type ValidatedOptions } from './script-options';
import { attr, keyword, num, op, plain, str, type, variable, type Token, type TokenLine } from './tokens';
import {
  COMPUTER_NAME_PATTERN,
  LOCAL_PATH_PATTERN,
  MAX_COMPUTERS,
  THUMBPRINT_PATTERN,
  TRANSCRIPT_PATH_PATTERN,
} from './validate-value';
import { REPORT_PATH_PATTERN } from './report-path';
import { DEFAULT_BACKUP_ROOT, DEFAULT_TRANSCRIPT_PATH } from './option-fields';

export interface ScriptParameter {
  readonly name: string;
  readonly help: string;
  /** Attribute lines and the declaration line, without the trailing comma. */
  readonly lines: readonly TokenLine[];
}

const INDENT = plain('    ');
/** Empty is allowed everywhere a path is optional: it means "use the default location". */
const optional = (pattern: string) => `^(?:|${pattern.slice(1, -1)})$`;

/**
 * The browser's grammar, for .NET: there `$` also matches before a final newline, so the script anchors
 * with `\z` to accept exactly what the browser accepts (ValidatePattern ignores case, as the browser does).
 */
const validatePattern = (pattern: string): TokenLine => [
  INDENT,
  attr('[ValidatePattern('),
  str(pattern.replace(/\$$/, '\\z')),
  attr(')]'),
];
const declare = (typeName: string, name: string, value: readonly Token[]): TokenLine => [
  INDENT,
  type(typeName),
  variable(name),
  op(' = '),
  ...value,
];

function pathParameter(name: string, help: string, value: string, pattern = LOCAL_PATH_PATTERN): ScriptParameter {
  return { name, help, lines: [validatePattern(optional(pattern)), declare('string', name, [str(value)])] };
}

/** Every parameter of the script, in the order they are declared. */
export function scriptParameters(options: ValidatedOptions): ScriptParameter[] {
  const out: ScriptParameter[] = [];
  if (options.target.kind === 'remote') {
    const names = options.target.computers.flatMap((name, i): Token[] => (i ? [op(', '), str(name)] : [str(name)]));
    out.push({
      name: 'ComputerName',
      help: 'The computers to run on, through PowerShell remoting (WinRM). Backups are written on each of them.',
      lines: [
        [INDENT, attr(`[ValidateCount(1, ${MAX_COMPUTERS})]`)],
        validatePattern(COMPUTER_NAME_PATTERN),
        declare('string[]', 'ComputerName', [op('@('), ...names, op(')')]),
      ],
    });
    out.push({
      name: 'PromptForCredential',
      help: 'Ask for an administrator account for the remote computers instead of using the current one.',
      lines: [
        declare('bool', 'PromptForCredential', [variable(options.target.promptForCredential ? 'true' : 'false')]),
      ],
    });
  }
  if (options.mode === 'fix') {
    out.push(
      pathParameter(
        'BackupRoot',
        `Folder on the target for backups and rollback.ps1. Empty: ${DEFAULT_BACKUP_ROOT}.`,
        options.backupRoot,
      ),
    );
  }
  if (options.mode === 'rollback') {
    const help =
      'The backup folder a Fix run printed (it holds rollback.ps1), on the target computer; or the folder holding the runs, where each computer takes its newest run.';
    out.push(
      options.backupPath
        ? pathParameter('BackupPath', help, options.backupPath)
        : {
            name: 'BackupPath',
            help,
            lines: [
              [INDENT, attr('[Parameter(Mandatory)]')],
              validatePattern(LOCAL_PATH_PATTERN),
              [INDENT, type('string'), variable('BackupPath')],
            ],
          },
    );
  }
  out.push(
    pathParameter(
      'TranscriptPath',
      `Transcript file (.log or .txt) on this computer. Empty: ${DEFAULT_TRANSCRIPT_PATH}.`,
      options.transcriptPath,
      TRANSCRIPT_PATH_PATTERN,
    ),
  );
  out.push(
    pathParameter(
      'ReportPath',
      'Report file (.json or .csv), one row per computer, on this computer. Empty: the transcript path with .json.',
      options.reportPath,
      REPORT_PATH_PATTERN,
    ),
  );
  if (options.target.kind === 'remote') {
    // Prompts of parallel runs interleave: with a High-impact step, one computer at a time by default.
    const asks = options.mode === 'fix' && options.fixes.some((fix) => fix.risk === 'high' || fix.dropsSession);
    out.push({
      name: 'ThrottleLimit',
      help: `How many computers run at once (Invoke-Command -ThrottleLimit). Default ${asks ? '1, because a selected fix asks before a High-impact change' : '32'}.`,
      lines: [
        [INDENT, attr(`[ValidateRange(1, ${MAX_COMPUTERS})]`)],
        declare('int', 'ThrottleLimit', [num(asks ? 1 : 32)]),
      ],
    });
  }
  if (options.mode === 'fix' && options.fixes.some((fix) => fix.dropsSession)) {
    out.push({
      name: 'AllowSessionDrop',
      help: 'Restart Remote Desktop Services even though users have sessions (active or disconnected) on the target: it ends them all. Without it, such a run changes nothing (exit code 4).',
      lines: [[INDENT, type('switch'), variable('AllowSessionDrop')]],
    });
  }
  for (const name of parametersOf(options.fixes)) {
    const definition = parameters[name];
    const value = options.values[name] ?? definition.defaultValue;
    const lines: TokenLine[] = [];
    if (definition.kind === 'port') {
      lines.push([INDENT, attr('[ValidateRange(1, 65535)]')], declare('int', name, [num(Number(value))]));
    } else if (definition.kind === 'thumbprint') {
      lines.push(validatePattern(THUMBPRINT_PATTERN), declare('string', name, [str(value)]));
    } else if (definition.kind === 'host') {
      lines.push(validatePattern(optional(COMPUTER_NAME_PATTERN)), declare('string', name, [str(value)]));
    } else {
      const choices = (definition.choices ?? []).flatMap((c, i): Token[] => (i ? [op(', '), str(c)] : [str(c)]));
      lines.push([INDENT, attr('[ValidateSet('), ...choices, attr(')]')], declare('string', name, [str(value)]));
    }
    out.push({ name, help: definition.help, lines });
  }
  return out;
}

export function renderParamBlock(options: ValidatedOptions): TokenLine[] {
  const confirmImpact = options.mode === 'fix' && options.fixes.some((f) => f.risk === 'high') ? 'High' : 'Medium';
  const lines: TokenLine[] = [
    [attr(`[CmdletBinding(SupportsShouldProcess, ConfirmImpact = `), str(confirmImpact), attr(')]')],
    [keyword('param'), op('(')],
  ];
  const params = scriptParameters(options);
  params.forEach((parameter, i) => {
    const last = i === params.length - 1;
    parameter.lines.forEach((line, j) => {
      const isDeclaration = j === parameter.lines.length - 1;
      lines.push(isDeclaration && !last ? [...line, op(',')] : line);
    });
  });
  lines.push([op(')')]);
  return lines;
}
