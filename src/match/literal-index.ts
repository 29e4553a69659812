/** The literal index: which words an article has, asked for the words patterns need. */
import { isLetterCode } from '../text/characters.js';
import type { Literal } from './required-words.js';

/**
 * A required word made ready for `LiteralIndex`: lower-cased, and hashed the way the index hashes
 * the text, once per table rather than once per article.
 */
export interface PreparedLiteral {
  lower: string;
  /** Hash of the first letters, for a word that starts a word of the text. */
  beginning?: number;
  /** Hashes of every three letters in a row. */
  trigrams: number[];
}

export function prepareLiteral(literal: Literal): PreparedLiteral {
  const lower = literal.text.toLowerCase();
  const prepared: PreparedLiteral = { lower, trigrams: [] };
  // Letters beyond the BMP would be split by the index's code-unit scan: those words are searched for.
  if (/[\uD800-\uDFFF]/.test(lower) || lower.length < 3) return prepared;
  if (literal.atWordStart) prepared.beginning = hashOf(lower, 0, Math.min(lower.length, longestBeginning));
  for (let index = 0; index + 3 <= lower.length; index++) {
    prepared.trigrams.push(trigramHash(lower.charCodeAt(index), lower.charCodeAt(index + 1), lower.charCodeAt(index + 2)));
  }
  return prepared;
}

/**
 * Which words an article has, for the words patterns need, from one pass over the lower-cased
 * text into a Bloom filter of three kinds of keys: its whole words, the beginnings (three to
 * sixteen letters) of its words, and every three letters in a row. A word begins wherever a letter follows anything but
 * an ASCII letter, which covers `\b`, white space and letter lookbehinds alike. A word at a word
 * start is looked up by its beginning; any other is there only if all its three-letter runs are.
 * A false "yes" (a few lookups in a thousand) only makes a pattern run. Text with one of the
 * letters that `toLowerCase` and a `giu` regex fold differently (`ſ`, the Kelvin sign, a final
 * sigma) says yes to every word: every pattern runs on it.
 */
export class LiteralIndex {
  readonly #text: string;
  #lower: string | undefined;
  readonly #exact: boolean;
  readonly #searched = new Map<string, boolean>();
  /** The Bloom filter, built on the first question that needs it. */
  #bits: Int32Array | undefined;

  constructor(text: string) {
    this.#text = text;
    this.#exact = !/[\u017F\u1E9E\u212A\u212B\u03A3\u03C2\u03C3]/.test(text);
  }

  has(literal: PreparedLiteral): boolean {
    if (!this.#exact) return true;
    if (literal.beginning !== undefined) return hasKey(this.#getBits(), literal.beginning);
    if (literal.trigrams.length > 0) {
      const bits = this.#getBits();
      return literal.trigrams.every((hash) => hasKey(bits, hash));
    }
    let found = this.#searched.get(literal.lower);
    if (found === undefined) {
      this.#lower ??= this.#text.toLowerCase();
      found = this.#lower.includes(literal.lower);
      this.#searched.set(literal.lower, found);
    }
    return found;
  }

  /** Whether every group has a word in the text: plain loops, as a table asks this hundreds of times an article. */
  hasAll(groups: readonly (readonly PreparedLiteral[])[]): boolean {
    for (const group of groups) {
      let found = false;
      for (const literal of group) {
        if (this.has(literal)) {
          found = true;
          break;
        }
      }
      if (!found) return false;
    }
    return true;
  }

  /**
   * Whether a word (as `wordKeyOf` gives it) may stand in the text as a word of its own, letters
   * neither before nor after it: "de" in "Xunta de Galicia" but not in "decided".
   */
  hasWord(key: number): boolean {
    return !this.#exact || hasKey(this.#getBits(), key);
  }

  #getBits(): Int32Array {
    if (this.#bits) return this.#bits;
    const bits = new Int32Array((bloomMask + 1) >>> 5);
    this.#bits = bits;
    this.#lower ??= this.#text.toLowerCase();
    const text = this.#lower;
    const length = text.length;
    let index = 0;
    while (index < length) {
      let code = text.charCodeAt(index);
      if (!isLetterCode(code)) {
        index++;
        continue;
      }
      // One pass over the word gives its beginnings, its three-letter runs and, at the end, its
      // whole-word key: the hash of a beginning is the hash of the word so far.
      const wordStart = index;
      let hash = 0;
      let beforePrevious = 0;
      let previous = 0;
      let position = 0;
      let onlyAscii = true;
      do {
        hash = nextHash(hash, code);
        if (position >= 2) {
          if (position < longestBeginning) addKey(bits, hash);
          addKey(bits, trigramHash(beforePrevious, previous, code));
        }
        if (code < 97 || code > 122) onlyAscii = false;
        beforePrevious = previous;
        previous = code;
        position++;
        index++;
        code = index < length ? text.charCodeAt(index) : 0;
      } while (index < length && isLetterCode(code));
      addKey(bits, wholeWordHash(hash));
      if (onlyAscii) continue;
      // "Kyiv" begins one word; "éthe" begins two for `\b`, at "é" and at "the".
      for (let start = wordStart + 1; start < index; start++) {
        const before = text.charCodeAt(start - 1);
        if (before >= 97 && before <= 122) continue;
        const last = Math.min(index, start + longestBeginning);
        let beginning = 0;
        for (let at = start; at < last; at++) {
          beginning = nextHash(beginning, text.charCodeAt(at));
          if (at - start >= 2) addKey(bits, beginning);
        }
      }
    }
    return bits;
  }
}

/** Beginnings longer than this are cut: a longer word is looked up by its first letters. */
const longestBeginning = 16;
const bloomMask = (1 << 18) - 1;

/** Two bits of the filter per key. */
function addKey(bits: Int32Array, hash: number): void {
  const first = hash & bloomMask;
  const second = (hash >>> 12) & bloomMask;
  bits[first >>> 5] = (bits[first >>> 5] ?? 0) | (1 << (first & 31));
  bits[second >>> 5] = (bits[second >>> 5] ?? 0) | (1 << (second & 31));
}

function hasKey(bits: Int32Array, hash: number): boolean {
  const first = hash & bloomMask;
  const second = (hash >>> 12) & bloomMask;
  return ((bits[first >>> 5] ?? 0) & (1 << (first & 31))) !== 0 && ((bits[second >>> 5] ?? 0) & (1 << (second & 31))) !== 0;
}

function nextHash(hash: number, code: number): number {
  return (Math.imul(hash, 31) + code) & 0x3fffffff;
}

/** A different mixing from `nextHash`, so that "abc" as a trigram and as a beginning are two keys. */
function trigramHash(first: number, second: number, third: number): number {
  return Math.imul(Math.imul(first, 0x9e37) ^ Math.imul(second, 0x85eb) ^ Math.imul(third, 0xc2b3), 0x27d4eb2d) >>> 2;
}

/** The key of a whole word, apart from the beginnings it shares its letters with. */
function wholeWordHash(hash: number): number {
  return Math.imul(hash ^ 0x2545f491, 0x9e3779b1) >>> 2;
}

/** The key `LiteralIndex.hasWord` looks up: a word's lower-case letters. */
export function wordKeyOf(word: string): number {
  const lower = word.toLowerCase();
  return wholeWordHash(hashOf(lower, 0, lower.length));
}

function hashOf(text: string, start: number, end: number): number {
  let hash = 0;
  for (let at = start; at < end; at++) hash = nextHash(hash, text.charCodeAt(at));
  return hash;
}
