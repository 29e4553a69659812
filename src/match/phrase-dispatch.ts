/**
 * A large phrase table looked up word by word instead of scanned as one alternation. Every phrase
 * of a table starts with a word character, so a match can only start where a word of the text
 * starts; the article's words are hashed once, and each word (with the word after it) is looked up
 * in the table. Only the phrases filed under those words are tried, each by its own sticky regex.
 *
 * A 140-phrase table of translated names ("the Environmental Party The Greens", "Kraft Siberia")
 * costs a 4 KB article about 80 µs as a `\b(?:…|…)` alternation, because V8 tries the alternation
 * at every word boundary; looked up word by word it costs a few microseconds.
 *
 * The result is exactly the alternation's: the leftmost match, and at one offset the phrase that
 * comes first in the alternation. On plain text (see `isPlainText`) `toLowerCase` of a letter below
 * U+0250 (but `µ`, `İ`, `ı`, `ſ`) agrees with the case folding of a `giu` regex, which is what lets a
 * case-insensitive table file its phrases under lower-cased words.
 */
import { isWordCode } from '../text/characters.js';
import { isFoldSafeCode, leadingWordHashes } from '../text/words.js';
import type { PhraseMatch } from './phrase-match.js';
import type { TextFacts } from './text-facts.js';

/** The key of a phrase filed under its first word alone. */
function singleKey(word: number): number {
  return Math.imul(word ^ 0x5bd1e995, 0x9e3779b1) >>> 0;
}

/** The key of a phrase filed under its first two words. */
function pairKey(first: number, second: number): number {
  return Math.imul(Math.imul(first, 0x85ebca6b) ^ second ^ 0x27d4eb2d, 0xc2b2ae35) >>> 0;
}

interface Candidate {
  /** The phrase's place in the alternation: at one offset the first wins. */
  priority: number;
  phrase: string;
  /** Built on first use: the phrase's body, sticky, and whether a word must end where it ends. */
  verifier: RegExp | undefined;
  endsWord: boolean;
}

/**
 * How one phrase is checked at a word start: its body as a sticky regex (no lookbehind, as a
 * word starts there; without `u` where that means the same on plain text, as it compiles and
 * runs several times faster), and whether a word must end where it ends.
 */
export interface PhraseVerifier {
  source: string;
  flags: string;
  endsWord: boolean;
}

/**
 * The key a phrase is filed under (its first two words, or its first alone when the second cannot
 * be looked up by hash), or undefined when the phrase cannot be filed.
 */
function keyOf(phrase: string, caseSensitive: boolean): { key: number } | { never: true } | undefined {
  const text = phrase.trim();
  // A phrase beyond the BMP never matches plain text, which has no surrogates.
  if (/[\uD800-\uDFFF]/.test(text)) return caseSensitive ? { never: true } : undefined;
  if (!isWordCode(text.charCodeAt(0))) return undefined;
  // Two spellings equal as written are equal lower-cased: a table that matches case needs no care.
  const [first, second] = leadingWordHashes(text, 2, !caseSensitive);
  if (first === undefined) return undefined;
  return { key: second === undefined ? singleKey(first) : pairKey(first, second) };
}

/**
 * Every key of every table of one matcher in one filter: an article's words are checked against
 * it once, and each table then looks up only the words that passed, instead of every word of the
 * article once per table.
 */
export class KeyUnion {
  readonly #bits = new Int32Array((unionMask + 1) >>> 5);
  #version = 0;

  add(key: number): void {
    const bit = key & unionMask;
    this.#bits[bit >>> 5] = (this.#bits[bit >>> 5] ?? 0) | (1 << (bit & 31));
    this.#version++;
  }

  has(key: number): boolean {
    const bit = key & unionMask;
    return ((this.#bits[bit >>> 5] ?? 0) & (1 << (bit & 31))) !== 0;
  }

  /** The words of a text (by index) whose own or pair key is in some table, kept with the text until a table is added. */
  hitsOf(facts: TextFacts): Int32Array {
    const known = facts.remember(this, () => ({ version: -1, indices: new Int32Array(0) }));
    if (known.version === this.#version) return known.indices;
    const { count, folded } = facts.words;
    const indices: number[] = [];
    for (let index = 0; index < count; index++) {
      const hash = folded[index] ?? 0;
      if (this.has(singleKey(hash)) || (index + 1 < count && this.has(pairKey(hash, folded[index + 1] ?? 0)))) indices.push(index);
    }
    known.version = this.#version;
    known.indices = Int32Array.from(indices);
    return known.indices;
  }
}

const unionMask = (1 << 18) - 1;

export class PhraseDispatch {
  readonly #byKey = new Map<number, Candidate[]>();
  readonly #verifierOf: (phrase: string) => PhraseVerifier;
  readonly #union: KeyUnion;

  private constructor(verifierOf: (phrase: string) => PhraseVerifier, union: KeyUnion) {
    this.#verifierOf = verifierOf;
    this.#union = union;
  }

  /**
   * The dispatch of phrases in alternation order, or undefined when a phrase cannot be filed under
   * its first word (it starts with punctuation, or its first word has a letter whose case folding
   * `toLowerCase` does not give): that table keeps its alternation.
   */
  static create(sorted: readonly string[], caseSensitive: boolean, verifierOf: (phrase: string) => PhraseVerifier, union: KeyUnion): PhraseDispatch | undefined {
    const keyed: Array<{ key: number; candidate: Candidate }> = [];
    for (const [priority, phrase] of sorted.entries()) {
      const key = keyOf(phrase, caseSensitive);
      if (key === undefined) return undefined;
      if ('never' in key) continue;
      keyed.push({ key: key.key, candidate: { priority, phrase, verifier: undefined, endsWord: false } });
    }
    const dispatch = new PhraseDispatch(verifierOf, union);
    for (const { key, candidate } of keyed) {
      const list = dispatch.#byKey.get(key);
      if (list) list.push(candidate);
      else dispatch.#byKey.set(key, [candidate]);
      union.add(key);
    }
    return dispatch;
  }

  #tryAt(candidates: Candidate[], text: string, start: number): number {
    for (const candidate of candidates) {
      if (!candidate.verifier) {
        const { source, flags, endsWord } = this.#verifierOf(candidate.phrase);
        candidate.verifier = new RegExp(source, flags);
        candidate.endsWord = endsWord;
      }
      candidate.verifier.lastIndex = start;
      if (candidate.verifier.exec(text) === null) continue;
      const end = candidate.verifier.lastIndex;
      if (end > start && !(candidate.endsWord && end < text.length && isWordCode(text.charCodeAt(end)))) return end;
    }
    return -1;
  }

  /** Every match of the alternation in plain text, left to right. */
  scan(facts: TextFacts, limit: number): PhraseMatch[] {
    const text = facts.text;
    const words = facts.words;
    const hashes = words.folded;
    const { count, starts } = words;
    const matches: PhraseMatch[] = [];
    let cursor = 0;
    for (const index of this.#union.hitsOf(facts)) {
      if (matches.length >= limit) break;
      const start = starts[index] ?? 0;
      if (start < cursor) continue;
      const hash = hashes[index] ?? 0;
      // The shared filter passed the word; the table itself may still have nothing under it.
      const single = this.#byKey.get(singleKey(hash));
      const pair = index + 1 < count ? this.#byKey.get(pairKey(hash, hashes[index + 1] ?? 0)) : undefined;
      if (!single && !pair) continue;
      const candidates = single && pair ? [...single, ...pair].sort((a, b) => a.priority - b.priority) : (single ?? pair ?? []);
      const end = this.#tryAt(candidates, text, start);
      if (end < 0) continue;
      matches.push({ start, end, text: text.slice(start, end) });
      cursor = end;
    }
    return matches;
  }
}
