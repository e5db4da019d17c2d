/**
 * Bump when the generator's own output changes (header, param block, the shared runner and helpers), and
 * say what changed in GENERATOR_CHANGELOG: selector links carry this number, so an old link can say so.
 */
export const GENERATOR_VERSION = 2;
export const GENERATOR_CHANGELOG: readonly { version: number; date: string; summary: string }[] = [
  {
    version: 2,
    date: '2026-12-01',
    summary:
      "Backup folders are locked to SYSTEM and Administrators, and rollback refuses a folder anyone else could have written to; transcripts must be .log or .txt files; a check that cannot run no longer stops the others; remote runs report an unreachable computer and go on with the rest; Rollback accepts the backup root and takes each computer's newest run, goes on past a restore that fails, and says which services to restart; -WhatIf no longer lists changes it did not make.",
  },
  { version: 1, date: '2026-11-23', summary: 'First published.' },
];
/** Date of the catalogue's last content change; printed in every script header. */
export const CATALOGUE_VERSION = '2026-12-01';
/** The name scripts are downloaded as, and the name their help refers to. */
export const SCRIPT_FILE_NAME = 'rdp-fix.ps1';
