/**
 * Phrase matching on the untouched text with Unicode word boundaries. A table's phrases are one
 * alternation, which defines what matches: a large table is looked up word by word instead
 * (phrase-dispatch.ts) and finds the same. Phrases match across any run of whitespace, line
 * breaks included, because retext-english and editors alike treat "Kraft\nSiberia" as the same
 * words.
 */
import { compareCodeUnits } from '../text/characters.js';
import { isFoldSafeCode } from '../text/words.js';
import { prepareLiteral, type PreparedLiteral } from './literal-index.js';
import { flavourPlanOf } from './pattern-analysis.js';
import type { PhraseMatch } from './phrase-match.js';
import { hasTopLevelAlternative, isLatinSource, shortLineBound } from './regex-source.js';
import { KeyUnion, PhraseDispatch, type PhraseVerifier } from './phrase-dispatch.js';
import { factsOf, type TextFacts } from './text-facts.js';

export type { PhraseMatch };

export const wordCharacter = /[\p{L}\p{N}_]/u;

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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

/**
 * Compiles many phrases into one global regex; longer phrases first so the longest wins. Runs of
 * phrases with the same boundaries share one lookbehind and one lookahead: a lookbehind in front
 * of every alternative makes V8 try each one at every offset, five times slower on a 200-row table.
 */
export function compilePhrases(phrases: readonly string[], caseSensitive: boolean): RegExp | undefined {
  if (phrases.length === 0) return undefined;
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length || compareCodeUnits(a, b));
  const groups: Array<{ start: boolean; end: boolean; bodies: string[] }> = [];
  for (const phrase of sorted) {
    const { start, end } = boundariesOf(phrase);
    const last = groups.at(-1);
    if (last && last.start === start && last.end === end) last.bodies.push(phraseBody(phrase));
    else groups.push({ start, end, bodies: [phraseBody(phrase)] });
  }
  const source = groups.map((group) => `${group.start ? head : ''}(?:${group.bodies.join('|')})${group.end ? tail : ''}`).join('|');
  const exact = new RegExp(source, caseSensitive ? 'gu' : 'giu');
  if (sorted.length >= dispatchedTableSize) {
    const dispatch = PhraseDispatch.create(sorted, caseSensitive, (phrase) => phraseVerifier(phrase, caseSensitive), union);
    if (dispatch) dispatches.set(exact, dispatch);
  } else {
    const gate = firstWordsGate(sorted);
    if (gate) gates.set(exact, gate);
  }
  const fast = fastPhraseSource(sorted);
  if (caseSensitive || isLatinSource(fast)) {
    flavours.set(exact, new Flavour(new RegExp(fast, caseSensitive ? 'g' : 'gi'), { source, flags: caseSensitive ? 'uy' : 'iuy' }, hasUnicodeBoundaries));
  }
  return exact;
}

/** How the dispatch checks one phrase at a word start (see `PhraseVerifier`). */
function phraseVerifier(phrase: string, caseSensitive: boolean): PhraseVerifier {
  const source = phraseBody(phrase);
  const flags = caseSensitive ? 'y' : isLatinSource(source) ? 'iy' : 'iuy';
  return { source, flags, endsWord: boundariesOf(phrase).end };
}

/**
 * The first words of a small phrase set, as the literal index asks for them: a set none of whose
 * first words begins a word of the article ("Kyiv", "Kiev" in a story about Lisbon) is not
 * scanned. Only the letters a phrase starts with count ("G7" asks for "g"); a phrase that starts
 * with anything else leaves the set without a gate.
 */
function firstWordsGate(phrases: readonly string[]): PreparedLiteral[] | undefined {
  const literals: PreparedLiteral[] = [];
  for (const phrase of phrases) {
    const letters = /^\p{L}+/u.exec(phrase.trim())?.[0];
    // A letter whose lower case is not its case folding ("µ" folds to Greek mu) is not asked about.
    if (!letters || [...letters].some((letter) => !isFoldSafeCode(letter.charCodeAt(0)))) return undefined;
    literals.push(prepareLiteral({ text: letters, atWordStart: true }));
  }
  return literals;
}

const gates = new WeakMap<RegExp, PreparedLiteral[]>();

/**
 * From this many phrases a table is looked up word by word (see phrase-dispatch.ts); a smaller
 * alternation scans as fast as the lookup of every word would.
 */
const dispatchedTableSize = 16;
const dispatches = new WeakMap<RegExp, PhraseDispatch>();
const union = new KeyUnion();

/**
 * The same alternation with `\b` for the Unicode word boundaries, and no boundary at all where a
 * phrase starts or ends with a letter outside ASCII (`\b` knows only ASCII word characters). It
 * finds every match the exact regex finds, and a few more ("Rhineé"), which `scanFast` checks.
 * A lookbehind before every alternative is what makes the exact regex slow: V8 cannot skip ahead
 * to a likely first letter, and tries the lookbehind at every offset.
 */
function fastPhraseSource(sorted: readonly string[]): string {
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

/**
 * A fast flavour of an exact regex. The exact regex that settles its matches is made sticky only
 * when a match first needs settling: a `u` regex with letter properties costs a fifth of a
 * millisecond to construct, and most flavours never need it on a given run.
 */
class Flavour {
  #sticky: RegExp | undefined;

  /**
   * @param regex Finds a match at every offset where the exact regex has one, on plain text at least.
   * @param exact The exact regex's source and flags, when a match of `regex` needs settling by it;
   *   absent when `regex` means exactly the same.
   * @param sure Matches of `regex` that pass this need no settling (phrase alternations: Unicode word boundaries).
   */
  constructor(
    readonly regex: RegExp,
    readonly exact?: { source: string; flags: string },
    readonly sure?: (text: string, start: number, end: number) => boolean,
  ) {}

  /** The exact regex, sticky, for settling. */
  get sticky(): RegExp {
    if (!this.#sticky) {
      if (!this.exact) throw new Error('A flavour that means its exact regex settles nothing');
      this.#sticky = new RegExp(this.exact.source, this.exact.flags);
    }
    return this.#sticky;
  }
}

const flavours = new WeakMap<RegExp, Flavour | null>();

/**
 * The faster flavour of a termbase regex, when there is one:
 * - a Latin `giu` pattern without lookarounds or property escapes runs as itself without `u`;
 * - any other runs relaxed (see `relaxPattern`) without `u`, and each match is settled by the
 *   exact regex at its offset. "(?<=\b(?:appointed|chosen|named)\s+(?:\p{L}+\s+){0,2})by\s+finger\b"
 *   then looks for "by" and tries the lookbehind at the two or three offsets that have it, instead
 *   of at every offset of the article: 8 µs instead of 430 for a 3 KB article.
 */
function flavourOf(pattern: RegExp): Flavour | undefined {
  let flavour = flavours.get(pattern);
  if (flavour === undefined) {
    flavour = null;
    const flags = pattern.flags.replace('u', '').replace('y', '');
    try {
      const plan = flavourPlanOf(pattern.source, pattern.flags);
      if (plan?.sticky === false) flavour = new Flavour(new RegExp(pattern.source, flags));
      else if (plan) flavour = new Flavour(new RegExp(plan.source, flags), { source: pattern.source, flags: `${flags.replace('g', '')}uy` });
    } catch {
      flavour = null;
    }
    flavours.set(pattern, flavour);
  }
  return flavour ?? undefined;
}


/** The source and flags of the regex a pattern really scans with on plain text, when that is not the pattern itself. */
export function flavourSourceOf(pattern: RegExp): { source: string; flags: string } | undefined {
  const flavour = flavourOf(pattern);
  return flavour ? { source: flavour.regex.source, flags: flavour.regex.flags } : undefined;
}

const unicodeWord = /[\p{L}\p{N}_]/u;

/** Whether a match found by `\b` also has Unicode word boundaries (plain text has no surrogates). */
function hasUnicodeBoundaries(text: string, start: number, end: number): boolean {
  if (unicodeWord.test(text[start] ?? '') && unicodeWord.test(text[start - 1] ?? '')) return false;
  if (unicodeWord.test(text[end - 1] ?? '') && unicodeWord.test(text[end] ?? '')) return false;
  return true;
}

/** Every non-empty match, left to right; collected at once, so callers may reuse the regex freely. */
export function matchAll(pattern: RegExp, subject: string | TextFacts, limit = Number.POSITIVE_INFINITY): PhraseMatch[] {
  const facts = factsOf(subject);
  const text = facts.text;
  const dispatch = dispatches.get(pattern);
  if (dispatch && facts.plain) return dispatch.scan(facts, limit);
  const gate = gates.get(pattern);
  if (gate && !facts.literalIndex.hasAll([gate])) return [];
  const atLineStarts = lineStartFlavourOf(pattern);
  if (atLineStarts) return scanLineStarts(atLineStarts, text, limit);
  const flavour = flavourOf(pattern);
  if (flavour && facts.plain) return flavour.exact ? scanFlavour(flavour, text, limit) : scan(flavour.regex, text, limit);
  return scan(pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`), text, limit);
}

/**
 * A residue line pattern, "(?<=^|\n)[ \t]*Read more with …", matches only where a line starts:
 * tried there alone (sticky), it costs one attempt per line instead of a lookbehind at every
 * offset. Not for a pattern with another alternative at the top, which the lookbehind does not bind.
 */
interface LineStartFlavour {
  sticky: RegExp;
  /** The longest line, blanks at its ends aside, the pattern can match at all (see `shortLineBound`). */
  longest: number;
}

const lineStartFlavours = new WeakMap<RegExp, LineStartFlavour | null>();
function lineStartFlavourOf(pattern: RegExp): LineStartFlavour | undefined {
  let flavour = lineStartFlavours.get(pattern);
  if (flavour === undefined) {
    flavour = null;
    const lead = '(?<=^|\\n)';
    if (pattern.source.startsWith(lead) && !pattern.multiline && !hasTopLevelAlternative(pattern.source)) {
      const sticky = new RegExp(pattern.source, `${pattern.flags.replace('g', '').replace('y', '')}y`);
      flavour = { sticky, longest: pattern.dotAll ? Number.POSITIVE_INFINITY : (shortLineBound(pattern.source.slice(lead.length)) ?? Number.POSITIVE_INFINITY) };
    }
    lineStartFlavours.set(pattern, flavour);
  }
  return flavour ?? undefined;
}


function scanLineStarts({ sticky, longest }: LineStartFlavour, text: string, limit: number): PhraseMatch[] {
  const matches: PhraseMatch[] = [];
  let from = 0;
  for (let start = 0; start <= text.length && matches.length < limit; ) {
    const newline = text.indexOf('\n', start);
    const lineEnd = newline < 0 ? text.length : newline;
    if (start >= from && (lineEnd - start <= longest || trimmedLength(text, start, lineEnd) <= longest)) {
      sticky.lastIndex = start;
      const match = sticky.exec(text);
      if (match && match[0].length > 0) {
        matches.push(toMatch(match));
        from = start + match[0].length;
      }
    }
    if (newline < 0) break;
    start = newline + 1;
  }
  return matches;
}

/** The length of a line without its carriage return and the blanks at both ends. */
function trimmedLength(text: string, start: number, end: number): number {
  let last = end;
  if (text.charCodeAt(last - 1) === 13) last--;
  while (last > start && (text.charCodeAt(last - 1) === 32 || text.charCodeAt(last - 1) === 9)) last--;
  let first = start;
  while (first < last && (text.charCodeAt(first) === 32 || text.charCodeAt(first) === 9)) first++;
  return last - first;
}

function toMatch(match: RegExpExecArray): PhraseMatch {
  const found: PhraseMatch = { start: match.index, end: match.index + match[0].length, text: match[0] };
  if (match.groups) found.groups = match.groups;
  return found;
}

function scan(regex: RegExp, text: string, limit: number): PhraseMatch[] {
  const matches: PhraseMatch[] = [];
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match !== null && matches.length < limit; match = regex.exec(text)) {
    if (match[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    matches.push(toMatch(match));
  }
  regex.lastIndex = 0;
  return matches;
}

/**
 * A scan through a fast flavour: a match the flavour is sure of is the exact regex's match too (it
 * tries the same alternatives in the same order, and rejects no more); any other offset where the
 * flavour matches is settled by the exact regex at that offset, and the scan goes on one
 * character later when the exact regex has no match there.
 */
function scanFlavour(flavour: Flavour, text: string, limit: number): PhraseMatch[] {
  const { regex, sure } = flavour;
  const matches: PhraseMatch[] = [];
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match !== null && matches.length < limit; match = regex.exec(text)) {
    const start = match.index;
    if (match[0].length > 0 && sure?.(text, start, start + match[0].length)) {
      matches.push(toMatch(match));
      continue;
    }
    const sticky = flavour.sticky;
    sticky.lastIndex = start;
    const exact = sticky.exec(text);
    if (exact && exact[0].length > 0) {
      matches.push(toMatch(exact));
      regex.lastIndex = start + exact[0].length;
    } else regex.lastIndex = start + 1;
  }
  regex.lastIndex = 0;
  return matches;
}

/** Whether one occurrence of `phrase` in `text` covers [start, end). */
export function isCoveredBy(text: string, start: number, end: number, phrase: string, caseSensitive: boolean): boolean {
  const from = Math.max(0, start - phrase.length - 8);
  const to = Math.min(text.length, end + phrase.length + 8);
  const window = text.slice(from, to);
  // The exact regex: a window is a new string each time, and its plainness is not worth asking.
  for (const match of window.matchAll(phraseRegExp(phrase, caseSensitive))) {
    const matchStart = from + (match.index ?? 0);
    if (matchStart <= start && matchStart + match[0].length >= end) return true;
  }
  return false;
}

export function containsPhrase(subject: string | TextFacts, phrase: string, caseSensitive: boolean): boolean {
  // A blank phrase is an empty regex, which every text contains.
  if (phrase.trim() === '') return true;
  return matchAll(phraseRegExp(phrase, caseSensitive), subject, 1).length > 0;
}

/**
 * The regex of one exception or condition phrase (with its fast flavour), compiled once: the same
 * few phrases are asked about in article after article. Only `matchAll` and `String.matchAll`
 * (which copy or reset it) use them, so sharing one object is safe.
 */
const phraseRegExps = new Map<string, RegExp>();
function phraseRegExp(phrase: string, caseSensitive: boolean): RegExp {
  const key = `${caseSensitive ? 's' : 'i'}\u0000${phrase}`;
  let regex = phraseRegExps.get(key);
  if (!regex) {
    if (phraseRegExps.size > 10_000) phraseRegExps.clear();
    regex = compilePhrases([phrase], caseSensitive) ?? new RegExp('', caseSensitive ? 'gu' : 'giu');
    phraseRegExps.set(key, regex);
  }
  return regex;
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
