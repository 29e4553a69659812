/**
 * The Unicode categories the hand-written scanners ask about, per UTF-16 code unit, as bits learnt
 * on first sight: the word index, the phrase tables' word hashes and the name runs read every
 * character of every article, and a property test per code unit costs a regex call each time.
 * Code units, not code points: the scanners run on text without surrogate pairs (`isPlainText`)
 * or treat a surrogate as a non-letter, as `\b` does.
 */
export const upperCase = 1;
export const letter = 2;
export const mark = 4;
export const number = 8;
/** Marks a code unit whose categories are known. */
const known = 128;

const probes: Array<[RegExp, number]> = [
  [/\p{Lu}/u, upperCase],
  [/\p{L}/u, letter],
  [/\p{M}/u, mark],
  [/\p{N}/u, number],
];

const categories = new Uint8Array(0x10000);
for (let code = 0; code < 128; code++) {
  const upper = code >= 65 && code <= 90;
  const lower = code >= 97 && code <= 122;
  categories[code] = known | (upper ? upperCase | letter : 0) | (lower ? letter : 0) | (code >= 48 && code <= 57 ? number : 0);
}

/** The category bits of a code unit; none for anything past the end of a string (`NaN`). */
export function categoryOf(code: number): number {
  let bits = categories[code] ?? known;
  if (bits === 0) {
    bits = known;
    const character = String.fromCharCode(code);
    for (const [probe, bit] of probes) if (probe.test(character)) bits |= bit;
    categories[code] = bits;
  }
  return bits;
}

/**
 * Answers the word scans ask for every character, derived from `categoryOf` once per code unit: 1
 * yes, 2 no, 0 not yet known. One byte compared in the hot loop instead of a mask of categories.
 */
const letterAnswers = new Uint8Array(0x10000);
const wordAnswers = new Uint8Array(0x10000);

/** `\p{L}`. */
export function isLetterCode(code: number): boolean {
  const answer = letterAnswers[code];
  if (answer === 1) return true;
  if (answer === 2) return false;
  const yes = (categoryOf(code) & letter) !== 0;
  if (answer === 0) letterAnswers[code] = yes ? 1 : 2;
  return yes;
}

/** `[\p{L}\p{N}_]`, the word characters of the phrase boundaries. */
export function isWordCode(code: number): boolean {
  const answer = wordAnswers[code];
  if (answer === 1) return true;
  if (answer === 2) return false;
  const yes = code === 95 || (categoryOf(code) & (letter | number)) !== 0;
  if (answer === 0) wordAnswers[code] = yes ? 1 : 2;
  return yes;
}

/**
 * Plain text: no surrogate pairs, and none of the four letters whose case folding differs with
 * and without the `u` flag for a pattern written in Latin letters and punctuation (`ſ` folds to
 * `s`, the Kelvin sign to `k`, the Ångström sign to `å`, `ẞ` to `ß` only under `u`). On plain text a
 * Latin pattern matches the same with or without `u`, and V8 runs a case-insensitive pattern such
 * as "\b(?:walk|run)\s+against\s+the\s+lamp\b" much faster without `u` (docs/benchmarks.md).
 * The old Cyrillic letters U+1C80–U+1C88 fold into ordinary ones (`ᲀ` to `в`) although their lower
 * case is themselves: text with them is not plain either, so a Cyrillic phrase is filed by its words.
 * tests/match/matching-flavours.test.ts checks every pair.
 */
const unplainCharacter = /[\uD800-\uDFFF\u017F\u1C80-\u1C88\u1E9E\u212A\u212B]/;
export function isPlainText(text: string): boolean {
  return !unplainCharacter.test(text);
}

/**
 * Orders strings by UTF-16 code units: the tie-break between alternatives of equal length, which
 * only have to come in a fixed order (two of equal length never match the same text but in case
 * or spacing, which the tables look up by key). `localeCompare` would load the collator at start.
 */
/** A text as a regex source that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
