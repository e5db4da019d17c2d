/** Bump when the generator's own output changes shape (header, param block, glue). */
export const GENERATOR_VERSION = 1;
/** Date of the catalogue's last content change; printed in every script header. */
export const CATALOGUE_VERSION = '2026-11-23';
/** The name scripts are downloaded as, and the name their help refers to. */
export const SCRIPT_FILE_NAME = 'rdp-fix.ps1';
