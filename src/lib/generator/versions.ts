/**
 * Bump when the generator's own output changes (header, param block, the shared runner and helpers), and
 * say what changed in GENERATOR_CHANGELOG: selector links carry this number, so an old link can say so.
 */
export const GENERATOR_VERSION = 5;
export const GENERATOR_CHANGELOG: readonly { version: number; date: string; summary: string }[] = [
  {
    version: 5,
    date: '2026-12-03',
    summary:
      'A computer named twice (in any letter case) is targeted once. Selector links carry the validated values (the computer list as its names, the thumbprint normalised) instead of the text as typed; a value a link gives that is not valid is dropped with a notice naming it, and never reaches a script.',
  },
  {
    version: 4,
    date: '2026-12-03',
    summary:
      'Every Diagnose run ends with an evidence block per computer (each finding as a stable id with its value, a format version and a checksum) and a link that opens the selector with it, so the selector marks causes proven or ruled out and ticks only their fixes; the site address in that link can be set for intranet hosts. Client checks take a host name (-TargetHost, validated); a client check together with a host check is refused as a mix in every mode, Rollback included. Read-only checks state proven, ruled out or unknown for their cause in the evidence (a fault a check found no longer reads as ruled out), and a check without its own decision records unknown. The all-host and all-client scripts include the new reachability, certificate identity, NLA, cipher suite, certificate-prerequisite and client Kerberos checks.',
  },
  {
    version: 3,
    date: '2026-12-02',
    summary:
      'Safe on real Windows (audit of 2026-12-02): every script opens with a one-screen summary of what it may change, where, what it restarts and what it never does; every line and prompt names its computer; before restarting Remote Desktop Services it counts active and disconnected sessions and needs -AllowSessionDrop; services restart with a time-out and a failed step still returns the summary with the backup and rollback paths, and is never also shown as verified; a step that would ask for confirmation in a non-interactive run (RMM, Intune, scheduled task) is refused with exit code 5 and changes nothing; without administrator rights nothing is checked (exit code 6); the RdpFixGuide folders are protected and rollback picks the newest trusted run; rollback.ps1 goes on past a failed restore and writes a transcript; each run writes a JSON or CSV report with one row per computer, accepts -ThrottleLimit and exits with a documented code; client and host fixes are never put in one script; new parameters NetworkLevelAuthentication and AllowLowerSecurity.',
  },
  {
    version: 2,
    date: '2026-12-01',
    summary:
      "Backup folders are locked to SYSTEM and Administrators, and rollback refuses a folder anyone else could have written to; transcripts must be .log or .txt files; a check that cannot run no longer stops the others; remote runs report an unreachable computer and go on with the rest; Rollback accepts the backup root and takes each computer's newest run, goes on past a restore that fails, and says which services to restart; -WhatIf no longer lists changes it did not make.",
  },
  { version: 1, date: '2026-11-23', summary: 'First published.' },
];
/** Date of the catalogue's last content change; printed in every script header. */
export const CATALOGUE_VERSION = '2026-12-03';
/** The name scripts are downloaded as, and the name their help refers to. */
export const SCRIPT_FILE_NAME = 'rdp-fix.ps1';
