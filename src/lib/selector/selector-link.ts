/**
 * What the selector shows around the script, decided from the state alone: the parameters the chosen fixes take,
 * the "why" next to each fix, and what the script area says when there is no script (the link itself is
 * serialize-selector-link.ts).
 */
import type { ScriptFix } from '../generator/script-fix';
import type { RankedCause } from './rank-causes';

type FixesById = ReadonlyMap<string, Pick<ScriptFix, 'parameters'>>;

/** The parameters the chosen fixes take. */
export function neededParameters(fixIds: readonly string[], fixesById: FixesById): Set<string> {
  return new Set(fixIds.flatMap((id) => fixesById.get(id)?.parameters ?? []));
}

/** "Why: addresses …" for a fix, from the ranked causes it addresses; '' when it addresses none. */
export function fixWhy(fixCauses: readonly string[], ranked: readonly RankedCause[]): string {
  const matches = ranked.filter((entry) => fixCauses.includes(entry.cause.id));
  return matches.length
    ? `Why: addresses ${matches.map((entry) => `${entry.cause.title} (score ${entry.score})`).join('; ')}.`
    : '';
}

export interface ScriptAreaState {
  readonly fixCount: number;
  readonly optionsValid: boolean;
  readonly refusal?: string | undefined;
  readonly fragmentsError?: string | undefined;
}

/** What the script area says instead of a script. */
export function scriptPlaceholder(s: ScriptAreaState): string {
  if (s.fixCount === 0) return 'Answer a question or choose a fix to generate a script.';
  if (!s.optionsValid) return 'Fix the highlighted fields to generate the script.';
  if (s.refusal) return 'No script for this selection (see the message above).';
  if (s.fragmentsError) return 'No script: the selector could not load its PowerShell (see the message above).';
  return 'Loading the PowerShell…';
}
