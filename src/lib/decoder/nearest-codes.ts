/** Suggestions for a code we do not know: nearest values (numbers) or closest spellings (names). */
import type { CodeFamily, ErrorCode } from '../../catalogue/error-codes';
import type { CodeToken } from './parse-error-code';

const MAX_SUGGESTIONS = 3;

/** Levenshtein distance, small strings only (names are < 50 characters). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

export function nearestCodes<C extends Pick<ErrorCode, 'family' | 'value' | 'name'>>(
  token: CodeToken,
  codes: readonly C[],
  families: readonly CodeFamily[],
): C[] {
  const pool = codes.filter((c) => families.includes(c.family));
  if (token.name) {
    const name = token.name.toLowerCase();
    const limit = Math.max(3, Math.floor(name.length / 4));
    return pool
      .filter((c) => c.name)
      .map((c) => ({ c, d: editDistance(name, c.name!.toLowerCase()) }))
      .filter(({ d }) => d <= limit)
      .sort((a, b) => a.d - b.d)
      .slice(0, MAX_SUGGESTIONS)
      .map(({ c }) => c);
  }
  // Hex is how codes are shown; use the hex reading when there is one.
  const reading = token.readings.find((r) => r.notation === 'hex') ?? token.readings[0];
  if (!reading) return [];
  const best = families[0];
  return pool
    .filter((c) => c.family === best)
    .sort((a, b) => Math.abs(a.value - reading.value) - Math.abs(b.value - reading.value) || a.value - b.value)
    .slice(0, MAX_SUGGESTIONS);
}
