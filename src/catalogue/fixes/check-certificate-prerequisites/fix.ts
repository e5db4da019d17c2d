import { defineFix } from '../../define-fix';
import { authSources } from '../../sources-authentication';
import diagnose from './diagnose.ps1?raw';

export default defineFix({
  id: 'check-certificate-prerequisites',
  aliases: [],
  kind: 'diagnostic',
  title: 'Check what Windows needs to create the RDP certificate',
  summary:
    'Reads the services (CertPropSvc, KeyIso, CryptSvc, SessionEnv) and registry values (SelfSignedCertStore, ProfileList ProgramData) Microsoft lists for creating the RDP self-signed certificate, and reports Windows Audio for the one-minute stall. It changes nothing.',
  noun: 'RdpCertificatePrerequisites',
  causes: ['certificate-creation-prerequisites', 'audio-redirection-stall'],
  risk: 'low',
  restartsServices: [],
  needsReboot: false,
  dropsSession: false,
  runsOn: 'host',
  parameters: [],
  changes: [],
  steps: [
    {
      id: 'run-check',
      text: 'Run the check on the host when the Remote Desktop certificate store stays empty after Remote Desktop Services restarts.',
    },
    {
      id: 'start-services',
      text: 'Start any of CertPropSvc, KeyIso, CryptSvc or SessionEnv that is not running; if one fails, read the System log (Service Control Manager) for its dependencies.',
    },
    {
      id: 'registry',
      text: 'If SelfSignedCertStore or ProfileList ProgramData differ from what Microsoft documents, find out what changed them before you set them back.',
    },
    {
      id: 'then-regenerate',
      text: 'Then regenerate the certificate; if it still does not appear, check the MachineKeys permissions.',
    },
  ],
  verify: 'The check reports every service running and the registry values as documented, and the certificate appears.',
  version: 2,
  changelog: [
    {
      version: 2,
      date: '2026-12-03',
      summary:
        'The evidence block now says the cause is proven when a prerequisite is missing and ruled out when all are as documented (before, a found fault read as ruled out). The four service findings are now accepted by the selector.',
    },
    { version: 1, date: '2026-12-02', summary: 'First published.' },
  ],
  sources: [authSources.internalErrorWindowsServer],
  scripts: { diagnose, backup: '', apply: '', rollback: '' },
});
