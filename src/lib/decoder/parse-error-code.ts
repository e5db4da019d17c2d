/**
 * Reads error codes out of whatever a technician types or pastes: "0x904", "904", "0x00000904", "2308",
 * a symbolic name, "0x904 0x7", or the whole dialog text ("Error code: 0x904 Extended error code: 0x7").
 * Pure text work: which codes exist is decide-later business of decodeErrorCode.
 */

/** One way to read a token: `904` is hex 0x904 or decimal 904. */
export interface Reading {
  value: number;
  notation: 'hex' | 'decimal';
}

export interface CodeToken {
  /** The token as typed. */
  text: string;
  /** `main`/`extended` when a label or the position says so; `any` for a single unlabelled token. */
  role: 'main' | 'extended' | 'any';
  /** Numeric readings (empty for a symbolic name). */
  readings: Reading[];
  /** The symbolic name, when the token is one. */
  name: string | null;
}

export interface ParsedQuery {
  main: CodeToken | null;
  extended: CodeToken | null;
  /** Code-like tokens we did not use: event IDs, a third code, numbers next to other labels in a dialog text. */
  ignored: string[];
  /** Ordinary words that are not code labels: the full-text part of the query. */
  words: string[];
}

const TOKEN = /0x[0-9a-f]+\b|[a-z_][a-z0-9_]*|[0-9a-f]*[0-9][0-9a-f]*/gi;
const NAME = /^(?:disconnectReason|exDiscReason|ERRINFO_|ERRCONNECT_|SSL_ERR_)[a-z0-9_]+$/i;
const LABEL_WORDS = new Set(['error', 'code', 'codes', 'reason', 'disconnect', 'errorcode', 'discreason']);
const EXTENDED_WORDS = new Set(['extended', 'ext', 'exterr', 'extendeddisconnectreason']);
const EVENT_WORDS = new Set(['event', 'eventid', 'id']);
/** Label words carry no meaning for full-text search either. */
const FILLER_WORDS = new Set([...LABEL_WORDS, ...EXTENDED_WORDS, 'and', 'with', 'the', 'is', 'of']);
/** Hex codes fit in 32 bits; longer digit runs are dates, GUID parts or phone numbers. */
const MAX_HEX_DIGITS = 8;

function readNumber(text: string): Reading[] | null {
  if (/^0x/i.test(text)) {
    const digits = text.slice(2).replace(/^0+(?=.)/, '');
    return digits.length <= MAX_HEX_DIGITS ? [{ value: parseInt(digits, 16), notation: 'hex' }] : null;
  }
  if (/^[0-9]+$/.test(text)) {
    const readings: Reading[] = [];
    if (text.replace(/^0+(?=.)/, '').length <= MAX_HEX_DIGITS)
      readings.push({ value: parseInt(text, 16), notation: 'hex' });
    if (text.length <= 10) readings.push({ value: parseInt(text, 10), notation: 'decimal' });
    return readings.length ? readings : null;
  }
  // Hex without 0x must contain a digit and a letter a–f only (112f, a06); words like "add" are not codes.
  if (/^[0-9a-f]+$/i.test(text) && /[0-9]/.test(text) && text.replace(/^0+(?=.)/, '').length <= MAX_HEX_DIGITS)
    return [{ value: parseInt(text, 16), notation: 'hex' }];
  return null;
}

interface Candidate extends CodeToken {
  labelled: boolean;
}

export function parseErrorCode(text: string): ParsedQuery {
  const candidates: Candidate[] = [];
  const ignored: string[] = [];
  const words: string[] = [];
  let recent: string[] = []; // lowercase label words since the last code
  for (const [token] of text.normalize('NFKC').matchAll(TOKEN)) {
    const lower = token.toLowerCase();
    const readings = NAME.test(token) ? [] : readNumber(token);
    if (readings === null) {
      if (!FILLER_WORDS.has(lower)) words.push(token);
      recent = [...recent, lower].slice(-4);
      continue;
    }
    if (recent.some((w) => EVENT_WORDS.has(w))) ignored.push(token);
    else {
      const extended = recent.some((w) => EXTENDED_WORDS.has(w));
      const labelled = extended || recent.some((w) => LABEL_WORDS.has(w));
      candidates.push({
        text: token,
        role: extended ? 'extended' : 'any',
        readings,
        name: readings.length ? null : token,
        labelled,
      });
    }
    recent = [];
  }
  // Among other words, a bare one- or two-digit number is more likely "Windows 11" than a code.
  const isNoise = (c: Candidate) => !c.labelled && words.length > 0 && /^[0-9]{1,2}$/.test(c.text);
  ignored.push(...candidates.filter(isNoise).map((c) => c.text));
  const codes = candidates.filter((c) => !isNoise(c));
  // In a pasted dialog, only labelled numbers are codes (the timestamp and activity ID are not).
  const labelled = codes.filter((c) => c.labelled);
  const used = labelled.length ? labelled : codes;
  ignored.push(...codes.filter((c) => !used.includes(c)).map((c) => c.text));
  const extended =
    used.find((c) => c.role === 'extended') ?? (used.length > 1 ? used.filter((c) => c !== used[0])[0] : undefined);
  const main = used.find((c) => c !== extended && c.role !== 'extended');
  ignored.push(...used.filter((c) => c !== main && c !== extended).map((c) => c.text));
  const strip = (c: Candidate, role: CodeToken['role']): CodeToken => ({
    text: c.text,
    role,
    readings: c.readings,
    name: c.name,
  });
  return {
    main: main ? strip(main, extended || main.labelled ? 'main' : 'any') : null,
    extended: extended ? strip(extended, 'extended') : null,
    ignored,
    words,
  };
}
