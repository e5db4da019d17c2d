import { defineFix } from '../../define-fix';
import { sources } from '../../sources';
import apply from './apply.ps1?raw';
import backup from './backup.ps1?raw';
import diagnose from './diagnose.ps1?raw';
import rollback from './rollback.ps1?raw';

export default defineFix({
  id: 'set-credssp-oracle-policy',
  aliases: [],
  kind: 'fix',
  title: 'Set the CredSSP Encryption Oracle Remediation level',
  summary:
    'Sets the Encryption Oracle Remediation policy value (AllowEncryptionOracle). The real fix is the CVE-2018-0886 update on both ends; Vulnerable is only an insecure, temporary workaround.',
  noun: 'RdpCredSspOracle',
  causes: ['credssp-oracle-mismatch'],
  // Vulnerable is one of the choices, and it reopens CVE-2018-0886 on this computer.
  risk: 'high',
  restartsServices: [],
  needsReboot: false,
  dropsSession: false,
  // The policy exists on both ends; the usual temporary workaround is on the updated client that must
  // reach an unpatched host, and a "client" step runs on whatever computer the script runs on.
  runsOn: 'client',
  parameters: ['OracleLevel', 'AllowLowerSecurity'],
  changes: [
    'Raises AllowEncryptionOracle under HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\Policies\\System\\CredSSP\\Parameters to the level you choose when the current level is weaker (Vulnerable 2 > Mitigated 1 > Force Updated Clients 0).',
    'Never lowers a stricter level on its own: a computer on Force Updated Clients stays there. Lowering (to Mitigated or Vulnerable) needs -AllowLowerSecurity Yes and a high-impact confirmation that names the computer.',
    'A client fix: it is never part of a script for hosts. Run a script with only client fixes on the computer that needs the change.',
  ],
  steps: [
    {
      id: 'patch-first',
      text: 'Install the CVE-2018-0886 CredSSP updates on both the client and the host. With both patched, no policy change is needed.',
    },
    {
      id: 'pick-side',
      text: 'If the updated client refuses an unpatched host, run this on the client. If an updated host set to Force Updated Clients refuses unpatched clients, run it on the host with Mitigated and Allow lowering = Yes (a script with client fixes only runs on whatever computer you run it on).',
    },
    {
      id: 'choose-level',
      text: 'Choose Mitigated whenever you can. Choose Vulnerable only to reach an unpatched host long enough to patch it. Both lower a stricter level, so they also need Allow lowering = Yes.',
    },
    { id: 'run-whatif', text: 'Run the Fix script with -WhatIf and read the value it would set.' },
    { id: 'run-fix', text: 'Run the Fix script, then open a new Remote Desktop connection.' },
    {
      id: 'roll-back',
      text: 'If you set Vulnerable: once the host is patched, run the rollback.ps1 the run wrote (or this fix with Mitigated).',
    },
  ],
  verify:
    'Diagnose mode with the same level reports nothing to change, and the connection no longer shows the "CredSSP encryption oracle remediation" message.',
  version: 3,
  changelog: [
    {
      version: 3,
      date: '2026-12-02',
      summary:
        'Never lowers the CredSSP level on its own: a server on Force Updated Clients is no longer set to Mitigated by the default choice. Lowering needs the new choice Allow lowering = Yes and a high-impact confirmation that names the computer. As a client fix it is no longer offered in a script together with host fixes.',
    },
    {
      version: 2,
      date: '2026-12-01',
      summary:
        'Asks for confirmation before changing the CredSSP policy (ConfirmImpact High); -Confirm:$false skips the question.',
    },
    { version: 1, date: '2026-11-23', summary: 'First published.' },
  ],
  sources: [sources.credssp],
  scripts: { diagnose, backup, apply, rollback },
});
