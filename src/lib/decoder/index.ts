/** The decoder: text in any notation → known codes, ranked. Pure; give it the catalogue via indexCodes(). */
import { decodeErrorCode, type CodeIndex, type DecodedQuery } from './decode-error-code';
import { parseErrorCode } from './parse-error-code';

export { decodeErrorCode, indexCodes } from './decode-error-code';
export type { CodeIndex, CodeMatch, DecodedQuery, DecodedToken, DecoderCode } from './decode-error-code';
export { describeProblems } from './describe-decoded';
export { codeAliases, codePath, codeTitle, formatHex, formatPaddedHex } from './format-code';
export { parseErrorCode } from './parse-error-code';
export type { CodeToken, ParsedQuery, Reading } from './parse-error-code';

/** Parse and decode in one step. */
export const lookupCode = (text: string, index: CodeIndex): DecodedQuery =>
  decodeErrorCode(parseErrorCode(text), index);
