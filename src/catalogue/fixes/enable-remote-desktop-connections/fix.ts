import { defineFix } from '../../define-fix';
import { sources } from '../../sources';
import { reachabilitySources as r } from '../../sources-reachability';
import apply from './apply.ps1?raw';
import backup from './backup.ps1?raw';
import diagnose from './diagnose.ps1?raw';
import rollback from './rollback.ps1?raw';

export default defineFix({
  id: 'enable-remote-desktop-connections',
  aliases: [],
  kind: 'fix',
  title: 'Allow Remote Desktop connections (fDenyTSConnections, listener)',
  summary:
    'Turns Remote Desktop back on where it is off locally (fDenyTSConnections 1 → 0) and enables a disabled RDP-Tcp listener (fEnableWinStation → 1), each after a high-impact confirmation. A Group Policy that denies RDP is reported, never overridden.',
  noun: 'RdpRemoteConnections',
  causes: ['rdp-connections-disabled', 'rdp-listener-disabled'],
  // It opens the computer to remote logons: every change asks a High-impact question naming the computer.
  risk: 'high',
  // Microsoft's steps change the value and connect again; no service restart, so no session ends.
  restartsServices: [],
  needsReboot: false,
  dropsSession: false,
  runsOn: 'host',
  parameters: [],
  changes: [
    'Sets fDenyTSConnections under HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server from 1 to 0, after a high-impact confirmation, unless Group Policy denies Remote Desktop (then nothing is written).',
    'Sets fEnableWinStation under WinStations\\RDP-Tcp to 1 when it holds another value, after a high-impact confirmation.',
    'Never writes under HKLM\\SOFTWARE\\Policies: a GPO that denies Remote Desktop is reported with where to change it.',
  ],
  steps: [
    {
      id: 'run-diagnose',
      text: 'Run the script in Diagnose mode on the host (from the console, or remote PowerShell) and read fDenyTSConnections (local and Group Policy) and fEnableWinStation.',
    },
    {
      id: 'check-policy',
      text: 'If Group Policy denies Remote Desktop, run `gpresult /H gpresult.html`, find the winning GPO for "Allow users to connect remotely by using Remote Desktop Services" and change it there.',
    },
    {
      id: 'check-intent',
      text: 'Make sure Remote Desktop was not turned off on purpose (a hardening baseline, a decommissioned server) before you allow it.',
    },
    {
      id: 'run-fix',
      text: 'Run the Fix script and confirm each change; it saves both values first and writes only the ones the diagnosis found.',
    },
    {
      id: 'check-listener',
      text: 'Run `qwinsta` on the host and check that rdp-tcp is in the Listen state; if it is not, restart the computer, as Microsoft advises, or check the firewall and services.',
    },
  ],
  verify:
    'fDenyTSConnections is 0 (and not 1 under the policy key), fEnableWinStation is 1, and qwinsta lists rdp-tcp as Listen.',
  version: 2,
  changelog: [
    {
      version: 2,
      date: '2026-12-03',
      summary:
        'The evidence block now says the cause is proven when Group Policy denies Remote Desktop or the listener key is missing (nothing is written for those), and unknown when fDenyTSConnections is not set; before, both read as ruled out.',
    },
    { version: 1, date: '2026-12-02', summary: 'First published.' },
  ],
  sources: [r.cannotConnect, sources.generalTroubleshooting],
  scripts: { diagnose, backup, apply, rollback },
});
