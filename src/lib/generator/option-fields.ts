/**
 * The script options every selection has (not the fix parameters: those are catalogue/parameters.ts), described
 * once: the form renders from this table, the link parser and serialiser loop over it, parseScriptOptions (and only
 * it) calls its validators, and the param block and ticket note name its default locations.
 * Order matters: it is the order of the form and of the link's keys. `urlKey`s are published in old links:
 * never rename one.
 */
import type { ScriptMode } from './validated-options';
import { validateComputerNames, validateLocalPath, validateTranscriptPath, type Validation } from './validate-value';

/** Where the scripts put backups when the technician gives no folder (dispatch-local/remote.ps1 agree). */
export const DEFAULT_BACKUP_ROOT = '%ProgramData%\\RdpFixGuide\\Backup';
/** Where the scripts write the transcript when the technician gives no file (dispatch-local/remote.ps1 agree). */
export const DEFAULT_TRANSCRIPT_PATH = '%ProgramData%\\RdpFixGuide\\Logs\\rdp-fix-<time>.log';

export type OptionFieldName = 'computers' | 'promptForCredential' | 'backupRoot' | 'backupPath' | 'transcriptPath';
export type ScriptTargetKind = 'local' | 'remote';

interface OptionFieldBase {
  /** The form field's name and the RawScriptOptions key. */
  readonly name: OptionFieldName;
  /** The link's query key. */
  readonly urlKey: string;
  /** The form control's id (kept stable: the help and error ids derive from it). */
  readonly id: string;
  readonly label: string;
  /** The field is shown only in this mode or for this target; hidden fields still keep their value. */
  readonly shownWhen?: { readonly mode?: ScriptMode; readonly target?: ScriptTargetKind };
  /** Leave the value out of the link while the field is hidden (a computer list means nothing for a local run). */
  readonly linkedOnlyWhenShown?: boolean;
}

export interface TextOptionField extends OptionFieldBase {
  readonly kind: 'text';
  readonly help?: string;
  /** Shown as the placeholder: what the script uses when the field is empty. */
  readonly defaultLocation?: string;
  /** How a link notice names the field: "Ignored <linkName> from the link: …". */
  readonly linkName: string;
  /** Called by parseScriptOptions only: the one place a value is validated. */
  readonly validate: (input: string) => Validation;
  /** The link's value as the form shows it. */
  readonly toForm?: (value: string) => string;
}

/** A checkbox; in a link it is "1" or absent. */
export interface FlagOptionField extends OptionFieldBase {
  readonly kind: 'flag';
  /** What "1" means, for the notice on any other value. */
  readonly linkMeaning: string;
}

export type OptionField = TextOptionField | FlagOptionField;

export const optionFields = [
  {
    kind: 'text',
    name: 'computers',
    urlKey: 'c',
    id: 'rdp-computers',
    label: 'Computer names',
    help: 'Host names, FQDNs or IPv4 addresses, separated by spaces or commas.',
    linkName: 'the computer list',
    validate: validateComputerNames,
    toForm: (value) => value.split(',').join(' '),
    shownWhen: { target: 'remote' },
    linkedOnlyWhenShown: true,
  },
  {
    kind: 'flag',
    name: 'promptForCredential',
    urlKey: 'cred',
    id: 'rdp-credential',
    label: 'Ask for an administrator account',
    linkMeaning: 'ask for a credential',
    shownWhen: { target: 'remote' },
    linkedOnlyWhenShown: true,
  },
  {
    kind: 'text',
    name: 'backupRoot',
    urlKey: 'br',
    id: 'rdp-backup-root',
    label: 'Backup folder (on the target; optional)',
    defaultLocation: DEFAULT_BACKUP_ROOT,
    linkName: 'the backup folder',
    validate: (input) => validateLocalPath('The backup folder', input),
    shownWhen: { mode: 'fix' },
  },
  {
    kind: 'text',
    name: 'backupPath',
    urlKey: 'bp',
    id: 'rdp-backup-path',
    label:
      'Backup folder to restore (the one a Fix run printed, or the backup folder that holds the runs; optional here)',
    linkName: 'the backup folder to restore',
    validate: (input) => validateLocalPath('The backup folder to restore', input),
    shownWhen: { mode: 'rollback' },
  },
  {
    kind: 'text',
    name: 'transcriptPath',
    urlKey: 'tp',
    id: 'rdp-transcript',
    label: 'Transcript file (.log or .txt, on this computer; optional)',
    defaultLocation: DEFAULT_TRANSCRIPT_PATH,
    linkName: 'the transcript path',
    validate: validateTranscriptPath,
  },
] as const satisfies readonly OptionField[];

export const optionField = Object.fromEntries(optionFields.map((field) => [field.name, field])) as {
  readonly [F in (typeof optionFields)[number] as F['name']]: F;
};

/** Whether a field is shown for this mode and target. */
export function isShown(field: OptionField, mode: string, target: string): boolean {
  const when = field.shownWhen;
  return (when?.mode === undefined || when.mode === mode) && (when?.target === undefined || when.target === target);
}
