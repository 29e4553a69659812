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
import { rememberLast } from '../text/memo.js';
import type { PhraseMatch } from './phrase-match.js';

/** The lower case of each code unit, when it is one code unit; -1 not yet known. */
const lowerCodes = new Int32Array(0x10000).fill(-1);

export function lowerCode(code: number): number {
  if (code >= 65 && code <= 90) return code + 32;
  if (code < 128) return code;
  let lower = lowerCodes[code] ?? code;
  if (lower === -1) {
    const folded = String.fromCharCode(code).toLowerCase();
    lower = folded.length === 1 ? folded.charCodeAt(0) : code;
    lowerCodes[code] = lower;
  }
  return lower;
}

/**
 * Whether `toLowerCase` of this letter of a phrase agrees with a `giu` regex's case folding, on
 * plain text: the letters below U+0250, but the micro sign (folds to Greek mu), the dotted and
 * dotless i and the long s. tests/match/phrase-dispatch.test.ts checks every pair.
 */
export function isFoldSafeCode(code: number): boolean {
  return code < 0x250 && code !== 0xb5 && code !== 0x130 && code !== 0x131 && code !== 0x17f;
}

function nextHash(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

/** The key of a phrase filed under its first word alone. */
function singleKey(word: number): number {
  return Math.imul(word ^ 0x5bd1e995, 0x9e3779b1) >>> 0;
}

/** The key of a phrase filed under its first two words. */
function pairKey(first: number, second: number): number {
  return Math.imul(Math.imul(first, 0x85ebca6b) ^ second ^ 0x27d4eb2d, 0xc2b2ae35) >>> 0;
}

const wordSeed = 0x811c9dc5;

/**
 * The words of an article: where each starts, and the hash of its letters lower-cased. Tables that
 * match case file their phrases lower-cased too: two spellings equal as written are equal
 * lower-cased, and the phrase's own regex tells the cases apart.
 */
export interface ArticleWords {
  count: number;
  starts: Int32Array;
  folded: Int32Array;
}

/** Scratch space for the words of one article, grown as needed; each answer gets its own copy. */
let scratch = { starts: new Int32Array(1024), folded: new Int32Array(1024) };

/** The words of the last article, shared by every table that asks. */
export const articleWordsOf = rememberLast((text: string): ArticleWords => {
  // A word takes at least one character and one separator, except the last.
  const capacity = (text.length >> 1) + 1;
  if (scratch.starts.length < capacity) scratch = { starts: new Int32Array(capacity), folded: new Int32Array(capacity) };
  const { starts, folded } = scratch;
  let count = 0;
  const length = text.length;
  let index = 0;
  while (index < length) {
    let code = text.charCodeAt(index);
    if (!isWordCode(code)) {
      index++;
      continue;
    }
    starts[count] = index;
    let foldedHash = wordSeed;
    do {
      foldedHash = nextHash(foldedHash, code < 128 ? (code >= 65 && code <= 90 ? code + 32 : code) : lowerCode(code));
      index++;
      // Reading past the end would hand V8 an out-of-bounds index, which slows the whole loop.
      code = index < length ? text.charCodeAt(index) : 0;
    } while (index < length && isWordCode(code));
    folded[count] = foldedHash;
    count++;
  }
  return { count, starts: starts.slice(0, count), folded: folded.slice(0, count) };
});

/**
 * The hashes `articleWordsOf` gives the first `count` words of a phrase, lower-cased. With
 * `foldSafe`, the words end at the first one with a letter whose lower case is not a `giu` regex's
 * case folding: such a word cannot be looked up by its hash whatever its case.
 */
function leadingWordHashes(text: string, count: number, foldSafe: boolean): number[] {
  const hashes: number[] = [];
  let index = 0;
  while (index < text.length && hashes.length < count) {
    if (!isWordCode(text.charCodeAt(index))) {
      index++;
      continue;
    }
    let hash = wordSeed;
    let safe = true;
    for (; index < text.length && isWordCode(text.charCodeAt(index)); index++) {
      const code = text.charCodeAt(index);
      if (foldSafe && !isFoldSafeCode(code)) safe = false;
      hash = nextHash(hash, lowerCode(code));
    }
    if (!safe) break;
    hashes.push(hash);
  }
  return hashes;
}

/**
 * The hash `articleWordsOf` gives the first word of a phrase lower-cased, or undefined when the
 * phrase starts with anything but a word character or lower-casing a letter of that word is not a
 * `giu` regex's case folding: a word of the text can then be checked against the phrase's first
 * word by its hash alone, whatever the case of either.
 */
export function firstWordHashOf(phrase: string): number | undefined {
  const text = phrase.trim();
  return isWordCode(text.charCodeAt(0)) ? leadingWordHashes(text, 1, true)[0] : undefined;
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
 * Every key of every table in one filter: an article's words are checked against it once, and each
 * table then looks up only the words that passed, instead of every word of the article once per
 * table.
 */
const unionMask = (1 << 18) - 1;
const union = new Int32Array((unionMask + 1) >>> 5);
let unionVersion = 0;

function addUnionKey(key: number): void {
  const bit = key & unionMask;
  union[bit >>> 5] = (union[bit >>> 5] ?? 0) | (1 << (bit & 31));
  unionVersion++;
}

function inUnion(key: number): boolean {
  const bit = key & unionMask;
  return ((union[bit >>> 5] ?? 0) & (1 << (bit & 31))) !== 0;
}

let lastHits: { text: string; version: number; indices: Int32Array } | undefined;

/** The words of the last article (by index) whose own or pair key is in some table. */
function hitsOf(text: string): Int32Array {
  if (lastHits && lastHits.text === text && lastHits.version === unionVersion) return lastHits.indices;
  const { count, folded } = articleWordsOf(text);
  const indices: number[] = [];
  for (let index = 0; index < count; index++) {
    const hash = folded[index] ?? 0;
    if (inUnion(singleKey(hash)) || (index + 1 < count && inUnion(pairKey(hash, folded[index + 1] ?? 0)))) indices.push(index);
  }
  lastHits = { text, version: unionVersion, indices: Int32Array.from(indices) };
  return lastHits.indices;
}

export class PhraseDispatch {
  readonly #byKey = new Map<number, Candidate[]>();
  readonly #verifierOf: (phrase: string) => PhraseVerifier;

  private constructor(verifierOf: (phrase: string) => PhraseVerifier) {
    this.#verifierOf = verifierOf;
  }

  /**
   * The dispatch of phrases in alternation order, or undefined when a phrase cannot be filed under
   * its first word (it starts with punctuation, or its first word has a letter whose case folding
   * `toLowerCase` does not give): that table keeps its alternation.
   */
  static create(sorted: readonly string[], caseSensitive: boolean, verifierOf: (phrase: string) => PhraseVerifier): PhraseDispatch | undefined {
    const keyed: Array<{ key: number; candidate: Candidate }> = [];
    for (const [priority, phrase] of sorted.entries()) {
      const key = keyOf(phrase, caseSensitive);
      if (key === undefined) return undefined;
      if ('never' in key) continue;
      keyed.push({ key: key.key, candidate: { priority, phrase, verifier: undefined, endsWord: false } });
    }
    const dispatch = new PhraseDispatch(verifierOf);
    for (const { key, candidate } of keyed) {
      const list = dispatch.#byKey.get(key);
      if (list) list.push(candidate);
      else dispatch.#byKey.set(key, [candidate]);
      addUnionKey(key);
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
  scan(text: string, limit: number): PhraseMatch[] {
    const words = articleWordsOf(text);
    const hashes = words.folded;
    const { count, starts } = words;
    const matches: PhraseMatch[] = [];
    let cursor = 0;
    for (const index of hitsOf(text)) {
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
