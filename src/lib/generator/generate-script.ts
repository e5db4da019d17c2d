/**
 * Assembles a script from validated options: help, `#Requires`, the param block, then a host script
 * block holding the shared helpers, the chosen fixes' functions, the runner and the generated step
 * list, then the dispatch (local or remote). Pure and deterministic: same options, same bytes.
 */
import type { CommonScriptName } from '../../catalogue/common';
import type { ScriptFix } from './script-fix';
import { evidenceSiteProblem } from '../evidence/evidence-site';
import { GeneratorError } from './errors';
import { renderHeader } from './render-header';
import { renderParamBlock } from './render-param-block';
import { renderSettings, renderSteps } from './render-steps';
import type { ValidatedOptions } from './validated-options';
import { comment, lineText, type TokenLine } from './tokens';

type FixScriptName = keyof ScriptFix['scripts'];

/** A piece of the script: a catalogue file verbatim (highlighted at build time), or generated lines. */
export type ScriptSegment =
  | { readonly kind: 'fragment'; readonly id: string; readonly text: string }
  | { readonly kind: 'generated'; readonly lines: readonly TokenLine[] };

export interface GeneratedScript {
  /** The script, LF line endings, ending with a newline: exactly what is shown and copied. */
  readonly text: string;
  readonly segments: readonly ScriptSegment[];
}

/** Fragment text is normalised to LF with exactly one trailing newline, whatever the file had. */
export const normaliseFragment = (text: string): string => `${text.replace(/\r\n?/g, '\n').trimEnd()}\n`;

export const commonFragmentId = (name: CommonScriptName) => `common/${name}`;
export const fixFragmentId = (fix: ScriptFix, script: FixScriptName) => `fixes/${fix.id}/${script}`;

function scriptsFor(fix: ScriptFix, options: ValidatedOptions): FixScriptName[] {
  if (fix.kind === 'diagnostic' || options.mode === 'diagnose') return ['diagnose'];
  return options.mode === 'fix' ? ['diagnose', 'backup', 'apply', 'rollback'] : ['diagnose', 'rollback'];
}

/**
 * Where the shared PowerShell comes from. Build-time callers pass `commonScripts` from the catalogue;
 * the browser passes the text of the page's templates, so it does not download the PowerShell twice.
 */
export interface ScriptSources {
  readonly common: Readonly<Record<CommonScriptName, string>>;
  /** The selector link that reproduces this script; printed in the help block. */
  readonly link?: string | undefined;
  /**
   * The selector page a Diagnose run's evidence link opens (origin + base + "selector/"), baked into the
   * script; checked by evidenceSiteProblem. Without it the script prints the evidence to paste, no link.
   */
  readonly evidenceSite?: string | undefined;
}

/**
 * Client and host fixes never share a script: a client workaround (the CredSSP level, UDP off) applied to a
 * server can weaken it, and host repairs do not belong on a client (windows-audit.md #4, #24).
 * Returns the message that refuses the mix, or undefined when the selection is on one side only.
 */
export function clientHostMix(fixes: readonly ScriptFix[]): string | undefined {
  const client = fixes.filter((fix) => fix.runsOn === 'client');
  const host = fixes.filter((fix) => fix.runsOn === 'host');
  if (client.length === 0 || host.length === 0) return undefined;
  const titles = (list: readonly ScriptFix[]) => list.map((fix) => `"${fix.title}"`).join(', ');
  return `Client and host fixes cannot share one script: ${titles(client)} ${client.length === 1 ? 'runs' : 'run'} on the computer you connect from, and ${titles(host)} ${host.length === 1 ? 'runs' : 'run'} on the server you connect to. Generate two scripts: untick one side, copy its script, then the other.`;
}

export function generateScript(
  options: ValidatedOptions,
  { common: commonScripts, link, evidenceSite }: ScriptSources,
): GeneratedScript {
  if (options.fixes.length === 0) throw new GeneratorError('Choose at least one fix or check to generate a script.');
  // The mix is refused first: with checks on both sides (a client check and a host check) in Rollback mode, the
  // message that matters is that the two sides need two scripts.
  const mixRefusal = clientHostMix(options.fixes);
  if (mixRefusal) throw new GeneratorError(mixRefusal);
  if (options.mode === 'rollback' && !options.fixes.some((fix) => fix.kind === 'fix'))
    throw new GeneratorError('Rollback needs at least one fix that changes something; checks have nothing to restore.');
  const siteProblem = evidenceSite === undefined ? undefined : evidenceSiteProblem(evidenceSite);
  if (siteProblem) throw new GeneratorError(siteProblem);

  const segments: ScriptSegment[] = [];
  const generated = (lines: readonly TokenLine[]) => segments.push({ kind: 'generated', lines });
  const common = (name: CommonScriptName) =>
    segments.push({ kind: 'fragment', id: commonFragmentId(name), text: normaliseFragment(commonScripts[name]) });

  const needsAdmin = options.target.kind === 'local' && options.mode !== 'diagnose';
  generated([
    ...renderHeader(options, link),
    [comment('#Requires -Version 5.1')],
    ...(needsAdmin ? [[comment('#Requires -RunAsAdministrator')]] : []),
    ...renderParamBlock(options),
    [],
  ]);
  common('hostPrologue');
  common('helpers');
  common('folders');
  common('services');
  common('evidence');
  for (const fix of options.fixes) {
    for (const script of scriptsFor(fix, options)) {
      segments.push({ kind: 'fragment', id: fixFragmentId(fix, script), text: normaliseFragment(fix.scripts[script]) });
    }
  }
  common('runner');
  common('fixRun');
  common('rollbackRun');
  generated([...renderSteps(options), [], ...renderSettings(options, evidenceSite ?? '')]);
  common(options.target.kind === 'local' ? 'dispatchLocal' : 'dispatchRemote');

  const text = segments
    .map((segment) =>
      segment.kind === 'fragment' ? segment.text : segment.lines.map((line) => `${lineText(line)}\n`).join(''),
    )
    .join('');
  return { text, segments };
}
