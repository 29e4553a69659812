/**
 * Proper-name candidates found with one regular expression, no parse: runs of capitalised words
 * on one line ("Chinese Foreign Minister Wang Yi", "Nord Stream 2", "Ursula von der Leyen"),
 * split into every window of one to four words so that a name inside a title run is found.
 */
import { categoryOf, isPlainText, letter, mark, number, upperCase } from './characters.js';

export interface NameToken {
  start: number;
  end: number;
  /** The word as written, possessive included ("Lavrov’s"). */
  text: string;
  /** The word without an English possessive ("Lavrov"). */
  bare: string;
  /** End offset of `bare`. */
  bareEnd: number;
}

export interface NameWindow {
  tokens: NameToken[];
  start: number;
  /** End of the last token without its possessive. */
  end: number;
  /** The words as written between start and end. */
  text: string;
  /** Each token's `bare` word: "Lavrov’s visit" → ["Lavrov"]. */
  words: string[];
}

const capitalisedWord = String.raw`\p{Lu}[\p{L}\p{M}\p{N}]*(?:[-‐'’][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*['’]?`;
/** Lowercase particles inside names: "Ursula von der Leyen", "Luiz Inácio Lula da Silva". */
const particleWords = ['von', 'van', 'der', 'den', 'de', 'da', 'di', 'del', 'della', 'la', 'le', 'du', 'bin', 'al', 'el'];
const particle = `(?:${particleWords.join('|')})`;
/**
 * One run: capitalised words joined by a single space (punctuation and line breaks end a name),
 * particles between them, a number at the end ("Nord Stream 2"). A possessive ends the run
 * ("Lavrov’s Foreign Ministry" is a name and then other words). Starting at a capital letter lets
 * the scan skip lowercase prose quickly; hashtags and handles ("#Lavrovs") are not prose.
 */
const runPattern = new RegExp(
  String.raw`\p{Lu}(?<![#@\p{L}\p{M}\p{N}_'’-]\p{Lu})${capitalisedWord.slice(String.raw`\p{Lu}`.length)}(?:(?<!['’]|['’]s)[ \u00A0](?:${particle}[ \u00A0])*${capitalisedWord}|(?<!['’])[ \u00A0]\p{N}+(?![\p{L}\p{N}]))*`,
  'gu',
);

const isApostrophe = (character: string | undefined): boolean => character === "'" || character === '’';

function tokenOf(text: string, start: number): NameToken {
  // "Lavrov’s" and "Reuters’" lose the possessive; checked by hand, as this runs for every capitalised word.
  let bare = text;
  if (bare.endsWith('s') && isApostrophe(bare[bare.length - 2])) bare = bare.slice(0, -2);
  if (isApostrophe(bare[bare.length - 1])) bare = bare.slice(0, -1);
  return { start, end: start + text.length, text, bare, bareEnd: start + bare.length };
}

/**
 * Runs of capitalised words (with particles and trailing numbers) in the text, in order. An
 * article keeps its runs as one of its facts (`article.nameRuns`), which the gazetteer,
 * name-inconsistency and the surname table all read.
 */
export function findNameRuns(text: string): NameToken[][] {
  const runs: NameToken[][] = [];
  // On text without surrogate pairs the runs are found by hand, as the pattern would find them:
  // the pattern costs a 4 KB article 80 µs, with a lookbehind at every capital letter.
  const spans = isPlainText(text) ? scanRuns(text) : patternRuns(text);
  for (let index = 0; index < spans.length; index += 2) {
    const offset = spans[index] ?? 0;
    const runText = text.slice(offset, spans[index + 1]);
    // The words of a run are joined by exactly one space or no-break space and contain neither, so
    // splitting at those spaces gives the words without another regex.
    const run: NameToken[] = [];
    let wordStart = 0;
    for (let at = 0; at <= runText.length; at++) {
      if (at < runText.length && runText[at] !== ' ' && runText[at] !== '\u00A0') continue;
      run.push(tokenOf(runText.slice(wordStart, at), offset + wordStart));
      wordStart = at + 1;
    }
    runs.push(run);
  }
  return runs;
}

/** Start and end of every run the pattern finds, in pairs. */
export function patternRuns(text: string): number[] {
  const spans: number[] = [];
  // An exec loop on the shared regex: `matchAll` would copy the regex for every article.
  runPattern.lastIndex = 0;
  for (let match = runPattern.exec(text); match !== null; match = runPattern.exec(text)) spans.push(match.index, match.index + match[0].length);
  runPattern.lastIndex = 0;
  return spans;
}

const isSpaceCode = (code: number): boolean => code === 32 || code === 0xa0;
const isApostropheCode = (code: number): boolean => code === 39 || code === 0x2019;
/** What may not stand before the first capital of a run: `[#@\p{L}\p{M}\p{N}_'’-]`. */
const isBlockerCode = (code: number): boolean =>
  code === 35 || code === 64 || code === 95 || code === 45 || isApostropheCode(code) || (categoryOf(code) & (letter | mark | number)) !== 0;
const particles = new Set(particleWords);
const particleInitials = new Set(particleWords.map((word) => word.charCodeAt(0)));
const longestParticle = Math.max(...particleWords.map((word) => word.length));

/** The end of the capitalised word (`capitalisedWord`) whose capital is at `start`. */
function wordEndOf(text: string, start: number): number {
  const length = text.length;
  const isWordPart = (at: number): boolean => at < length && (categoryOf(text.charCodeAt(at)) & (letter | mark | number)) !== 0;
  let at = start + 1;
  while (isWordPart(at)) at++;
  for (;;) {
    const joiner = text.charCodeAt(at);
    const isJoiner = joiner === 45 || joiner === 0x2010 || isApostropheCode(joiner);
    if (!isJoiner || at + 1 >= length || (categoryOf(text.charCodeAt(at + 1)) & (letter | number)) === 0) break;
    at += 2;
    while (isWordPart(at)) at++;
  }
  if (at < length && isApostropheCode(text.charCodeAt(at))) at++;
  return at;
}

/** The length of a particle and its space at `start` ("von ", "da "), or 0. */
function particleAt(text: string, start: number): number {
  // "said" and "the" start with no particle's letter, and are passed over at once.
  if (!particleInitials.has(text.charCodeAt(start))) return 0;
  let end = start;
  while (end < text.length && end - start <= longestParticle && text.charCodeAt(end) >= 97 && text.charCodeAt(end) <= 122) end++;
  return end > start && isSpaceCode(text.charCodeAt(end)) && particles.has(text.slice(start, end)) ? end - start + 1 : 0;
}

/**
 * The runs of `runPattern`, found by hand on text without surrogates. Every part of the pattern is
 * greedy and no later part can make an earlier one give back, so one pass decides each run.
 */
export function scanRuns(text: string): number[] {
  const spans: number[] = [];
  const length = text.length;
  let index = 0;
  while (index < length) {
    if ((categoryOf(text.charCodeAt(index)) & upperCase) === 0 || (index > 0 && isBlockerCode(text.charCodeAt(index - 1)))) {
      index++;
      continue;
    }
    let end = wordEndOf(text, index);
    while (end < length && isSpaceCode(text.charCodeAt(end))) {
      const before = text.charCodeAt(end - 1);
      const possessive = isApostropheCode(before) || (before === 115 && isApostropheCode(text.charCodeAt(end - 2)));
      let next = end + 1;
      // Another capitalised word, after particles: "Ursula von der Leyen".
      if (!possessive) {
        for (let particle = particleAt(text, next); particle > 0; particle = particleAt(text, next)) next += particle;
        if (next < length && (categoryOf(text.charCodeAt(next)) & upperCase) !== 0) {
          end = wordEndOf(text, next);
          continue;
        }
      }
      // A number at the end of a name: "Nord Stream 2".
      next = end + 1;
      if (isApostropheCode(before) || next >= length || (categoryOf(text.charCodeAt(next)) & number) === 0) break;
      while (next < length && (categoryOf(text.charCodeAt(next)) & number) !== 0) next++;
      if (next < length && (categoryOf(text.charCodeAt(next)) & (letter | number)) !== 0) break;
      end = next;
    }
    spans.push(index, end);
    index = end;
  }
  return spans;
}

export function windowOf(tokens: NameToken[], source: string): NameWindow {
  const first = tokens[0];
  const last = tokens.at(-1);
  const start = first?.start ?? 0;
  const end = last?.bareEnd ?? start;
  return { tokens, start, end, text: source.slice(start, end), words: tokens.map((token) => token.bare) };
}

/**
 * The windows of each run of the last article, by size: the gazetteer and name-inconsistency ask
 * for the same ones. A plain map dropped with the article: a weak map of this many short-lived
 * keys costs the garbage collector more than it saves.
 */
let windowsText: string | undefined;
let windowsByRun = new Map<NameToken[], Array<NameWindow[] | undefined>>();

/** Every window of `size` words in a run found in `source`, left to right. Callers only read the answer. */
export function windowsOf(run: NameToken[], size: number, source: string): NameWindow[] {
  if (windowsText !== source) {
    windowsText = source;
    windowsByRun = new Map();
  }
  let bySize = windowsByRun.get(run);
  if (!bySize) {
    bySize = [];
    windowsByRun.set(run, bySize);
  }
  let windows = bySize[size];
  if (windows) return windows;
  windows = [];
  for (let index = 0; index + size <= run.length; index++) {
    const tokens = run.slice(index, index + size);
    // A possessive ends a name: "Lavrov’s visit" is one name and one word.
    if (tokens.slice(0, -1).some((token) => token.bare !== token.text)) continue;
    windows.push(windowOf(tokens, source));
  }
  bySize[size] = windows;
  return windows;
}
