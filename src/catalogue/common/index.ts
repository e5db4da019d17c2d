/** PowerShell shared by every generated script. Real .ps1 files, imported as text. */
import dispatchLocal from './dispatch-local.ps1?raw';
import dispatchRemote from './dispatch-remote.ps1?raw';
import evidence from './evidence.ps1?raw';
import fixRun from './fix-run.ps1?raw';
import folders from './folders.ps1?raw';
import helpers from './helpers.ps1?raw';
import hostPrologue from './host-prologue.ps1?raw';
import rollbackRun from './rollback-run.ps1?raw';
import runner from './runner.ps1?raw';
import services from './services.ps1?raw';

export const commonScripts = {
  helpers,
  folders,
  services,
  evidence,
  runner,
  fixRun,
  rollbackRun,
  hostPrologue,
  dispatchLocal,
  dispatchRemote,
} as const;
export type CommonScriptName = keyof typeof commonScripts;
