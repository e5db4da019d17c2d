/**
 * The tables the catalogue rules run over: every non-empty .ps1 file of every fix, and the shared PowerShell. A rule
 * is one *.test.ts file in this folder, table-driven over these, so a new fix is covered by every rule the moment
 * its folder exists. Checks that concern one fix only live next to it: src/catalogue/fixes/<id>/fix.test.ts.
 */
import { commonScripts } from '../common';
import { FIX_SCRIPT_FILES, type FixScriptFile } from '../fix-script-files';
import { fixes } from '../index';
import type { Fix } from '../schema';

export interface FixScript {
  /** "<fix id>/<file>.ps1", the test title. */
  readonly name: string;
  readonly fix: Fix;
  readonly file: FixScriptFile;
  readonly text: string;
}

export const fixScripts: readonly FixScript[] = fixes.flatMap((fix) =>
  FIX_SCRIPT_FILES.filter((file) => fix.scripts[file].trim()).map((file) => ({
    name: `${fix.id}/${file}.ps1`,
    fix,
    file,
    text: fix.scripts[file],
  })),
);

/**
 * The shared PowerShell. hostPrologue opens the host script block that the generated step list closes, so it only
 * parses as part of a whole script (the corpus test covers that).
 */
export const commonFiles: readonly { name: string; text: string }[] = Object.entries(commonScripts)
  .filter(([name]) => name !== 'hostPrologue')
  .map(([name, text]) => ({ name: `common/${name}`, text }));

/** Every fix script and shared file as [name, text] rows for test.each. */
export const allPowerShell = [...fixScripts, ...commonFiles].map((f) => [f.name, f.text] as const);

/** Rows for test.each over the fix scripts. */
export const rows = (list: readonly FixScript[]) => list.map((s) => [s.name, s] as const);

/** Code lines only: full-line comments may name wrong advice in order to warn against it. */
export function codeOnly(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('#'))
    .join('\n');
}
