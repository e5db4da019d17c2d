/**
 * The generated glue: the settings handed to the target, and one `New-RdpFixStep` per chosen entry,
 * whose script blocks call the fix's own functions with the user's parameters.
 */
import { parameters } from '../../catalogue/parameters';
import type { ScriptFix } from './script-fix';
import { exitCodeTable } from './exit-codes';
import { GENERATOR_VERSION } from './versions';
import type { ValidatedOptions } from './validated-options';
import { command, comment, keyword, num, op, plain, str, type, variable, type Token, type TokenLine } from './tokens';

const indent = (depth: number) => plain('    '.repeat(depth));
const MODE_NAME = { diagnose: 'Diagnose', fix: 'Fix', rollback: 'Rollback' } as const;

/** `$settings = @{ … }`: built in the outer script from its parameters, passed to the host script block. */
export function renderSettings(options: ValidatedOptions, evidenceSite = ''): TokenLine[] {
  const entry = (key: string, value: readonly Token[]): TokenLine => [indent(1), plain(key), op(' = '), ...value];
  const lines: TokenLine[] = [
    [variable('settings'), op(' = @{')],
    entry('Mode', [str(MODE_NAME[options.mode])]),
    entry('WhatIf', [type('bool'), variable('WhatIfPreference')]),
    entry('ConfirmPreference', [type('string'), variable('ConfirmPreference')]),
    entry('BackupRoot', options.mode === 'fix' ? [variable('BackupRoot')] : [str('')]),
    entry('BackupPath', options.mode === 'rollback' ? [variable('BackupPath')] : [str('')]),
    entry('AllowSessionDrop', [
      type('bool'),
      options.mode === 'fix' && options.fixes.some((fix) => fix.dropsSession)
        ? variable('AllowSessionDrop')
        : variable('false'),
    ]),
    // Asked on this computer: a remote run's prompts come back here through WinRM.
    entry('Interactive', [type('bool'), op('('), command('Test-RdpInteractive'), op(')')]),
    // Where a Diagnose run's evidence link points (validated by evidenceSiteProblem, single-quoted).
    entry('EvidenceSite', [str(options.mode === 'diagnose' ? evidenceSite : '')]),
    entry('Generator', [num(GENERATOR_VERSION)]),
    entry('ExitCodes', [
      op('@{ '),
      ...exitCodeTable().flatMap(([name, code], i): Token[] => [
        ...(i ? [op('; ')] : []),
        plain(name),
        op(' = '),
        num(code),
      ]),
      op(' }'),
    ]),
  ];
  const names = new Set(options.fixes.flatMap((fix) => fix.parameters));
  for (const name of names) lines.push(entry(name, [variable(name)]));
  lines.push([op('}')]);
  return lines;
}

function call(name: string, fix: ScriptFix, withParameters: boolean): Token[] {
  const args = withParameters
    ? fix.parameters.flatMap((p): Token[] => [plain(` -${p} `), variable('Settings'), plain(`.${p}`)])
    : [plain(' -Path '), variable('Path')];
  return [command(name), ...args];
}

function stepLines(fix: ScriptFix, options: ValidatedOptions): TokenLine[] {
  const block = (tokens: readonly Token[], takesPath: boolean): Token[] => [
    op('{ '),
    ...(takesPath ? [keyword('param'), op('('), variable('Path'), op(') ')] : []),
    ...tokens,
    op(' }'),
  ];
  const field = (key: string, value: readonly Token[]): TokenLine => [indent(2), plain(key), op(' = '), ...value];
  const repairs = fix.kind === 'fix' && options.mode !== 'diagnose';
  const lines: TokenLine[] = [
    [indent(1), comment(`# ${fix.id} v${fix.version}`)],
    [indent(1), variable('step'), op(' = @{')],
    field('Id', [str(fix.id)]),
    field('Title', [str(fix.title)]),
    field('RunsOn', [str(fix.runsOn)]),
    field('Diagnose', block(call(`Get-${fix.noun}Finding`, fix, true), false)),
  ];
  // A read-only check never sets NeedsFix: the evidence block must not read that as "ruled out" (evidence.ps1).
  if (fix.kind === 'diagnostic') lines.push(field('Kind', [str('diagnostic')]));
  if (repairs) {
    if (options.mode === 'fix') {
      lines.push(
        field('Backup', block(call(`Backup-${fix.noun}`, fix, false), true)),
        field('Repair', block(call(`Repair-${fix.noun}`, fix, true), false)),
      );
    }
    lines.push(
      field('Restore', block(call(`Restore-${fix.noun}`, fix, false), true)),
      field('RestoreFunction', [str(`Restore-${fix.noun}`)]),
    );
    if (fix.restartsServices.length) {
      const services = fix.restartsServices.flatMap((s, i): Token[] => (i ? [op(', '), str(s)] : [str(s)]));
      lines.push(field('RestartService', [op('@('), ...services, op(')')]));
    }
    if (fix.dropsSession) lines.push(field('DropsSession', [variable('true')]));
    // A high-risk fix asks before its change (ConfirmImpact High), and so does a fix given a value that asks
    // (NLA Require, say): a non-interactive run is refused first.
    const asksForValue = fix.parameters.some((name) => {
      const when = parameters[name].asksHighImpactWhen;
      return when !== undefined && (options.values[name] ?? parameters[name].defaultValue) === when;
    });
    if (fix.risk === 'high' || asksForValue) lines.push(field('HighImpact', [variable('true')]));
    if (fix.needsReboot) lines.push(field('NeedsReboot', [variable('true')]));
  }
  lines.push(
    [indent(1), op('}')],
    [indent(1), variable('steps'), op(' += '), command('New-RdpFixStep'), plain(' @step')],
  );
  return lines;
}

/** The step list and the call into the runner; the last lines inside the host script block. */
export function renderSteps(options: ValidatedOptions): TokenLine[] {
  return [
    // Dot-sourced with -DefineOnly, the host script only defines its functions (for the transcript and report).
    [indent(1), keyword('if'), op(' ('), variable('DefineOnly'), op(') { '), keyword('return'), op(' }')],
    [indent(1), variable('steps'), op(' = @()')],
    ...options.fixes.flatMap((fix) => stepLines(fix, options)),
    [
      indent(1),
      command('Invoke-RdpFixRun'),
      plain(' -Steps '),
      variable('steps'),
      plain(' -Mode '),
      variable('Settings'),
      plain('.Mode -BackupRoot '),
      variable('Settings'),
      plain('.BackupRoot -BackupPath '),
      variable('Settings'),
      plain('.BackupPath -AllowSessionDrop:'),
      variable('Settings'),
      plain('.AllowSessionDrop -Interactive '),
      variable('Settings'),
      plain('.Interactive -ExitCodes '),
      variable('Settings'),
      plain('.ExitCodes -EvidenceSite '),
      variable('Settings'),
      plain('.EvidenceSite -Generator '),
      variable('Settings'),
      plain('.Generator'),
    ],
    [op('}')],
  ];
}
