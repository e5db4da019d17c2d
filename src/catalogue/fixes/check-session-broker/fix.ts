import { defineFix } from '../../define-fix';
import { sources } from '../../sources';
import diagnose from './diagnose.ps1?raw';

export default defineFix({
  id: 'check-session-broker',
  aliases: [],
  kind: 'diagnostic',
  title: 'Check the RD Connection Broker and RD Gateway',
  summary:
    'Reads whether the RD Connection Broker or RD Gateway role is installed and lists broker events 2056 and 1296 from the last 7 days. It changes nothing: Microsoft\u2019s fix for those events is a manual role reinstall.',
  noun: 'RdpSessionBroker',
  causes: ['gateway-broker'],
  risk: 'low',
  restartsServices: [],
  needsReboot: false,
  dropsSession: false,
  runsOn: 'host',
  parameters: [],
  changes: [],
  steps: [
    {
      id: 'check-path',
      text: 'Find out whether failing connections go through an RD Connection Broker or RD Gateway; direct connections to a session host do not.',
    },
    {
      id: 'run-diagnose',
      text: 'Run the check on the broker server: it reports whether the Connection Broker and RD Gateway services are installed, and lists events 2056 and 1296.',
    },
    {
      id: 'check-rename',
      text: 'If the events appear, check whether the broker server was renamed. Microsoft does not support that rename.',
    },
    {
      id: 'reinstall-role',
      text: 'Plan Microsoft\u2019s manual fix in a maintenance window: remove and reinstall the RD Connection Broker role and the Windows Internal Database.',
    },
    {
      id: 'gateway-codes',
      text: 'If only connections through RD Gateway fail, look at the gateway (TCP 443, UDP 3391) and its own error codes.',
    },
  ],
  verify:
    'After the broker is repaired, the check shows no new event 2056 or 1296 and connections through the broker succeed.',
  version: 4,
  changelog: [
    {
      version: 4,
      date: '2026-12-02',
      summary:
        'Its diagnosis now says it proves no cause by itself, so the evidence the selector reads leaves that cause unknown.',
    },
    {
      version: 3,
      date: '2026-12-02',
      summary: 'Reads service start types from Win32_Service (works on Server 2012 R2 with .NET 4.5.2).',
    },
    {
      version: 2,
      date: '2026-12-01',
      summary:
        'Steps: the run-diagnose step no longer names the broker and gateway service names, which no source we cite confirms. The PowerShell is unchanged.',
    },
    { version: 1, date: '2026-11-23', summary: 'First published.' },
  ],
  sources: [sources.eventIdArticle, sources.portsUsedByRds],
  scripts: { diagnose, backup: '', apply: '', rollback: '' },
});
