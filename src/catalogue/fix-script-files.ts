/** The four PowerShell files of a fix, and the one function each must define (its contract with the generator). */
import type { Fix } from './schema';

export const FIX_SCRIPT_FILES = ['diagnose', 'backup', 'apply', 'rollback'] as const;
export type FixScriptFile = (typeof FIX_SCRIPT_FILES)[number];

const CONTRACT: Record<FixScriptFile, (noun: string) => string> = {
  diagnose: (noun) => `Get-${noun}Finding`,
  backup: (noun) => `Backup-${noun}`,
  apply: (noun) => `Repair-${noun}`,
  rollback: (noun) => `Restore-${noun}`,
};

/** The function a fix's file defines, e.g. contractFunction(fix, 'apply') → "Repair-RdpServiceState". */
export function contractFunction(fix: Pick<Fix, 'noun'>, file: FixScriptFile): string {
  return CONTRACT[file](fix.noun);
}
