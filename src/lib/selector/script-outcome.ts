/**
 * What the selector shows for a selection, decided without the DOM: the script or why there is none, the text of
 * the problems line, and whether the address bar takes the selection's link.
 */
import { GeneratorError } from '../generator/errors';
import type { GeneratedScript } from '../generator/generate-script';
import { fixScriptTooLarge } from '../generator/review-limit';
import type { OptionsResult, ValidatedOptions } from '../generator/script-options';
import { scriptPlaceholder } from './selector-link';
import type { SelectorState } from './selector-state';

export interface ScriptOutcome {
  readonly script?: GeneratedScript;
  /** What the generator refused (a client fix with a host fix, say): shown in place of the script. */
  readonly refusal?: string;
  /** The problems line; undefined leaves it as it is (the PowerShell is still loading). */
  readonly problemsText?: string;
  /** What the script area says when there is no script. */
  readonly placeholder: string;
  /** The address bar takes the link: a script, a refusal (a reload agrees), or answers alone worth a ticket. */
  readonly keepLink: boolean;
}

export interface ScriptSource {
  readonly fragmentsLoaded: boolean;
  readonly fragmentsError?: string | undefined;
  /** Why the token colours did not load: a script is still shown, plain, and the problems line says so. */
  readonly stylesheetError?: string | undefined;
  readonly generate: (options: ValidatedOptions) => GeneratedScript;
}

export function scriptOutcome(state: SelectorState, result: OptionsResult, source: ScriptSource): ScriptOutcome {
  const placeholder = (refusal?: string) =>
    scriptPlaceholder({
      fixCount: state.fixIds.length,
      optionsValid: result.options !== undefined,
      refusal,
      fragmentsError: source.fragmentsError,
    });
  if (result.options && source.fragmentsLoaded) {
    try {
      const tooLarge = fixScriptTooLarge(result.options);
      if (tooLarge) throw new GeneratorError(tooLarge);
      const script = source.generate(result.options);
      const problems = source.stylesheetError ? [...result.notices, source.stylesheetError] : result.notices;
      return { script, problemsText: problems.join(' '), placeholder: '', keepLink: true };
    } catch (error) {
      const refusal = (error as Error).message;
      return { refusal, problemsText: refusal, placeholder: placeholder(refusal), keepLink: true };
    }
  }
  if (!result.options) {
    const none = state.fixIds.length === 0;
    return {
      problemsText: none ? '' : `No script yet: ${result.problems.map((p) => p.message).join(' ')}`,
      placeholder: placeholder(),
      // Answers alone are worth a link (a ticket can carry them before any fix is chosen).
      keepLink: none && Boolean(state.codeText.trim() || state.symptomIds.length + state.noIds.length),
    };
  }
  // Still loading: the link waits for the script. Failed: the link keeps the selection, as the message says to reload.
  return {
    ...(source.fragmentsError ? { problemsText: source.fragmentsError } : {}),
    placeholder: placeholder(),
    keepLink: Boolean(source.fragmentsError),
  };
}
