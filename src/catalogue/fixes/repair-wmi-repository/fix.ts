import { defineFix } from '../../define-fix';
import { sources } from '../../sources';
import apply from './apply.ps1?raw';
import backup from './backup.ps1?raw';
import diagnose from './diagnose.ps1?raw';
import rollback from './rollback.ps1?raw';

export default defineFix({
  id: 'repair-wmi-repository',
  aliases: [],
  kind: 'fix',
  title: 'Salvage an inconsistent WMI repository',
  summary:
    'No Microsoft source ties WMI to 0x904 / 0x7. When winmgmt /verifyrepository reports the repository inconsistent, salvages it with the documented /salvagerepository switch, because the RDP certificate and listener tools depend on WMI.',
  noun: 'RdpWmiRepository',
  causes: ['wmi-repository'],
  // The repository holds every WMI class and provider registration on the machine, not just RDP's.
  risk: 'high',
  restartsServices: [],
  needsReboot: false,
  dropsSession: false,
  runsOn: 'host',
  parameters: [],
  changes: [
    'Runs winmgmt /salvagerepository, only when winmgmt /verifyrepository reports the repository inconsistent (1358); it rebuilds the repository and merges back what it can read.',
    'No Microsoft source ties WMI to 0x904 / 0x7: this repairs a tool the other fixes rely on, not a documented cause.',
    'Judges the salvage by a fresh winmgmt /verifyrepository: the salvage itself may exit 1358 whether or not it worked.',
    'Never uses /resetrepository or the undocumented "/salvage", and never deletes the repository folder.',
    'Rollback does not restore the repository: the saved copy is the inconsistent one, and restoring it force-disconnects every WMI client. The backup folder holds a separate script, restore-wmi-repository.ps1, that restores it only when run on purpose, after a high-impact confirmation.',
  ],
  steps: [
    {
      id: 'run-diagnose',
      text: 'Run the script in Diagnose mode from an elevated PowerShell and read the result of winmgmt /verifyrepository.',
    },
    {
      id: 'check-need',
      text: 'If the repository is consistent, stop: salvaging it will not help, whatever web pages say about 0x904.',
    },
    {
      id: 'run-fix',
      text: 'Run the Fix script. It backs up the repository with winmgmt /backup, runs winmgmt /salvagerepository, then checks the result with a fresh winmgmt /verifyrepository.',
    },
    {
      id: 'no-restore',
      text: 'If the salvage fails, do not put the saved copy back: it is the inconsistent repository. Restore it (restore-wmi-repository.ps1 in the backup folder) only if Microsoft support asks for it.',
    },
    {
      id: 'check-cim',
      text: 'Check that Get-CimInstance can read Win32_TSGeneralSetting again, then continue with the certificate fixes.',
    },
  ],
  verify:
    'winmgmt /verifyrepository reports a consistent repository (exit code 0) and Get-CimInstance -Namespace root/cimv2/TerminalServices -ClassName Win32_TSGeneralSetting returns the RDP-Tcp listener.',
  version: 3,
  changelog: [
    {
      version: 3,
      date: '2026-12-02',
      summary:
        'Judges the salvage by a fresh winmgmt /verifyrepository instead of its exit code (1358 may come back from the salvage itself), and no longer advises restoring the saved, inconsistent repository. Rollback no longer restores the WMI repository (it force-disconnected every WMI client and brought the inconsistency back); a separate script in the backup folder does it on purpose, after a high-impact confirmation.',
    },
    {
      version: 2,
      date: '2026-12-01',
      summary:
        'Asks for confirmation before salvaging the WMI repository (ConfirmImpact High); -Confirm:$false skips the question.',
    },
    { version: 1, date: '2026-11-23', summary: 'First published.' },
  ],
  sources: [sources.winmgmt, sources.tsGeneralSetting],
  scripts: { diagnose, backup, apply, rollback },
});
