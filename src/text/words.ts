/**
 * The one word scanner: the words of a text (runs of `[\p{L}\p{N}_]`), where each starts and the
 * hash of its letters lower-cased. The phrase tables look words up by these hashes, and the
 * surname table finds where a meaning may start by them. On plain text (see `isPlainText`)
 * `toLowerCase` of a letter below U+0250 (but `µ`, `ſ`) or of a Cyrillic letter agrees with the case
 * folding of a `giu` regex, which is what lets a case-insensitive table file its phrases under
 * lower-cased words.
 */
import { isWordCode } from './characters.js';

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
 * plain text: the letters below U+0250 but the micro sign (folds to Greek mu) and the long s, and
 * the Cyrillic block (plain text has none of the old letters that fold into it, U+1C80–U+1C88), so
 * that a table with "Похожие записи" or "İlgili yazılar" is still looked up word by word.
 * tests/match/phrase-dispatch.test.ts checks every pair.
 */
export function isFoldSafeCode(code: number): boolean {
  if (code >= 0x400 && code <= 0x4ff) return true;
  return code < 0x250 && code !== 0xb5 && code !== 0x17f;
}

export function nextHash(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

export const wordSeed = 0x811c9dc5;

/**
 * The words of an article: where each starts, and the hash of its letters lower-cased. Tables that
 * match case file their phrases lower-cased too: two spellings equal as written are equal
 * lower-cased, and the phrase's own regex tells the cases apart.
 */
export interface ArticleWords {
  /** How many words. */
  count: number;
  starts: Int32Array;
  folded: Int32Array;
}

/** The words of a text; an article keeps them as one of its facts (`article.words`). */
export function scanWords(text: string): ArticleWords {
  // A word takes at least one character and one separator, except the last.
  const capacity = (text.length >> 1) + 1;
  const starts = new Int32Array(capacity);
  const folded = new Int32Array(capacity);
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
}

/**
 * The hashes `scanWords` gives the first `count` words of a phrase, lower-cased. With
 * `foldSafe`, the words end at the first one with a letter whose lower case is not a `giu` regex's
 * case folding: such a word cannot be looked up by its hash whatever its case.
 */
export function leadingWordHashes(text: string, count: number, foldSafe: boolean): number[] {
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
 * The hash `scanWords` gives the first word of a phrase lower-cased, or undefined when the
 * phrase starts with anything but a word character or lower-casing a letter of that word is not a
 * `giu` regex's case folding: a word of the text can then be checked against the phrase's first
 * word by its hash alone, whatever the case of either.
 */
export function firstWordHashOf(phrase: string): number | undefined {
  const text = phrase.trim();
  return isWordCode(text.charCodeAt(0)) ? leadingWordHashes(text, 1, true)[0] : undefined;
}
