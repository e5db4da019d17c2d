/**
 * Which situations a pasted code, dialog or event message names. Codes go through the decoder (any notation);
 * a code pair matches the situations listing the most of its codes. Without a known code, the text's most
 * distinctive phrase is matched against the situations' messages, in every language they are written in.
 */
import type { Situation } from '../../catalogue/situations/schema';
import { lookupCode, type CodeIndex, type DecodedQuery } from '../decoder';
import { matchMessages } from '../search/match-message';
import { situationsForMessage } from '../search/situation-hits';
import { stripPasteNoise } from '../search/strip-paste-noise';

export interface SituationsForText {
  readonly situations: readonly Situation[];
  /** How they were found: by a code, by a message phrase, or not at all. */
  readonly via: 'code' | 'message' | null;
  /** The codes read (e.g. "0x904, 0x7") or the phrase matched. */
  readonly matched: string;
  readonly decoded: DecodedQuery | null;
}

const none: SituationsForText = { situations: [], via: null, matched: '', decoded: null };

export function situationsForText(text: string, situations: readonly Situation[], index: CodeIndex): SituationsForText {
  if (!text.trim()) return none;
  const decoded = lookupCode(stripPasteNoise(text), index);
  const codes = [decoded.main, decoded.extended].flatMap((token) => token?.matches.map((m) => m.code) ?? []);
  const counts = situations.map((situation) => ({
    situation,
    count: situation.codes.filter((c) => codes.some((code) => code.family === c.family && code.value === c.value))
      .length,
  }));
  const most = Math.max(0, ...counts.map((c) => c.count));
  if (most > 0) {
    const read = [decoded.main, decoded.extended].flatMap((t) => (t?.matches.length ? [t.token.text] : []));
    return {
      situations: counts.filter((c) => c.count === most).map((c) => c.situation),
      via: 'code',
      matched: read.join(', '),
      decoded,
    };
  }
  const [best, ...rest] = situationsForMessage(text, situations);
  if (!best) return { ...none, decoded };
  return {
    situations: [best.key, ...rest.filter((m) => m.score === best.score).map((m) => m.key)].map((situation) =>
      narrowedToMessage(text, situation),
    ),
    via: 'message',
    matched: best.phrase,
    decoded,
  };
}

/**
 * The situation as the pasted message names it: when the message it quotes best has a narrower documented
 * meaning (its own `causes`), only those causes stay; the rest are ruled out like any cause the situation omits.
 */
function narrowedToMessage(text: string, situation: Situation): Situation {
  const [quoted] = matchMessages(
    text,
    situation.messages.map((message) => ({ key: message, text: message.text })),
  );
  const only = quoted?.key.causes;
  return only ? { ...situation, causes: situation.causes.filter((id) => only.includes(id)) } : situation;
}
