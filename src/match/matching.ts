/**
 * Phrases as regex source, on the untouched text with Unicode word boundaries. A table's phrases
 * are one alternation, which defines what matches (see matcher.ts for how it is scanned). Phrases
 * match across any run of whitespace, line breaks included, because retext-english and editors
 * alike treat "Kraft\nSiberia" as the same words.
 */
import { compareCodeUnits, escapeRegExp } from '../text/characters.js';
import { isFoldSafeCode } from '../text/words.js';
import { prepareLiteral, type PreparedLiteral } from './literal-index.js';
import type { PhraseVerifier } from './phrase-dispatch.js';

export const wordCharacter = /[\p{L}\p{N}_]/u;

/** Words and phrases of a list as one regex alternation, as written (single spaces and all), longest first. */
export function alternationOf(phrases: Iterable<string>): string {
  return [...phrases].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}

const head = '(?<![\\p{L}\\p{N}_])';
const tail = '(?![\\p{L}\\p{N}_])';

/** The phrase without its boundaries: spaces match any whitespace, apostrophes either form. */
function phraseBody(phrase: string): string {
  return phrase.trim().split(/\s+/).map((part) => escapeRegExp(part).replace(/['’]/g, "['’]")).join('\\s+');
}

/** Which ends of a phrase need a word boundary: those that are word characters. */
function boundariesOf(phrase: string): { start: boolean; end: boolean } {
  const trimmed = phrase.trim();
  return { start: wordCharacter.test(trimmed[0] ?? ''), end: wordCharacter.test(trimmed.at(-1) ?? '') };
}

/** The key two spellings of one phrase share: whitespace folded, apostrophes unified, case folded unless it matters. */
export function phraseKey(text: string, caseSensitive: boolean): string {
  const flat = text.trim().replace(/\s+/g, ' ').replace(/’/g, "'");
  return caseSensitive ? flat : flat.toLowerCase();
}

/** Distinct phrases, longer first so that the longest wins, then in code-unit order. */
export function sortPhrases(phrases: readonly string[]): string[] {
  return [...new Set(phrases)].sort((a, b) => b.length - a.length || compareCodeUnits(a, b));
}

/**
 * The alternation of sorted phrases. Runs of phrases with the same boundaries share one
 * lookbehind and one lookahead: a lookbehind in front of every alternative makes V8 try each one
 * at every offset, five times slower on a 200-row table.
 */
export function phraseTableSource(sorted: readonly string[]): string {
  const groups: Array<{ start: boolean; end: boolean; bodies: string[] }> = [];
  for (const phrase of sorted) {
    const { start, end } = boundariesOf(phrase);
    const last = groups.at(-1);
    if (last && last.start === start && last.end === end) last.bodies.push(phraseBody(phrase));
    else groups.push({ start, end, bodies: [phraseBody(phrase)] });
  }
  return groups.map((group) => `${group.start ? head : ''}(?:${group.bodies.join('|')})${group.end ? tail : ''}`).join('|');
}

/**
 * Whether the source of phrases (`phraseBody`, `fastPhraseSource`) means the same without the `u`
 * flag: `isLatinSource` of that source, read off the phrases themselves, as the source adds only
 * ASCII escapes, `\s+`, `\b` and `['’]`. Parsing the alternation of a table of a few hundred
 * names costs a tenth of a second at start-up; this costs a pass over its characters.
 */
export function isLatinPhrase(phrase: string): boolean {
  return !notLatin.test(phrase);
}

/** A character that is neither whitespace nor one `isLatinCodePoint` accepts (`ſ` folds to `s`). */
const notLatin = /[^\s\u0000-\u017e\u0180-\u024f\u2000-\u206f]/u;

/** How the dispatch checks one phrase at a word start (see `PhraseVerifier`). */
export function phraseVerifier(phrase: string, caseSensitive: boolean): PhraseVerifier {
  const source = phraseBody(phrase);
  const flags = caseSensitive ? 'y' : isLatinPhrase(phrase) ? 'iy' : 'iuy';
  return { source, flags, endsWord: boundariesOf(phrase).end };
}

/**
 * The first words of a small phrase set, as the literal index asks for them: a set none of whose
 * first words begins a word of the article ("Kyiv", "Kiev" in a story about Lisbon) is not
 * scanned. Only the letters a phrase starts with count ("G7" asks for "g"); a phrase that starts
 * with anything else leaves the set without a gate.
 */
export function firstWordsGate(phrases: readonly string[]): PreparedLiteral[] | undefined {
  const literals: PreparedLiteral[] = [];
  for (const phrase of phrases) {
    const letters = /^\p{L}+/u.exec(phrase.trim())?.[0];
    // A letter whose lower case is not its case folding ("µ" folds to Greek mu) is not asked about.
    if (!letters || [...letters].some((letter) => !isFoldSafeCode(letter.charCodeAt(0)))) return undefined;
    literals.push(prepareLiteral({ text: letters, atWordStart: true }));
  }
  return literals;
}

/**
 * The same alternation with `\b` for the Unicode word boundaries, and no boundary at all where a
 * phrase starts or ends with a letter outside ASCII (`\b` knows only ASCII word characters). It
 * finds every match the exact regex finds, and a few more ("Rhineé"), which `scanFast` checks.
 * A lookbehind before every alternative is what makes the exact regex slow: V8 cannot skip ahead
 * to a likely first letter, and tries the lookbehind at every offset.
 */
export function fastPhraseSource(sorted: readonly string[]): string {
  const asciiWord = /[A-Za-z0-9_]/;
  // Phrases that start with an ASCII word character go first, behind `\\b`, then the others. A
  // phrase of one part can never match where one of the other does (their first characters
  // differ, and without `u` no case folding joins ASCII and the rest), so the order that decides
  // between phrases only matters within a part, where it is kept. Within a part, runs of phrases
  // that end alike share their boundary.
  const parts: Array<{ start: string; phrases: string[] }> = [
    { start: '\\b', phrases: [] },
    { start: '', phrases: [] },
  ];
  for (const phrase of sorted) parts[asciiWord.test(phrase.trim()[0] ?? '') ? 0 : 1]?.phrases.push(phrase);
  const sources: string[] = [];
  for (const part of parts) {
    const groups: Array<{ end: string; bodies: string[] }> = [];
    for (const phrase of part.phrases) {
      const end = asciiWord.test(phrase.trim().at(-1) ?? '') ? '\\b' : '';
      const last = groups.at(-1);
      if (last && last.end === end) last.bodies.push(phraseBody(phrase));
      else groups.push({ end, bodies: [phraseBody(phrase)] });
    }
    if (groups.length > 0) sources.push(`${part.start}(?:${groups.map((group) => `(?:${group.bodies.join('|')})${group.end}`).join('|')})`);
  }
  return sources.join('|');
}

const unicodeWord = /[\p{L}\p{N}_]/u;

/** Whether a match found by `\b` also has Unicode word boundaries (plain text has no surrogates). */
export function hasUnicodeBoundaries(text: string, start: number, end: number): boolean {
  if (unicodeWord.test(text[start] ?? '') && unicodeWord.test(text[start - 1] ?? '')) return false;
  if (unicodeWord.test(text[end - 1] ?? '') && unicodeWord.test(text[end] ?? '')) return false;
  return true;
}

/**
 * Fills `$<name>` in a replacement with a named group of the match, so one row can keep the words
 * around an idiom: "keep our heads cold" becomes "keep a cool head" whatever the verb's tense.
 * A group that did not take part in the match fills in as nothing.
 */
export function expandGroups(replacement: string, groups: Record<string, string | undefined> | undefined): string {
  if (!groups || !replacement.includes('$<')) return replacement;
  return replacement.replace(/\$<([A-Za-z_][A-Za-z0-9_]*)>/g, (_whole, name: string) => groups[name] ?? '');
}
