/** User-facing sentences about a decoded query: what we recognised, and what we could not. */
import { formatHex } from './format-code';
import type { DecodedQuery, DecodedToken } from './decode-error-code';

const ROLE: Record<DecodedToken['token']['role'], string> = {
  main: 'Error code',
  extended: 'Extended error code',
  any: 'Code',
};

function describeUnknown(decoded: DecodedToken): string {
  const { token, suggestions } = decoded;
  const nearest = suggestions.map((c) => (c.name ? `${formatHex(c.value)} (${c.name})` : formatHex(c.value)));
  return (
    `${ROLE[token.role]} "${token.text}" is not a code we know: it is in none of the tables on the codes page.` +
    (nearest.length ? ` Nearest known: ${nearest.join(', ')}.` : ' Check the spelling, or browse all codes.')
  );
}

/** One message per token that names no known code; empty when everything was recognised. */
export function describeProblems(decoded: DecodedQuery): string[] {
  return [decoded.main, decoded.extended]
    .filter((t): t is DecodedToken => !!t && t.matches.length === 0)
    .map(describeUnknown);
}
