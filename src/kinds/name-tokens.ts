/**
 * Proper-name candidates found with one regular expression, no parse: runs of capitalised words
 * on one line ("Chinese Foreign Minister Wang Yi", "Nord Stream 2", "Ursula von der Leyen"),
 * split into every window of one to four words so that a name inside a title run is found.
 */
import { rememberLast } from './memo.js';

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
}

const capitalisedWord = String.raw`\p{Lu}[\p{L}\p{M}\p{N}]*(?:[-‐'’][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*['’]?`;
/** Lowercase particles inside names: "Ursula von der Leyen", "Luiz Inácio Lula da Silva". */
const particle = String.raw`(?:von|van|der|den|de|da|di|del|della|la|le|du|bin|al|el)`;
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
 * Runs of capitalised words (with particles and trailing numbers) in the text, in order. The
 * gazetteer and name-inconsistency both ask for the runs of the same article, so the last answer
 * is kept; callers only read it.
 */
export const findNameRuns = rememberLast((text: string): NameToken[][] => {
  const runs: NameToken[][] = [];
  // exec loops on the shared regexes: `matchAll` would copy the regex for every run and article.
  runPattern.lastIndex = 0;
  for (let match = runPattern.exec(text); match !== null; match = runPattern.exec(text)) {
    const offset = match.index;
    const runText = match[0];
    // The words of a run are joined by exactly one space or no-break space and contain neither, so
    // splitting at those spaces gives the words without another regex.
    const run: NameToken[] = [];
    let wordStart = 0;
    for (let index = 0; index <= runText.length; index++) {
      if (index < runText.length && runText[index] !== ' ' && runText[index] !== '\u00A0') continue;
      run.push(tokenOf(runText.slice(wordStart, index), offset + wordStart));
      wordStart = index + 1;
    }
    runs.push(run);
  }
  runPattern.lastIndex = 0;
  return runs;
});

export function windowOf(tokens: NameToken[], source: string): NameWindow {
  const first = tokens[0];
  const last = tokens.at(-1);
  const start = first?.start ?? 0;
  const end = last?.bareEnd ?? start;
  return { tokens, start, end, text: source.slice(start, end) };
}

/** Every window of `size` words in a run, left to right. */
export function windowsOf(run: NameToken[], size: number, source: string): NameWindow[] {
  const windows: NameWindow[] = [];
  for (let index = 0; index + size <= run.length; index++) {
    const tokens = run.slice(index, index + size);
    // A possessive ends a name: "Lavrov’s visit" is one name and one word.
    if (tokens.slice(0, -1).some((token) => token.bare !== token.text)) continue;
    windows.push(windowOf(tokens, source));
  }
  return windows;
}
