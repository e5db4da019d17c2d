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
  title: 'Repair the RDP key container and MachineKeys permissions',
  summary:
    "Gives the RDP listener's key container in MachineKeys back the permissions Windows ships with (SYSTEM Full Control, NETWORK SERVICE Read), and, only alongside it, sets the MachineKeys folder back to the KB 278381 default without leaving any key file with an empty DACL.",
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
    'Gives each broken listener key container (%ProgramData%\\Microsoft\\Crypto\\RSA\\MachineKeys\\f686aace*) SYSTEM (S-1-5-18) Full Control, NETWORK SERVICE (S-1-5-20) Read and the third entry of its Windows build (Administrators Read up to build 14393, NT SERVICE\\SessionEnv Full Control from 17763) as its own entries; removes deny entries for SYSTEM and NETWORK SERVICE there. Other explicit entries stay.',
    'Only when such a container was broken and the MachineKeys folder also differs from KB 278381: first copies the inherited entries of each key file that inherits from the folder into its own (icacls /inheritance:d), so no key file loses access; then sets Administrators (S-1-5-32-544) Full Control and Everyone (S-1-1-0) 0x12019F on the folder, this folder only, removes deny and extra entries (an explicit SYSTEM entry is kept) and turns off inheritance from %ProgramData%.',
    'Never changes anything when no listener key container is broken: a hardened MachineKeys folder on its own is not a fault. No /t, /reset, takeown or rename; the folder owner is not touched.',
  ],
  steps: [
    {
      id: 'run-diagnose',
      text: 'Run the script in Diagnose mode and read whether the listener key container (f686aace…) is broken, which folder entries differ from the default, and whether events 1057 or 1058 were logged.',
    },
    {
      id: 'run-whatif',
      text: 'Run the Fix script with -WhatIf and check that every icacls action targets the listener key container, the MachineKeys folder, or a key file that inherits from it.',
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
    'Running the script in Diagnose mode reports that the listener key container grants SYSTEM Full Control and NETWORK SERVICE Read, and no new event 1057 or 1058 appears in the System log.',
  version: 3,
  changelog: [
    {
      version: 3,
      date: '2026-12-02',
      summary:
        'Repairs the listener key container, not just the folder: a broken f686aace container (NETWORK SERVICE cannot read it, or SYSTEM lacks Full Control) is what triggers the fix, and it gets the default measured for the Windows build. The folder alone is no longer treated as the fault, and it is set back only alongside a broken container. Key files that only inherit from the folder first get their entries as their own, so none is left with an empty DACL (the state `icacls /reset /t` left could otherwise lock every machine key). The backup saves only the ACLs that change instead of the whole folder tree. Entries stored with generic rights (GENERIC_ALL, GENERIC_READ) are counted as the file rights they grant, so a healthy container is no longer rewritten.',
    },
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
