import { defineFix } from '../../define-fix';
import { sources } from '../../sources';
import apply from './apply.ps1?raw';
import backup from './backup.ps1?raw';
import diagnose from './diagnose.ps1?raw';
import rollback from './rollback.ps1?raw';

export default defineFix({
  id: 'restore-rdp-security-layer',
  aliases: [],
  kind: 'fix',
  title: 'Restore the RDP security layer and Network Level Authentication',
  summary:
    'Sets the RDP-Tcp listener back to the Negotiate or TLS security layer and requires Network Level Authentication again. Values that Group Policy sets are reported, not changed: fix those in the GPO.',
  noun: 'RdpSecurityLayer',
  causes: ['security-layer-mismatch'],
  risk: 'medium',
  // Listener settings are read for new connections; existing sessions keep theirs. Restarting
  // TermService would end every session, so the script does not do it (see the last step).
  restartsServices: [],
  needsReboot: false,
  dropsSession: false,
  runsOn: 'host',
  parameters: ['SecurityLayer'],
  changes: [
    'Sets SecurityLayer under HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp to 1 (Negotiate) or 2 (TLS) when it differs; never to 0 (RDP layer).',
    'Sets UserAuthentication under the same key to 1 (require Network Level Authentication) when it is 0.',
    'Leaves every value that Group Policy sets under HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services untouched.',
  ],
  steps: [
    {
      id: 'run-diagnose',
      text: 'Run the script in Diagnose mode and read the effective SecurityLayer, UserAuthentication and MinEncryptionLevel, and where each comes from.',
    },
    {
      id: 'check-policy',
      text: 'If the diagnosis says Group Policy sets a value, change that GPO (Remote Desktop Session Host > Security) instead; a local change would be overwritten at the next policy refresh.',
    },
    {
      id: 'choose-layer',
      text: 'Choose Negotiate (the Windows default) or TLS. TLS needs a working certificate, and is not allowed while MinEncryptionLevel is Low (1).',
    },
    { id: 'run-whatif', text: 'Run the Fix script with -WhatIf and read which listener values it would set.' },
    {
      id: 'run-fix',
      text: 'Run the Fix script. It saves the two listener values, then sets only the ones that differ.',
    },
    {
      id: 'reconnect',
      text: 'Open a new connection from the client. If it still uses the old setting, restart Remote Desktop Services or reboot in a maintenance window: that ends every session.',
    },
  ],
  verify:
    'Diagnose mode reports the listener SecurityLayer as Negotiate (1) or TLS (2) and no UserAuthentication = 0, and a new connection no longer fails with 0x904 / 0x7.',
  version: 2,
  changelog: [
    {
      version: 2,
      date: '2026-12-01',
      summary:
        'Does not require TLS (2) while no valid certificate with its private key is bound to the listener: that would turn every client away.',
    },
    { version: 1, date: '2026-11-23', summary: 'First published.' },
  ],
  sources: [
    sources.authErrors,
    sources.tsGeneralSetting,
    sources.securityLayerUnattend,
    sources.securityLayerPolicy,
    {
      title: 'Microsoft Learn: SetSecurityLayer method of the Win32_TSGeneralSetting class',
      url: 'https://learn.microsoft.com/en-us/windows/win32/termserv/win32-tsgeneralsetting-setsecuritylayer',
    },
  ],
  scripts: { diagnose, backup, apply, rollback },
});
