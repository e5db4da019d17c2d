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
  title: 'Restore the RDP security layer (and, on request, Network Level Authentication)',
  summary:
    'Raises the RDP-Tcp listener from the RDP security layer (0) or a missing value to Negotiate, or to TLS when you choose it; never lowers TLS. Reports Network Level Authentication when it is off, and turns it on only when you ask, after a confirmation. Values that Group Policy sets are reported, not changed: fix those in the GPO.',
  noun: 'RdpSecurityLayer',
  causes: ['security-layer-mismatch'],
  risk: 'medium',
  // Listener settings are read for new connections; existing sessions keep theirs. Restarting
  // TermService would end every session, so the script does not do it (see the last step).
  restartsServices: [],
  needsReboot: false,
  dropsSession: false,
  runsOn: 'host',
  parameters: ['SecurityLayer', 'NetworkLevelAuthentication'],
  changes: [
    'Sets SecurityLayer under HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp only when it is 0 (RDP layer) or missing: to 1 (Negotiate), or to 2 (TLS) when you choose TLS and a usable certificate is bound.',
    'Raises SecurityLayer 1 (Negotiate) to 2 (TLS) only when you choose TLS. Never lowers 2 (TLS), and never writes 0.',
    'Sets UserAuthentication under the same key to 1 (require Network Level Authentication) only with -NetworkLevelAuthentication Require, after a high-impact confirmation that names the computer. By default NLA off is only reported: it may be off on purpose, and turning it on turns away clients that cannot use NLA.',
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
      text: 'Choose Negotiate (the Windows default) or TLS. TLS needs a working certificate, and is not allowed while MinEncryptionLevel is Low (1). A listener already on TLS stays on TLS whatever you choose.',
    },
    {
      id: 'choose-nla',
      text: 'If the diagnosis reports NLA off, find out why before turning it on: clients without NLA, or users who must change an expired password at logon, are turned away once it is on. To turn it on, choose Require; the script asks before it.',
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
    'Diagnose mode reports the listener SecurityLayer as Negotiate (1) or TLS (2), and a new connection no longer fails with 0x904 / 0x7.',
  version: 4,
  changelog: [
    {
      version: 4,
      date: '2026-12-02',
      summary:
        'Its diagnosis now also reports machine-readable evidence for the selector: SecurityLayer and UserAuthentication, on the listener and from Group Policy.',
    },
    {
      version: 3,
      date: '2026-12-02',
      summary:
        'Never lowers a listener already on TLS (2) to Negotiate: only the RDP layer (0) or a missing value is repaired, and Negotiate is raised to TLS only when you choose TLS. Network Level Authentication that is off is now reported, not switched on; the new choice Require turns it on after a high-impact confirmation. When TLS is chosen, the key container of the bound certificate must exist (in MachineKeys or Crypto\\Keys): an orphaned certificate no longer counts as ready, and SecurityLayer stays Negotiate, with the reason shown.',
    },
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
