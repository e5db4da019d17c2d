/**
 * The exit codes of every generated script: the one definition. The generator writes this table into each
 * script ($settings.ExitCodes), the runner reports each computer's outcome with its code, and the script
 * exits with the highest code of any computer, so RMM tools, Intune remediations and scheduled tasks can
 * act on the result. A site page lists them from here; README.md repeats them for technicians.
 */
export interface ExitCode {
  readonly code: number;
  /** The runner's name for the outcome (the summary's Outcome field); null for PowerShell's own code. */
  readonly outcome: string | null;
  readonly meaning: string;
  readonly whatToDo: string;
}

export const EXIT_CODES: readonly ExitCode[] = [
  {
    code: 0,
    outcome: 'Ok',
    meaning:
      'Completed: Diagnose found nothing to fix; Fix repaired and verified everything it found (or found nothing); Rollback restored everything.',
    whatToDo: 'Nothing.',
  },
  {
    code: 1,
    outcome: null,
    meaning:
      "PowerShell's own code: the script stopped before any computer's summary (a parameter failed validation, #Requires -RunAsAdministrator, a log folder a standard user had created first).",
    whatToDo: 'Read the error message; nothing was changed.',
  },
  {
    code: 2,
    outcome: 'Found',
    meaning: 'A problem was found and is not (yet) fixed: Diagnose found one, or Fix could not verify its repair.',
    whatToDo: 'Read the Found and Verified lists; run the Fix script, or follow the fix page.',
  },
  {
    code: 3,
    outcome: 'Failed',
    meaning:
      'A step failed: a check, a backup, a repair, a service restart (with its timeout) or a restore; or a computer could not be reached. The summary still names the backup and rollback.ps1.',
    whatToDo: 'Read the Failed list and the warnings in the transcript; run rollback.ps1 if a change must be undone.',
  },
  {
    code: 4,
    outcome: 'SessionsPresent',
    meaning:
      'Refused, nothing changed: users have sessions (active or disconnected) on the computer and a fix must restart Remote Desktop Services, which ends them.',
    whatToDo: 'Warn the users, then run again with -AllowSessionDrop.',
  },
  {
    code: 5,
    outcome: 'NeedsConfirmation',
    meaning:
      'Refused, nothing changed: a High-impact step needs confirmation, or a remote run would ask for a credential (-PromptForCredential), and this PowerShell cannot ask (RMM, Intune, a scheduled task, -NonInteractive).',
    whatToDo:
      'Run it interactively, or pass -Confirm:$false to accept every High-impact change (remote: -PromptForCredential $false to connect as the account running the script).',
  },
  {
    code: 6,
    outcome: 'NotElevated',
    meaning: 'Refused, nothing checked or changed: PowerShell was not running as Administrator on the computer.',
    whatToDo: 'Run PowerShell as Administrator (remote: an administrator account on the target).',
  },
];

/** Outcome name → exit code, as written into every script. */
export const exitCodeTable = (): [string, number][] =>
  EXIT_CODES.flatMap((entry) => (entry.outcome ? [[entry.outcome, entry.code] as [string, number]] : []));
