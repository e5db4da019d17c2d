/**
 * The one-screen summary that opens every script's help: on which computers it runs, what it may change,
 * what it restarts and what it never does. A reviewer reads this before the code, so it is written from
 * the catalogue (each fix's `changes`), never by hand, and it promises only what the harness proves
 * (the safety properties in tools/ps-harness).
 */
import type { ScriptFix } from './script-fix';
import type { ValidatedOptions } from './validated-options';

const WIDTH = 116;
const INDENT = '    ';

/** Wraps one bullet to the help block's width, continuation lines indented under its text. */
function wrap(first: string, rest: string, text: string): string[] {
  const lines: string[] = [];
  let line = first;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const prefix = line === first || line === rest ? line : `${line} `;
    if (prefix.length + word.length > WIDTH && line !== first && line !== rest) {
      lines.push(line);
      line = `${rest}${word}`;
    } else line = `${prefix}${word}`;
  }
  lines.push(line);
  return lines;
}

/** What the script never does. Each promise is a property the harness checks over every fix and fixture. */
export const scriptNeverDoes: readonly string[] = [
  'lowers a security setting (security layer, NLA, CredSSP level, TLS, firewall scope) unless you typed the lower value, and then it asks first (High impact);',
  'changes anything its own diagnosis found healthy, or anything before its backup is written;',
  'reboots, or restarts a service its summary does not name.',
];

function changesFor(options: ValidatedOptions): string[] {
  if (options.mode === 'diagnose') return ['Nothing: this script only reads.'];
  const repairs = options.fixes.filter((fix): fix is ScriptFix => fix.kind === 'fix');
  if (options.mode === 'rollback')
    return [`Puts back what a Fix run saved for: ${repairs.map((fix) => fix.id).join(', ')}.`];
  return repairs.flatMap((fix) => fix.changes.map((change) => `${fix.id}: ${change}`));
}

export function renderSummary(options: ValidatedOptions, target: string): string[] {
  const restarts = [
    ...new Set(options.fixes.filter((fix) => fix.kind === 'fix').flatMap((fix) => fix.restartsServices)),
  ];
  const lines = [`${INDENT}SUMMARY (read this first)`, `${INDENT}Computers: ${target}.`];
  lines.push(
    `${INDENT}${options.mode === 'fix' ? 'May change, only where its diagnosis finds the fault:' : 'Changes:'}`,
  );
  for (const change of changesFor(options)) lines.push(...wrap(`${INDENT}  - `, `${INDENT}    `, change));
  if (options.mode === 'fix') {
    lines.push(`${INDENT}Restarts: ${restarts.length ? restarts.join(', ') : 'nothing'}.`);
    lines.push(`${INDENT}Never:`);
    for (const promise of scriptNeverDoes) lines.push(...wrap(`${INDENT}  - `, `${INDENT}    `, promise));
  }
  return lines;
}
