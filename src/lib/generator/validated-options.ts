/**
 * The one shape in which a selection travels from the URL or the form to the script: every value in it passed its
 * grammar in parseScriptOptions (script-options.ts), which is the only code that makes one. The link serialiser,
 * the param block, the script generator and the ticket note take this type and never raw text, so nothing reaches
 * a script unvalidated and a link leaves in the same normalised form it is read back in.
 */
import type { ParameterName } from '../../catalogue/parameters';
import type { ScriptFix } from './script-fix';

declare const checked: unique symbol;
/**
 * A string that matched its grammar. The brand exists only for the compiler: a plain string (typed text, a URL
 * value) is not assignable to it, so a raw value cannot be put into ValidatedOptions by accident.
 */
export type Checked<Grammar extends string> = string & { readonly [checked]: Grammar };

/** A host name, FQDN or IPv4 address (COMPUTER_NAME_PATTERN). */
export type ComputerName = Checked<'computer name'>;
/** A local absolute path, or '' for the default location (LOCAL_PATH_PATTERN and its file variants). */
export type LocalPath = Checked<'local path'>;
/** A fix parameter's value, valid for its kind (validateParameterValue). */
export type ParameterValue = Checked<'parameter value'>;

export type ScriptMode = 'diagnose' | 'fix' | 'rollback';
export const scriptModes: readonly ScriptMode[] = ['diagnose', 'fix', 'rollback'];

export type ScriptTarget =
  | { readonly kind: 'local' }
  | {
      readonly kind: 'remote';
      /** At least one, at most MAX_COMPUTERS, each once (compared ignoring case, as Windows does). */
      readonly computers: readonly ComputerName[];
      readonly promptForCredential: boolean;
    };

export interface ValidatedOptions {
  /** Catalogue fixes, in the order chosen, each once. */
  readonly fixes: readonly ScriptFix[];
  readonly mode: ScriptMode;
  readonly target: ScriptTarget;
  readonly backupRoot: LocalPath;
  readonly backupPath: LocalPath;
  readonly transcriptPath: LocalPath;
  /** '' = next to the transcript, as .json. Not carried by the link (the form has no field for it). */
  readonly reportPath: LocalPath;
  /** Exactly the parameters the chosen fixes take (defaults filled in). */
  readonly values: Readonly<Partial<Record<ParameterName, ParameterValue>>>;
}
