/**
 * The one place where user text becomes PowerShell: a single-quoted (verbatim) string literal.
 * Inside single quotes PowerShell expands nothing (`$`, backtick and `"` are literal); the only
 * escape is doubling the quote. PowerShell also treats the curly quotes U+2018–U+201B as single
 * quotes, so they are doubled too. Line breaks and other control characters are refused: the
 * validators never let them through, and a literal spanning lines would hide code from a reader.
 */
import { GeneratorError } from './errors';

const SINGLE_QUOTES = /['\u2018\u2019\u201A\u201B]/g;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/;

export function psQuote(value: string): string {
  if (CONTROL.test(value)) {
    throw new GeneratorError(
      `Refusing to quote a value with a line break or control character: ${JSON.stringify(value)}. Validate it first.`,
    );
  }
  return `'${value.replace(SINGLE_QUOTES, (quote) => quote + quote)}'`;
}
