/**
 * Turns parsed tokens into catalogue entries, ranked by context: a labelled or second code is an
 * extended code; a bare number can be hex or decimal and several families, so every reading that names
 * a known code is returned, best first. A misspelt name gets the closest known names as suggestions.
 */
import type { CodeFamily, CodeGuide, ErrorCode } from '../../catalogue/error-codes';

/** The fields of a code the decoder reads: what the browser's code index ships (src/lib/search/decoder-data.ts). */
export type DecoderCode = Pick<ErrorCode, 'family' | 'value' | 'name' | 'meaning' | 'meaningInferred' | 'confidence'>;
import { FREERDP_ERRINFO_CLASS } from '../../catalogue/error-codes/freerdp-classes';
import type { CodeToken, ParsedQuery, Reading } from './parse-error-code';
import { nearestCodes } from './nearest-codes';

export interface CodeMatch {
  code: DecoderCode;
  /** How the token was read to reach this code. */
  notation: Reading['notation'] | 'name';
}

export interface DecodedToken {
  token: CodeToken;
  /** Best first. Empty when the token names no code we know. */
  matches: CodeMatch[];
  /** Nearest known codes, only when `matches` is empty. */
  suggestions: DecoderCode[];
}

export interface DecodedQuery {
  main: DecodedToken | null;
  extended: DecodedToken | null;
  /** The guide written for this exact pair, if any. */
  guide: CodeGuide | null;
  ignored: string[];
  words: string[];
}

export interface CodeIndex {
  codes: readonly DecoderCode[];
  guides: readonly CodeGuide[];
  byName: ReadonlyMap<string, DecoderCode>;
  byValue: ReadonlyMap<number, readonly DecoderCode[]>;
}

export function indexCodes(codes: readonly DecoderCode[], guides: readonly CodeGuide[]): CodeIndex {
  const byValue = new Map<number, DecoderCode[]>();
  for (const code of codes) byValue.set(code.value, [...(byValue.get(code.value) ?? []), code]);
  const byName = new Map(codes.filter((c) => c.name).map((c) => [c.name!.toLowerCase(), c]));
  return { codes, guides, byName, byValue };
}

/** Which family a token most likely belongs to, by its role. Extended tokens never read as main-only families. */
const FAMILY_WEIGHT: Record<CodeToken['role'], Partial<Record<CodeFamily, number>>> = {
  main: { disconnect: 40, errinfo: 30, extended: 20, freerdp: 15, fatal: 10 },
  any: { disconnect: 40, extended: 30, errinfo: 25, freerdp: 15, fatal: 10 },
  extended: { extended: 40, errinfo: 30 },
};

/**
 * FreeRDP logs server error info inside its own error class: `ERRINFO_SERVER_DENIED_CONNECTION [0x00010007]`
 * is server error info 0x7 (MAKE_FREERDP_ERROR in FreeRDP's error.h). Only an explicit 0x form is read this
 * way; a bare number of that size is far more likely a decimal from somewhere else.
 */
function unwrapFreerdpErrinfo(token: CodeToken): Reading[] {
  if (!/^0x/i.test(token.text)) return [];
  return token.readings
    .filter((r) => r.notation === 'hex' && r.value >= FREERDP_ERRINFO_CLASS && r.value < 2 * FREERDP_ERRINFO_CLASS)
    .map((r) => ({ value: r.value - FREERDP_ERRINFO_CLASS, notation: 'hex' as const }));
}

function decodeToken(token: CodeToken, index: CodeIndex): DecodedToken {
  const weights = FAMILY_WEIGHT[token.role];
  const scored: { match: CodeMatch; score: number }[] = [];
  if (token.name) {
    const code = index.byName.get(token.name.toLowerCase());
    if (code) scored.push({ match: { code, notation: 'name' }, score: 100 });
  }
  // A bare number of 4+ digits is usually a decimal from an event log; up to 3 digits, hex from the dialog.
  const digitsOnly = /^[0-9]+$/.test(token.text);
  const wrapped = unwrapFreerdpErrinfo(token);
  for (const reading of [...token.readings, ...wrapped]) {
    const prefer = digitsOnly && (reading.notation === 'decimal') === token.text.length >= 4 ? 1 : 0;
    const unwrapped = wrapped.includes(reading);
    for (const code of index.byValue.get(reading.value) ?? []) {
      const weight = unwrapped ? (code.family === 'errinfo' ? weights.errinfo : undefined) : weights[code.family];
      if (weight === undefined) continue;
      if (scored.some((s) => s.match.code === code)) continue;
      scored.push({ match: { code, notation: reading.notation }, score: weight + prefer });
    }
  }
  const matches = scored.sort((a, b) => b.score - a.score).map((s) => s.match);
  return {
    token,
    matches,
    // Only a misspelt name gets suggestions: numerically near codes are unrelated codes (codes are not
    // ordered by meaning), and listing them sends technicians to the wrong page.
    suggestions:
      matches.length || !token.name ? [] : nearestCodes(token, index.codes, Object.keys(weights) as CodeFamily[]),
  };
}

export function decodeErrorCode(parsed: ParsedQuery, index: CodeIndex): DecodedQuery {
  const main = parsed.main ? decodeToken(parsed.main, index) : null;
  const extended = parsed.extended ? decodeToken(parsed.extended, index) : null;
  const mainCode = main?.matches.find((m) => m.code.family === 'disconnect')?.code;
  const extendedCode = extended?.matches[0]?.code;
  const guide =
    (mainCode &&
      extendedCode &&
      index.guides.find((g) => g.main === mainCode.value && g.extended === extendedCode.value)) ||
    null;
  return { main, extended, guide, ignored: parsed.ignored, words: parsed.words };
}
