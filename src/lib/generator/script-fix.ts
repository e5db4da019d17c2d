/**
 * The part of a fix the script generator reads. The selector page ships fixes projected to this (plus what its
 * own view reads), so typing the generator on it makes the compiler flag any read of a field the page drops.
 */
import type { Fix } from '../../catalogue/schema';

export const SCRIPT_FIX_FIELDS = [
  'id',
  'title',
  'kind',
  'noun',
  'causes',
  'risk',
  'restartsServices',
  'needsReboot',
  'dropsSession',
  'runsOn',
  'parameters',
  'changes',
  'version',
  'scripts',
] as const satisfies readonly (keyof Fix)[];

export type ScriptFix = Pick<Fix, (typeof SCRIPT_FIX_FIELDS)[number]>;
