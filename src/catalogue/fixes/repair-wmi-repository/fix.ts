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
    'Never uses /resetrepository or the undocumented "/salvage", and never deletes the repository folder.',
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
      text: 'Run the Fix script. It backs up the repository with winmgmt /backup, then runs winmgmt /salvagerepository.',
    },
    {
      id: 'check-cim',
      text: 'Check that Get-CimInstance can read Win32_TSGeneralSetting again, then continue with the certificate fixes.',
    },
  ],
  verify:
    'winmgmt /verifyrepository reports a consistent repository (exit code 0) and Get-CimInstance -Namespace root/cimv2/TerminalServices -ClassName Win32_TSGeneralSetting returns the RDP-Tcp listener.',
  version: 2,
  changelog: [
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
