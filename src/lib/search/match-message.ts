/**
 * Finds which known message a pasted text contains, in any language: both are cut into words (single
 * characters for scripts written without spaces), and the longest run of words they share, weighted by how
 * rare each word is among all known messages, is the "most distinctive phrase". Generic words shared by
 * every message ("remote", "computer") count for little; a run must hold at least MIN_RUN words.
 */
import { stripPasteNoise } from './strip-paste-noise';

export interface KnownMessage<K> {
  readonly key: K;
  readonly text: string;
}

export interface MessageMatch<K> {
  readonly key: K;
  /** The shared words, as the known message writes them. */
  readonly phrase: string;
  readonly words: number;
  readonly score: number;
  /** Share of the known message's words the phrase covers: on equal scores, the message quoted more fully wins
   * ("An authentication error has occurred." over a longer message that only starts with those words). */
  readonly coverage: number;
}

const MIN_RUN = 4;
/** Han, Kana: written without spaces, so each character is a word. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const WORD = /[\p{L}\p{M}]+|\p{N}+/gu;

export function words(text: string): string[] {
  const out: string[] = [];
  for (const [word] of stripPasteNoise(text).toLowerCase().matchAll(WORD)) {
    if (UNSPACED.test(word)) out.push(...[...word]);
    else out.push(word);
  }
  return out;
}

/** Longest common run of words (dynamic programming, texts are short): where it ends in `b` and its length. */
function longestRun(a: readonly string[], b: readonly string[], weight: (w: string) => number) {
  let best = { end: 0, length: 0, score: 0 };
  let previous = new Array<number>(b.length + 1).fill(0);
  let previousScore = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1).fill(0);
    const currentScore = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] !== b[j - 1]) continue;
      current[j] = previous[j - 1]! + 1;
      currentScore[j] = previousScore[j - 1]! + weight(b[j - 1]!);
      if (currentScore[j]! > best.score) best = { end: j, length: current[j]!, score: currentScore[j]! };
    }
    previous = current;
    previousScore = currentScore;
  }
  return best;
}

const better = <K>(a: MessageMatch<K>, b: MessageMatch<K>) =>
  a.score > b.score || (a.score === b.score && a.coverage > b.coverage);

/** The known messages the text contains, best first (one entry per key). */
export function matchMessages<K>(text: string, known: readonly KnownMessage<K>[]): MessageMatch<K>[] {
  const pasted = words(text);
  if (pasted.length < MIN_RUN) return [];
  const split = known.map((message) => ({ message, words: words(message.text) }));
  const documents = new Map<string, number>();
  for (const { words: w } of split) for (const word of new Set(w)) documents.set(word, (documents.get(word) ?? 0) + 1);
  const rarity = (word: string) => Math.log(1 + split.length / (documents.get(word) ?? 1));
  const byKey = new Map<K, MessageMatch<K>>();
  for (const { message, words: w } of split) {
    const run = longestRun(pasted, w, rarity);
    if (run.length < Math.min(MIN_RUN, w.length)) continue;
    const shared = w.slice(run.end - run.length, run.end);
    const phrase = shared.join(shared.every((x) => UNSPACED.test(x)) ? '' : ' ');
    const match = { key: message.key, phrase, words: run.length, score: run.score, coverage: run.length / w.length };
    const current = byKey.get(message.key);
    if (!current || better(match, current)) byKey.set(message.key, match);
  }
  return [...byKey.values()].sort((a, b) => b.score - a.score || b.coverage - a.coverage);
}
