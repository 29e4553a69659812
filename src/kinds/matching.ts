/**
 * Phrase matching on the untouched text with Unicode word boundaries. A table's phrases are one
 * alternation, which defines what matches: a large table is looked up word by word instead
 * (phrase-dispatch.ts) and finds the same. Phrases match across any run of whitespace, line
 * breaks included, because retext-english and editors alike treat "Kraft\nSiberia" as the same
 * words.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { mapByPush } from '../engine/arrays.js';
import { isLetterCode } from './characters.js';
import { rememberLast } from './memo.js';
import { isFoldSafeCode, PhraseDispatch, type PhraseVerifier } from './phrase-dispatch.js';

export const wordCharacter = /[\p{L}\p{N}_]/u;

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const head = '(?<![\\p{L}\\p{N}_])';
const tail = '(?![\\p{L}\\p{N}_])';

/**
 * The phrase without its boundaries: spaces match any whitespace, apostrophes either form. It runs
 * inside the optimised phrase scan when a phrase is first verified, hence `mapByPush`.
 */
function phraseBody(phrase: string): string {
  return mapByPush(phrase.trim().split(/\s+/), (part) => escapeRegExp(part).replace(/['’]/g, "['’]")).join('\\s+');
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

export interface PhraseMatch {
  start: number;
  end: number;
  text: string;
  /** Named capture groups of a pattern; a replacement may refer to them as `$<name>`. */
  groups?: Record<string, string | undefined>;
}

/**
 * Orders strings by UTF-16 code units: the tie-break between alternatives of equal length, which
 * only have to come in a fixed order (two of equal length never match the same text but in case
 * or spacing, which the tables look up by key). `localeCompare` would load the collator at start.
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
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
    const dispatch = PhraseDispatch.create(sorted, caseSensitive, (phrase) => phraseVerifier(phrase, caseSensitive));
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
 * Plain text: no surrogate pairs, and none of the four letters whose case folding differs with
 * and without the `u` flag for a pattern written in Latin letters and punctuation (`ſ` folds to
 * `s`, the Kelvin sign to `k`, the Ångström sign to `å`, `ẞ` to `ß` only under `u`). On plain text a
 * Latin pattern matches the same with or without `u`, and V8 runs a case-insensitive pattern
 * without `u` about ten times faster: "\b(?:walk|run)\s+against\s+the\s+lamp\b" scans a 3 KB
 * article in 5 µs instead of 60. tests/kinds/matching-flavours.test.ts checks every pair.
 */
const unplainCharacter = /[\uD800-\uDFFF\u017F\u1E9E\u212A\u212B]/;
export const isPlainText = rememberLast((text: string): boolean => !unplainCharacter.test(text));

/** Whether a code point may appear in a pattern that runs without `u` on plain text: Latin and punctuation. */
export function isLatinCodePoint(code: number): boolean {
  return (code <= 0x24f && code !== 0x17f) || (code >= 0x2000 && code <= 0x206f);
}

/**
 * Whether a regex source means the same without the `u` flag on plain text: no property escapes,
 * no `\u{…}`, every character and escape Latin or punctuation, and class ranges only between
 * ASCII characters (`[\u00c0-\u024f]` holds `ſ`, which folds to `s`). Anything unsure is refused.
 */
export function isLatinSource(source: string): boolean {
  let inClass = false;
  let previousAtom = -1;
  for (let index = 0; index < source.length; index++) {
    let code = source.charCodeAt(index);
    const character = source[index];
    let atom = true;
    if (character === '\\') {
      const next = source[index + 1] ?? '';
      if (next === 'p' || next === 'P') return false;
      if (next === 'u') {
        if (source[index + 2] === '{') return false;
        const hex = source.slice(index + 2, index + 6);
        if (!/^[0-9A-Fa-f]{4}$/.test(hex)) return false;
        code = Number.parseInt(hex, 16);
        index += 5;
      } else if (next === 'x') {
        const hex = source.slice(index + 2, index + 4);
        if (!/^[0-9A-Fa-f]{2}$/.test(hex)) return false;
        code = Number.parseInt(hex, 16);
        index += 3;
      } else {
        code = next.charCodeAt(0);
        // \w, \s, \d, \b and their negations are atoms of no single code point.
        if (/[wWsSdDbB]/.test(next)) atom = false;
        index += 1;
      }
    } else if (inClass && character === ']') {
      inClass = false;
      atom = false;
    } else if (!inClass && character === '[') {
      inClass = true;
      atom = false;
      if (source[index + 1] === '^') index++;
    } else if (inClass && character === '-' && previousAtom >= 0 && source[index + 1] !== ']') {
      // A range: both ends must be ASCII. The end is read as the next atom.
      if (previousAtom >= 0x80) return false;
      previousAtom = -2;
      continue;
    }
    if (!isLatinCodePoint(code)) return false;
    if (previousAtom === -2 && atom && code >= 0x80) return false;
    previousAtom = inClass && atom ? code : -1;
  }
  return true;
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

/**
 * How a regex runs fast, decided from its source and flags alone: as itself without `u`
 * (`sticky: false`), or relaxed and settled by the exact regex, or not at all (undefined).
 */
export interface FlavourPlan {
  source: string;
  sticky: boolean;
}

export function flavourPlanOf(source: string, flags: string): FlavourPlan | undefined {
  const known = precomputedAnalysis().flavours[`${flags}\u0000${source}`];
  if (known !== undefined) return known ?? undefined;
  return planFlavour(source, flags);
}

function planFlavour(source: string, flags: string): FlavourPlan | undefined {
  if (!flags.includes('u')) return undefined;
  const ignoreCase = flags.includes('i');
  if (ignoreCase && isLatinSource(source) && !/\(\?<?[=!]/.test(source)) return { source, sticky: false };
  const relaxed = relaxPattern(source);
  if (relaxed === undefined || (ignoreCase && !isLatinSource(relaxed.shape)) || !hasNarrowStart(relaxed.shape)) return undefined;
  return { source: relaxed.source, sticky: true };
}

/**
 * The analyses of the bundled tables' patterns (required words, fast flavours), made by the build
 * with these same functions and read on first use: they are a fifth of a one-file lint's start
 * otherwise. A pattern not in the file (a user's) is analysed when it is met.
 */
export interface PrecomputedAnalysis {
  words: Record<string, PreparedLiteral[][] | null>;
  flavours: Record<string, FlavourPlan | null>;
}

/** `requiredWordGroups` made ready for the literal index: what a phrase table keeps of each pattern. */
export function preparedWordGroups(source: string): PreparedLiteral[][] | undefined {
  const known = precomputedAnalysis().words[source];
  if (known !== undefined) return known ?? undefined;
  return requiredWordGroups(source)?.map((group) => group.map(prepareLiteral));
}

export const precomputedAnalysisFile = fileURLToPath(new URL('./pattern-analysis.json', import.meta.url));
let precomputed: PrecomputedAnalysis | undefined;

function precomputedAnalysis(): PrecomputedAnalysis {
  if (!precomputed) {
    precomputed = { words: {}, flavours: {} };
    try {
      const read = JSON.parse(readFileSync(precomputedAnalysisFile, 'utf8')) as Partial<PrecomputedAnalysis>;
      precomputed = { words: read.words ?? {}, flavours: read.flavours ?? {} };
    } catch {
      // No file (running from the sources, or before the first build): analyse as patterns come.
    }
  }
  return precomputed;
}

/** The analyses of some patterns, as the build writes them to `precomputedAnalysisFile`. */
export function analysePatterns(patterns: ReadonlyArray<{ source: string; flags: string }>): PrecomputedAnalysis {
  const analysis: PrecomputedAnalysis = { words: {}, flavours: {} };
  for (const { source, flags } of [...patterns].sort((a, b) => compareCodeUnits(a.flags + a.source, b.flags + b.source))) {
    analysis.words[source] = requiredWordGroups(source)?.map((group) => group.map(prepareLiteral)) ?? null;
    analysis.flavours[`${flags}\u0000${source}`] = planFlavour(source, flags) ?? null;
  }
  return analysis;
}

/**
 * Whether every match of a regex starts with one of few characters: a letter, a digit or a
 * punctuation mark, not white space or a wide class, and not after something optional. A relaxed
 * regex that may start anywhere is slower than the exact one: the lookahead in
 * "(?<=^|\n)(?=[^\r\n]{0,200}\n)[^\r\n]*?Subscribe to our" is what keeps it from trying every offset.
 */
export function hasNarrowStart(source: string): boolean {
  let index = 0;
  interface Start {
    narrow: boolean;
    nullable: boolean;
  }
  function alternation(): Start {
    const result: Start = { narrow: true, nullable: false };
    for (;;) {
      const start = sequence();
      result.narrow &&= start.narrow;
      result.nullable ||= start.nullable;
      if (source[index] !== '|') return result;
      index++;
    }
  }
  function sequence(): Start {
    let narrow = true;
    let decided = false;
    while (index < source.length && source[index] !== '|' && source[index] !== ')') {
      const atom = readAtom();
      if (!decided) {
        narrow &&= atom.narrow;
        if (!atom.nullable) decided = true;
      }
    }
    return { narrow, nullable: !decided };
  }
  function quantified(atom: Start): Start {
    const next = source[index] ?? '';
    if (next === '?' || next === '*') {
      index++;
      if (source[index] === '?') index++;
      return { narrow: atom.narrow, nullable: true };
    }
    if (next === '+') {
      index++;
      if (source[index] === '?') index++;
      return atom;
    }
    if (next === '{') {
      const close = source.indexOf('}', index);
      const minimum = Number.parseInt(source.slice(index + 1), 10);
      index = close < 0 ? source.length : close + 1;
      if (source[index] === '?') index++;
      return { narrow: atom.narrow, nullable: atom.nullable || minimum === 0 };
    }
    return atom;
  }
  function readAtom(): Start {
    const character = source[index] ?? '';
    if (character === '\\') {
      const next = source[index + 1] ?? '';
      index += 2;
      if (next === 'b' || next === 'B') return { narrow: true, nullable: true };
      return quantified({ narrow: !/[sSwWDdpPu]/.test(next), nullable: false });
    }
    if (character === '^' || character === '$') {
      index++;
      return { narrow: true, nullable: true };
    }
    if (character === '.') {
      index++;
      return quantified({ narrow: false, nullable: false });
    }
    if (character === '[') {
      const close = classEnd(source, index);
      const body = source.slice(index, close + 1);
      index = close + 1;
      return quantified({ narrow: !body.startsWith('[^') && !/\\[sSwWDdpP]|\s/.test(body), nullable: false });
    }
    if (character === '(') {
      index++;
      if (source[index] === '?') {
        if (/^\?<?[=!]/.test(source.slice(index, index + 3))) {
          // A lookaround left in place: it consumes nothing.
          index += source[index + 1] === '<' ? 3 : 2;
          alternation();
          index++;
          return { narrow: true, nullable: true };
        }
        index = source[index + 1] === '<' ? source.indexOf('>', index) + 1 : index + 2;
      }
      const inner = alternation();
      index++;
      return quantified(inner);
    }
    index++;
    return quantified({ narrow: !/\s/.test(character), nullable: false });
  }
  const start = alternation();
  return start.narrow && !start.nullable;
}

/**
 * A regex that matches at every offset where `source` does, and is cheap to scan with: lookarounds
 * dropped (each one only ever narrows where a match may start), the property escapes of letters,
 * marks and numbers widened to a class of all BMP characters but ASCII and Latin-1 punctuation,
 * white space and the General Punctuation block (so "\p{L}+['’]s" stays as unambiguous as it was),
 * `\u{…}` written as `\u…`. Undefined when that cannot be done safely: backreferences (dropping a
 * group renumbers them), other or negated properties, a class that mixes properties with anything
 * but a few marks, or an astral escape. `shape` is the source with each widened class written
 * `\S`, for the checks that read a source (`isLatinSource`, `hasNarrowStart`).
 */
export function relaxPattern(source: string): { source: string; shape: string } | undefined {
  if (/\\(?:k<|[1-9])/.test(source)) return undefined;
  let out = '';
  let shape = '';
  let index = 0;
  const emit = (text: string, shaped = text) => {
    out += text;
    shape += shaped;
  };
  const skipGroup = (): boolean => {
    // From just after "(?=" etc. to just after the matching ")".
    let depth = 1;
    let inClass = false;
    while (index < source.length && depth > 0) {
      const character = source[index];
      if (character === '\\') index += 2;
      else {
        if (inClass) {
          if (character === ']') inClass = false;
        } else if (character === '[') inClass = true;
        else if (character === '(') depth++;
        else if (character === ')') depth--;
        index++;
      }
    }
    return depth === 0;
  };
  while (index < source.length) {
    const character = source[index] ?? '';
    if (character === '\\') {
      const next = source[index + 1] ?? '';
      if ((next === 'p' || next === 'P') && source[index + 2] === '{') {
        const close = source.indexOf('}', index);
        const name = close < 0 ? '' : source.slice(index + 3, close);
        if (next === 'P' || !widenedProperty.test(name)) return undefined;
        emit(`[${widenedClassBody(name)}]`, '\\S');
        index = close + 1;
        continue;
      }
      if (next === 'u' && source[index + 2] === '{') {
        const close = source.indexOf('}', index);
        const code = Number.parseInt(source.slice(index + 3, close), 16);
        if (close < 0 || !(code <= 0xffff)) return undefined;
        emit(`\\u${code.toString(16).padStart(4, '0')}`);
        index = close + 1;
        continue;
      }
      emit(source.slice(index, index + 2));
      index += 2;
      continue;
    }
    if (character === '[') {
      const close = classEnd(source, index);
      const body = source.slice(index, close + 1);
      if (/\\[pPu]\{/.test(body)) {
        // "[\p{Ll}\p{M}]": only letters, marks and numbers widen.
        const names: string[] = [];
        const rest = body.slice(1, -1).replace(/\\p\{([A-Za-z]+)\}/g, (whole, name: string) => {
          if (!widenedProperty.test(name)) return whole;
          names.push(name);
          return '';
        });
        if (body.startsWith('[^') || rest !== '') return undefined;
        emit(`[${[...new Set(names.map(widenedClassBody))].join('')}]`, '\\S');
      } else emit(body);
      index = close + 1;
      continue;
    }
    if (character === '(' && /^\(\?<?[=!]/.test(source.slice(index, index + 4))) {
      index += source[index + 2] === '<' ? 4 : 3;
      if (!skipGroup()) return undefined;
      // A quantifier on an assertion (allowed outside `u` mode only) goes with it.
      if (/[?*+{]/.test(source[index] ?? '')) return undefined;
      continue;
    }
    emit(character);
    index++;
  }
  return { source: out, shape };
}

const widenedProperty = /^(?:L[ultmo]?|M[nce]?|N[dlo]?|Letter|Mark|Number)$/;

/**
 * Every BMP letter and mark is in this class (Latin-1's three letters are named; the rest of the
 * BMP is taken whole, but for the General Punctuation block, where no letter lives); numbers add
 * the digits and Latin-1's superscripts and fractions.
 */
function widenedClassBody(name: string): string {
  const letters = 'A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u1FFF\\u2070-\\uFFFF';
  return name.startsWith('N') ? `0-9\\u00B2\\u00B3\\u00B9\\u00BC-\\u00BE${letters}` : letters;
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
export function matchAll(pattern: RegExp, text: string, limit = Number.POSITIVE_INFINITY): PhraseMatch[] {
  const dispatch = dispatches.get(pattern);
  if (dispatch && isPlainText(text)) return dispatch.scan(text, limit);
  const gate = gates.get(pattern);
  if (gate && !literalIndexOf(text).hasAll([gate])) return [];
  const atLineStarts = lineStartFlavourOf(pattern);
  if (atLineStarts) return scanLineStarts(atLineStarts, text, limit);
  const flavour = flavourOf(pattern);
  if (flavour && isPlainText(text)) return flavour.exact ? scanFlavour(flavour, text, limit) : scan(flavour.regex, text, limit);
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

/**
 * A line pattern that opens with "a short line" — `[ \t]*(?=[^\r\n]{0,119}[^\s.!?"”’)](?=[ \t]*(?:\r?\n|$)))`,
 * "at most 120 characters up to the end of the line" — cannot match a longer line: a paragraph of
 * 600 characters is passed over without the lookahead counting to 119 and back. The bound is
 * read only from that shape: a run `[^\r\n]{0,N}`, then characters one at a time (each a class or
 * character that cannot be a line break) or zero-width lookbehinds, then the line end, with blanks
 * allowed before it. The bound holds for the line with its blanks at both ends taken off. Any
 * other shape has no bound.
 */
export function shortLineBound(source: string): number | undefined {
  let index = 0;
  if (source.startsWith('[ \\t]*', index)) index += '[ \\t]*'.length;
  const open = '(?=[^\\r\\n]{0,';
  if (!source.startsWith(open, index)) return undefined;
  index += open.length;
  const close = source.indexOf('}', index);
  const most = Number(source.slice(index, close));
  if (close < 0 || !Number.isInteger(most)) return undefined;
  index = close + 1;
  let characters = 0;
  const isQuantifier = (at: number): boolean => '*+?{'.includes(source[at] ?? '');
  while (index < source.length) {
    for (const end of ['(?=[ \\t]*(?:\\r?\\n|$)))', '(?:\\r?\\n|$))']) {
      if (source.startsWith(end, index)) return most + characters;
    }
    const character = source[index];
    if (character === '[') {
      const end = classEnd(source, index);
      if (end < 0 || !isLineBoundClass(source.slice(index, end + 1)) || isQuantifier(end + 1)) return undefined;
      characters++;
      index = end + 1;
    } else if (source.startsWith('(?<!', index) || source.startsWith('(?<=', index)) {
      const end = groupEnd(source, index);
      if (end < 0) return undefined;
      index = end + 1;
    } else if (character !== undefined && /[\p{L}\p{N} ,:;'’"”“-]/u.test(character) && !isQuantifier(index + 1)) {
      characters++;
      index++;
    } else return undefined;
  }
  return undefined;
}

/** A character class that can never match a line break: `[^…\n…]`, `[^…\s…]`, or a positive class without escapes that could. */
function isLineBoundClass(text: string): boolean {
  const body = text.slice(1, -1);
  if (body.startsWith('^')) return body.includes('\\n') || body.includes('\\s');
  return !/\\[nrsSWDPuxcv0]|\\p\{(?:C|Cc|Z|Zl|Zp|Any)\}/.test(body);
}

/** The offset of the `)` that closes the group opening at `start`. */
function groupEnd(source: string, start: number): number {
  let depth = 0;
  for (let index = start; index < source.length; index++) {
    const character = source[index];
    if (character === '\\') index++;
    else if (character === '[') index = classEnd(source, index);
    else if (character === '(') depth++;
    else if (character === ')' && --depth === 0) return index;
  }
  return -1;
}

/** The offset of the `]` that closes the class opening at `start`. */
function classEnd(source: string, start: number): number {
  let close = start + 1;
  if (source[close] === '^') close++;
  while (close < source.length && source[close] !== ']') close += source[close] === '\\' ? 2 : 1;
  return close;
}

/** Whether a regex source has a `|` outside every group and class. */
function hasTopLevelAlternative(source: string): boolean {
  let depth = 0;
  for (let index = 0; index < source.length; index++) {
    const character = source[index];
    if (character === '\\') index++;
    else if (character === '[') index = classEnd(source, index);
    else if (character === '(') depth++;
    else if (character === ')') depth--;
    else if (character === '|' && depth === 0) return true;
  }
  return false;
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

export function containsPhrase(text: string, phrase: string, caseSensitive: boolean): boolean {
  // A blank phrase is an empty regex, which every text contains.
  if (phrase.trim() === '') return true;
  return matchAll(phraseRegExp(phrase, caseSensitive), text, 1).length > 0;
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

/**
 * Every group of words a match of a pattern needs, one word of each group:
 * `\b(?:under|between|among)\s+four\s+eyes\b` needs one of `under`, `between`, `among`, and
 * `four`, and `eyes`. "Under" alone is common in news copy; all three together are rare, so a
 * pattern is run only when every group has a word in the article.
 */
export function requiredLiteralGroups(source: string): string[][] | undefined {
  return analyseLiterals(source)?.groups;
}

/** A word a pattern needs, and whether every match has it at the start of a word of the text. */
export interface Literal {
  text: string;
  atWordStart: boolean;
}

/**
 * `requiredLiteralGroups` with where each word stands: after `\b`, white space or a letter
 * lookbehind, a word starts a word of the text ("\b(?:walk|run)\s+against" needs a word that
 * starts with `walk` or `run`, and one that starts with `against`), which a set of word
 * beginnings answers at once; anywhere else it is searched for.
 */
export function requiredWordGroups(source: string): Literal[][] | undefined {
  const analysis = analyseLiterals(source);
  return analysis?.groups.map((group) => group.map((text) => ({ text, atWordStart: analysis.atWordStart.get(text) === true })));
}

/** Whether a lookbehind says the character before is not a letter: "(?<![\p{L}\p{N}_])", "(?<=\bsaid\s+)". */
function endsWord(group: string): boolean {
  if (/^\(\?<!\[[^\]]*\\p\{L\}[^\]]*\]\)$/.test(group)) return true;
  // Every alternative must end so: "(?<=said\s+|by)" does not.
  return /^\(\?<=.*(?:\\s\+?|\\n| )\)$/.test(group) && !hasTopLevelAlternative(group.slice(4, -1));
}

/** What stands before the next atom: nothing known, `\b`, or something that ends a word (white space, a letter lookbehind). */
type Before = 'unknown' | 'boundary' | 'break';

function analyseLiterals(source: string): { strongest: string[]; groups: string[][]; atWordStart: Map<string, boolean> } | undefined {
  let index = 0;
  type Requirement = string[] | undefined;
  const atWordStart = new Map<string, boolean>();
  const strength = (requirement: Requirement): number => (requirement ? Math.min(...requirement.map((word) => word.length)) : 0);
  const isOptional = (at: number): boolean => {
    const next = source.charAt(at);
    return next === '?' || next === '*' || (next === '{' && source.charAt(at + 1) === '0');
  };
  let topGroups: string[][] = [];

  function alternation(top: boolean, before: Before): Requirement {
    const collected: string[][] = [];
    const alternatives: Requirement[] = [sequence(collected, before)];
    while (source.charAt(index) === '|') {
      index++;
      alternatives.push(sequence(undefined, before));
    }
    if (top && alternatives.length === 1) topGroups = collected;
    if (alternatives.some((alternative) => alternative === undefined)) return undefined;
    const union = [...new Set(alternatives.flatMap((alternative) => alternative ?? []))];
    if (top && alternatives.length > 1) topGroups = [union];
    return union;
  }

  function sequence(collected: string[][] | undefined, start: Before): Requirement {
    let best: Requirement;
    let run = '';
    let before: Before = start;
    let runStart = false;
    const consider = (requirement: Requirement) => {
      if (requirement && strength(requirement) >= 3) {
        collected?.push(requirement);
        if (strength(requirement) > strength(best)) best = requirement;
      }
    };
    const endRun = () => {
      if (run) {
        atWordStart.set(run, runStart && atWordStart.get(run) !== false);
        consider([run]);
      }
      run = '';
    };
    while (index < source.length) {
      const character = source.charAt(index);
      if (character === '|' || character === ')') break;
      if (character === '\\') {
        endRun();
        const next = source.charAt(index + 1);
        if ((next === 'p' || next === 'P') && source.charAt(index + 2) === '{') index = source.indexOf('}', index) + 1;
        else if (next === 'k' && source.charAt(index + 2) === '<') index = source.indexOf('>', index) + 1;
        else index += 2;
        if (index <= 0) return undefined;
        if (next === 'b') before = before === 'break' ? 'break' : 'boundary';
        else if ((next === 's' || next === 'n') && !isOptional(index)) before = 'break';
        else before = 'unknown';
        continue;
      }
      if (character === '[') {
        endRun();
        index++;
        while (index < source.length && !(source.charAt(index) === ']' && source.charAt(index - 1) !== '\\')) index++;
        index++;
        before = 'unknown';
        continue;
      }
      if (character === '(') {
        endRun();
        const groupStart = index;
        index++;
        let negative = false;
        let lookaround = false;
        if (source.startsWith('?<=', index) || source.startsWith('?:', index)) {
          lookaround = source.charAt(index + 1) === '<';
          index += lookaround ? 3 : 2;
        } else if (source.startsWith('?=', index)) {
          lookaround = true;
          index += 2;
        } else if (source.startsWith('?!', index) || source.startsWith('?<!', index)) {
          negative = true;
          lookaround = true;
          index += source.charAt(index + 1) === '!' ? 2 : 3;
        } else if (source.startsWith('?<', index)) index = source.indexOf('>', index) + 1;
        const inner = alternation(false, lookaround ? 'unknown' : before);
        index++; // the closing parenthesis
        if (!negative && !isOptional(index)) consider(inner);
        // A lookaround leaves the position where it was; two kinds of lookbehind also say a word ends there.
        if (endsWord(source.slice(groupStart, index))) before = 'break';
        else if (!lookaround) before = 'unknown';
        continue;
      }
      if (/\p{L}/u.test(character)) {
        if (isOptional(index + 1)) {
          endRun();
          before = 'unknown';
        } else {
          if (!run) runStart = before === 'break' || (before === 'boundary' && /[A-Za-z]/.test(character));
          run += character;
          before = 'unknown';
        }
        index++;
        continue;
      }
      endRun();
      // "\s+" and "\s{1,3}" still end a word; the quantifier belongs to what stands before it.
      if (character === '{') index = Math.max(index, source.indexOf('}', index));
      else if (character !== '+') before = (character === ' ' && !isOptional(index + 1)) || character === '^' ? 'break' : 'unknown';
      index++;
    }
    endRun();
    return best;
  }

  try {
    const strongest = alternation(true, 'unknown');
    return strongest ? { strongest, groups: topGroups, atWordStart } : undefined;
  } catch {
    return undefined;
  }
}

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
    // One filter for the article being linted, reused for the next: a fresh 32 KB array per article
    // is memory to clear and collect, and two threads linting side by side share the caches.
    if (filterOwner === this && sharedFilter) return sharedFilter;
    const bits = (sharedFilter ??= new Int32Array((bloomMask + 1) >>> 5));
    bits.fill(0);
    filterOwner = this;
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

/** The filter's bits, and the index they belong to: an index asked again after another took them rebuilds them. */
let sharedFilter: Int32Array | undefined;
let filterOwner: LiteralIndex | undefined;

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

/** The literal index of an article, built once however many tables ask. */
export const literalIndexOf = rememberLast((text: string) => new LiteralIndex(text));

