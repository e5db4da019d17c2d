import { defineFix } from '../../define-fix';
import { sources } from '../../sources';
import apply from './apply.ps1?raw';
import backup from './backup.ps1?raw';
import diagnose from './diagnose.ps1?raw';
import rollback from './rollback.ps1?raw';

export default defineFix({
  id: 'start-rdp-services',
  aliases: [],
  kind: 'fix',
  title: 'Start the Remote Desktop services',
  summary:
    'Sets a disabled Remote Desktop service (TermService, UmRdpService, SessionEnv) back to Manual and starts TermService and UmRdpService if they are stopped. Running services are never restarted.',
  noun: 'RdpServiceState',
  causes: ['rdp-services-stopped'],
  risk: 'low',
  // Start-Service only: nothing that is running gets restarted, so no session is dropped.
  restartsServices: [],
  needsReboot: false,
  dropsSession: false,
  runsOn: 'host',
  parameters: [],
  changes: [
    'Sets the start type of TermService, UmRdpService or SessionEnv from Disabled to Manual (the default Microsoft documents for all three).',
    'Starts TermService and UmRdpService if they are stopped.',
  ],
  steps: [
    {
      id: 'run-diagnose',
      text: 'Run the script in Diagnose mode and read the status and start type of TermService, UmRdpService and SessionEnv.',
    },
    {
      id: 'check-policy',
      text: 'If a GPO or hardening baseline disabled the services, change it there; otherwise they are disabled again at the next refresh.',
    },
    { id: 'run-whatif', text: 'Run the Fix script with -WhatIf and read which services it would change or start.' },
    {
      id: 'run-fix',
      text: 'Run the Fix script. It saves each service state, then changes only disabled or stopped ones.',
    },
    {
      id: 'check-listener',
      text: 'Run `qwinsta` on the host and check that rdp-tcp is in the Listen state, then connect again.',
    },
  ],
  verify:
    'Get-Service -Name TermService, UmRdpService shows both Running, none of the three services is Disabled, and qwinsta lists rdp-tcp as Listen.',
  version: 4,
  changelog: [
    {
      version: 4,
      date: '2026-12-02',
      summary:
        'Its diagnosis now also reports machine-readable evidence for the selector: the status and start type of TermService, UmRdpService and SessionEnv.',
    },
    {
      version: 3,
      date: '2026-12-02',
      summary:
        'Starts each stopped service with a 60-second limit instead of Start-Service, which waits forever for a service stuck in "start pending"; the run then reports the failure and still prints its summary.',
    },
    {
      version: 2,
      date: '2026-12-02',
      summary:
        'Reads each start type from Win32_Service instead of ServiceController.StartType, which Windows PowerShell 5.1 on Server 2012 R2 with .NET 4.5.2 lacks; every confirmation names the computer.',
    },
    { version: 1, date: '2026-11-23', summary: 'First published.' },
  ],
  sources: [
    sources.generalTroubleshooting,
    {
      title:
        'Microsoft Learn: Guidance on disabling system services on Windows Server 2016 with Desktop Experience (default start types)',
      url: 'https://learn.microsoft.com/en-us/windows-server/security/windows-services/security-guidelines-for-disabling-system-services-in-windows-server',
    },
  ],
  scripts: { diagnose, backup, apply, rollback },
});
