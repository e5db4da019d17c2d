/**
 * A Fix script a senior admin can review before it runs on a production server holds a few fixes, not the
 * whole catalogue (windows-audit.md #24: the 13-fix script ran to 2,000 lines). The selector refuses larger
 * Fix selections and points to the read-only way: diagnose everything, then fix what was found.
 */
import type { ValidatedOptions } from './validated-options';

export const MAX_FIXES_PER_FIX_SCRIPT = 3;

/** The message refusing a Fix script with more fixes than a reviewer can read; undefined when it is fine. */
export function fixScriptTooLarge(options: Pick<ValidatedOptions, 'mode' | 'fixes'>): string | undefined {
  const repairs = options.fixes.filter((fix) => fix.kind === 'fix');
  if (options.mode !== 'fix' || repairs.length <= MAX_FIXES_PER_FIX_SCRIPT) return undefined;
  return `A Fix script holds at most ${MAX_FIXES_PER_FIX_SCRIPT} fixes, so that it can be read before it runs on a server; this selection has ${repairs.length}. Run Diagnose with everything ticked first (it changes nothing), then tick only the fixes it found, ${MAX_FIXES_PER_FIX_SCRIPT} at a time at most.`;
}
