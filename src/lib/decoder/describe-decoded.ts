/** User-facing sentences about a decoded query: what we recognised, and what we could not. */
import { formatHex } from './format-code';
import type { DecodedQuery, DecodedToken } from './decode-error-code';

const ROLE: Record<DecodedToken['token']['role'], string> = {
  main: 'Error code',
  extended: 'Extended error code',
  any: 'Code',
};

/**
 * An 8-digit hex value with the top bit set is an HRESULT failure code (a Windows API error, e.g. the
 * "(Code: 0x80080005)" inside "An authentication error has occurred"), not an RDP disconnect code.
 */
const isHresultFailure = (decoded: DecodedToken) =>
  /^0x[0-9a-f]{8}$/i.test(decoded.token.text) && decoded.token.readings.some((r) => r.value >= 0x80000000);

function describeUnknown(decoded: DecodedToken): string {
  const { token, suggestions } = decoded;
  const names = suggestions.map((c) => (c.name ? `${formatHex(c.value)} (${c.name})` : formatHex(c.value)));
  const unknown = `${ROLE[token.role]} "${token.text}" is not a code we know: it is in none of the tables on the codes page.`;
  if (isHresultFailure(decoded))
    return `${unknown} It has the form of an HRESULT, a Windows error code that Windows puts inside a message: search for the message's words as well.`;
  return unknown + (names.length ? ` Did you mean ${names.join(', ')}?` : ' Check the spelling, or browse all codes.');
}

/** One message per token that names no known code; empty when everything was recognised. */
export function describeProblems(decoded: DecodedQuery): string[] {
  return [decoded.main, decoded.extended]
    .filter((t): t is DecodedToken => !!t && t.matches.length === 0)
    .map(describeUnknown);
}
