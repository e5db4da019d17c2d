import { defineFix } from '../../define-fix';
import { sources } from '../../sources';
import apply from './apply.ps1?raw';
import backup from './backup.ps1?raw';
import diagnose from './diagnose.ps1?raw';
import rollback from './rollback.ps1?raw';

export default defineFix({
  id: 'repair-machinekeys-acl',
  aliases: [],
  kind: 'fix',
  title: 'Repair the MachineKeys folder permissions',
  summary:
    'Sets the permissions of the MachineKeys folder back to the KB 278381 default (Administrators Full Control, Everyone special read/write, this folder only), so Windows can create and read the RDP certificate key again.',
  noun: 'RdpMachineKeysAcl',
  causes: ['machinekeys-permissions'],
  // Every machine-level CryptoAPI private key lives in this folder: a wrong ACL here affects IIS, SQL and
  // every other LocalMachine certificate, not just RDP.
  risk: 'high',
  restartsServices: [],
  needsReboot: false,
  dropsSession: false,
  runsOn: 'host',
  parameters: [],
  changes: [
    'Sets Administrators (S-1-5-32-544) to Full Control and Everyone (S-1-1-0) to the special rights 0x12019F on %ProgramData%\\Microsoft\\Crypto\\RSA\\MachineKeys, both "this folder only" (no inheritance to the key files).',
    'Removes deny entries and explicit entries for other accounts from that folder; an explicit SYSTEM (S-1-5-18) entry is kept.',
    'Turns off inheritance from %ProgramData% on that folder and removes the inherited entries.',
    "Never sets an ACL on a key file, the owner or the folder name (no /t, /reset, takeown or rename). A key file that inherits from the folder loses what it inherited from entries this repair removes (Windows recomputes inheritance); its own explicit entries stay, and the backup holds every key file's ACL so rollback.ps1 can put them back.",
  ],
  steps: [
    {
      id: 'run-diagnose',
      text: 'Run the script in Diagnose mode and read which entries differ from the default and whether events 1057 or 1058 were logged.',
    },
    {
      id: 'run-whatif',
      text: 'Run the Fix script with -WhatIf and check that every icacls action targets only the MachineKeys folder.',
    },
    {
      id: 'run-fix',
      text: 'Run the Fix script. It saves the ACLs with `icacls /save` (restorable) before it changes anything.',
    },
    {
      id: 'regenerate-cert',
      text: 'If the self-signed certificate is missing or expired, run the "Regenerate the RDP self-signed certificate" fix next.',
    },
    {
      id: 'test-connection',
      text: 'Connect again. If something else that uses machine keys breaks, run rollback.ps1 from the backup folder.',
    },
  ],
  verify:
    'Running the script in Diagnose mode reports that the permissions match the documented default, and no new event 1057 or 1058 appears in the System log.',
  version: 2,
  changelog: [
    {
      version: 2,
      date: '2026-12-01',
      summary:
        'Asks for confirmation before changing the MachineKeys ACL (ConfirmImpact High); -Confirm:$false skips the question. Rollback refuses a backup naming any folder but MachineKeys. Says plainly that key files inheriting from the folder are affected.',
    },
    { version: 1, date: '2026-11-23', summary: 'First published.' },
  ],
  sources: [
    sources.machineKeysDefaults,
    sources.eventIdArticle,
    sources.internalErrorArticle,
    sources.icacls,
    sources.keyStorage,
  ],
  scripts: { diagnose, backup, apply, rollback },
});
