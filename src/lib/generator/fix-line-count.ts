/**
 * How many lines a fix adds to a Fix-mode script: its own diagnose, backup, apply and rollback
 * functions, as the generator copies them. Shown beside each fix so a reviewer knows what to read.
 */
import type { Fix } from '../../catalogue/schema';
import { normaliseFragment } from './generate-script';

export const fixScriptFiles = ['diagnose', 'backup', 'apply', 'rollback'] as const;

export function fixLineCount(fix: Fix): number {
  return fixScriptFiles
    .map((file) => fix.scripts[file])
    .filter((text) => text.trim())
    .reduce((sum, text) => sum + normaliseFragment(text).split('\n').length - 1, 0);
}
