/**
 * The names of the shared PowerShell files, without their text: the selector's client reads the text from
 * its fragments file and must not bundle the PowerShell again. common.test.ts checks it equals commonScripts.
 */
export const commonScriptNames = [
  'helpers',
  'folders',
  'services',
  'evidence',
  'runner',
  'fixRun',
  'rollbackRun',
  'hostPrologue',
  'dispatchLocal',
  'dispatchRemote',
] as const;
