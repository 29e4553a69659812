/**
 * The shape of a line of an article, read without knowing its language: whether it holds a
 * sentence, how many of its characters are digits, symbols and capitals, its separators, the
 * dates, times, counters and ratings it is made of, words run together, its place in the article
 * and whether it repeats another line. Page furniture has shapes that prose never has:
 *
 *   19.5. 16:10 | Updated 19.5. 20:39        (a timestamp in a Finnish site's format)
 *   116 Articles                             (an author's article counter)
 *   Visitors: 1445 Rating: ★★★★★              (a hit counter and a star rating)
 *   [Ifyouwanttohaveallthelatestnewslive…     (a promo whose spaces were stripped)
 *
 * The vocabularies a line is read by (date labels and counter nouns in rules/knowledge/page-words.json,
 * month and weekday names in the CLDR table rules/knowledge/calendar-names.json) describe how pages
 * write dates and counts in many locales; they name no article, and the rule passes them in.
 */

/** The words of page furniture a line is read by, lower case. */
export interface LineWords {
  /** Month names of English and of the locales news is translated from. */
  months: ReadonlySet<string>;
  weekdays: ReadonlySet<string>;
  /**
   * The words of an English date line. Edited English news keeps its own date line under the
   * headline ("July 2, 2024", "16:03 JST, January 3, 2024 (updated at 19:20 JST)", "October 28,
   * 2024 — 12:15 pm EDT"); a date line in the source page's format ("19.5. 16:10", "Mis à jour le
   * 18 mai 2022 à 16h31", "9. huhtikuuta 2024 klo 13.51") is what translation carried over.
   */
  englishDateWords: ReadonlySet<string>;
  /**
   * Labels of a page's date line ("Updated", "Published on", "Mis à jour le", "Aktualisiert am",
   * "Päivitetty") and the small words between a date and a time ("at", "um", "à", "klo", "kl.").
   */
  dateLabels: ReadonlySet<string>;
  /**
   * Counters a page prints about itself: "116 Articles", "2,391 views", "12 Comments", in English
   * and in the languages such pages come from.
   */
  counterNouns: ReadonlySet<string>;
  /** Labels that a counter widget puts before its number: "Views: 2,391", "Hits:337", "Rating: 4.5". */
  counterLabels: ReadonlySet<string>;
}

/** Date and time forms that English copy does not print: "19.5.", "09.04.2024", "20.39", "16h31", "2024年4月9日". */
const sourceLocaleForm = /^\d{1,2}\.\d{1,2}\.(?:\d{2,4})?$|^\d{1,2}\.\d{2}$|^\d{1,2}h\d{2}$|[年月日時분년월일]|^\d{4}-\d{2}-\d{2}T|^\d{1,2}(?:er|º|°|\.)$/u;

/** Star glyphs of a rating widget. */
const starGlyphs = /^[★☆✩✪✫✬✭✮✯⭐\u2b50\u{1f31f}]+$/u;

/** A number: "116", "2,391", "1 445", "4.5", "12k", "1.2M". */
const numberToken = /^\d{1,3}(?:[,.\u00a0 ]\d{3})*(?:[.,]\d+)?[kKmM]?$|^\d+(?:[.,]\d+)?[kKmM]?$/u;

/** Date forms: ISO, day.month.year, day/month/year, month/day/year, "19.5.", CJK "2024年4月9日". */
const datePatterns: readonly RegExp[] = [
  /^\d{4}-\d{1,2}-\d{1,2}(?:T\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/u,
  /^\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})$/u,
  /^\d{4}[./]\d{1,2}[./]\d{1,2}$/u,
  /^\d{1,2}\.\d{1,2}\.$/u,
  /^\d{4}年\d{1,2}月\d{1,2}日$/u,
  /^\d{1,2}月\d{1,2}日$/u,
  /^\d{4}년$|^\d{1,2}월$|^\d{1,2}일$/u,
];

/** Time forms: "16:10", "20.39" (after "klo"), "16h31", "1:51pm", "13:51:20", "01:51:40". */
const timePatterns: readonly RegExp[] = [
  /^(?:[01]?\d|2[0-3])[:h](?:[0-5]\d)(?::[0-5]\d)?(?:[ap]\.?m\.?)?$/iu,
  /^(?:[01]?\d|2[0-3])[.](?:[0-5]\d)$/u,
  /^(?:1[0-2]|0?\d)(?:[:.][0-5]\d)?[ap]\.?m\.?$/iu,
  /^\d{1,2}時\d{1,2}分$/u,
];

export interface TimestampReading {
  /** Written in a source page's format or words, not in an English desk's. */
  foreign: boolean;
  dates: number;
  times: number;
  labels: number;
  /** A day or year number beside a month name ("9 April 2024"). */
  monthDates: number;
}

/** Tokens of a line, split at spaces and at the separators of page furniture. */
export function tokensOf(text: string): string[] {
  return text
    .split(/(?:[\s|·•;()[\]{}<>«»"“”]|,(?!\d))+|(?<=\S)\s*[–—]\s*(?=\S)|^[–—-]+|[–—-]+$/u)
    .map((token) => token.replace(/^[:\-–—/]+|[:\-–—/]+$/gu, ''))
    .filter((token) => token !== '');
}

function isDate(token: string): boolean {
  return datePatterns.some((pattern) => pattern.test(token));
}

function isTime(token: string): boolean {
  return timePatterns.some((pattern) => pattern.test(token));
}

/** The most tokens a date line holds: "Published 19.5. 16:10 | Updated 19.5. 20:39". */
const largestTimestamp = 16;

/** White space as a regex's `\s` reads it: ECMAScript's WhiteSpace and LineTerminator. */
function isWhiteSpaceCode(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * Whether `text.split(/\s+/u)` would give more than `count` pieces, counted without splitting and
 * given up as soon as it does: the line-shape checks refuse a line of many words before reading it.
 */
export function splitsIntoMoreThan(text: string, count: number): boolean {
  let pieces = 1;
  let inSpace = false;
  for (let index = 0; index < text.length; index++) {
    if (isWhiteSpaceCode(text.charCodeAt(index))) {
      if (!inSpace && ++pieces > count) return true;
      inSpace = true;
    } else inSpace = false;
  }
  return pieces > count;
}

/**
 * Whether the text has more than `count` words with an ASCII letter or digit, between runs of
 * white space as `\s` reads it. Each of them is a word of its own whatever else a reader splits at
 * (`tokensOf`'s separators, `\s+`), so the answer "more" holds for those readers too; it is a cheap
 * test before a line is split.
 */
export function hasMoreWordsThan(text: string, count: number): boolean {
  let words = 0;
  let inWord = false;
  let counted = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (isWhiteSpaceCode(code)) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      inWord = true;
      counted = false;
    }
    const alphanumeric = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
    if (alphanumeric && !counted) {
      counted = true;
      if (++words > count) return true;
    }
  }
  return false;
}

/**
 * Reads a line as a timestamp: undefined when any of its tokens is not a date, a time, a month, a
 * weekday, a label or a day or year number. "19.5. 16:10 | Updated 19.5. 20:39" reads as two
 * dates, two times and a label.
 */
export function readTimestamp(text: string, words: LineWords): TimestampReading | undefined {
  // Every reading holds a date or a time, and so a digit; and a line of prose has more words than
  // a date line has tokens: answered before the line is split.
  if (!/\d/u.test(text) || hasMoreWordsThan(text, largestTimestamp)) return undefined;
  const tokens = tokensOf(text);
  if (tokens.length === 0 || tokens.length > largestTimestamp) return undefined;
  const reading: TimestampReading = { foreign: false, dates: 0, times: 0, labels: 0, monthDates: 0 };
  let months = 0;
  let numbers = 0;
  for (const token of tokens) {
    const lower = token.toLowerCase().replace(/\.$/u, '');
    if (sourceLocaleForm.test(token) || (/\p{L}/u.test(lower) && !words.englishDateWords.has(lower))) reading.foreign = true;
    if (isDate(token)) reading.dates++;
    else if (isTime(token)) reading.times++;
    else if (words.months.has(lower)) months++;
    else if (words.weekdays.has(lower)) reading.labels++;
    else if (/^\d{1,2}(?:st|nd|rd|th|er|\.|º|°)?$/u.test(token) || /^(?:19|20)\d{2}$/u.test(token)) numbers++;
    else if (words.dateLabels.has(lower)) reading.labels++;
    else return undefined;
  }
  // "9 April 2024": a month with a number beside it is a date; a number with no month is not.
  if (months > 0) {
    if (numbers === 0) return undefined;
    reading.monthDates = months;
  } else if (numbers > 0 && reading.dates + reading.times === 0) {
    return undefined;
  }
  if (reading.dates + reading.times + reading.monthDates === 0) return undefined;
  return reading;
}

/**
 * Whether a line is made only of counters and ratings: "116 Articles", "Visitors: 1445 Rating:
 * ★★★★★", "2,391 views · 12 comments", "Hits:337". Returns how many counters it holds.
 */
export function countCounters(text: string, words: LineWords): { counters: number; leftover: string[] } {
  const tokens = tokensOf(text.replace(/(\p{L}):(?=\S)/gu, '$1: '));
  let counters = 0;
  const leftover: string[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] ?? '';
    const lower = token.toLowerCase().replace(/:$/u, '');
    const next = tokens[index + 1] ?? '';
    const nextLower = next.toLowerCase().replace(/:$/u, '');
    if (starGlyphs.test(token)) {
      counters++;
      continue;
    }
    if (numberToken.test(token) && words.counterNouns.has(nextLower)) {
      counters++;
      index++;
      continue;
    }
    if (words.counterLabels.has(lower) && (numberToken.test(next) || starGlyphs.test(next) || /^\d+(?:[.,]\d)?\/(?:5|10)$/u.test(next))) {
      counters++;
      index++;
      continue;
    }
    if (/^\d+(?:[.,]\d)?\/(?:5|10)$/u.test(token)) {
      counters++;
      continue;
    }
    leftover.push(token);
  }
  return { counters, leftover };
}

/** Letters only, in any script. */
const letterRun = /[\p{L}\p{M}]+/gu;

/**
 * Words whose spaces were stripped: "Ifyouwanttohaveallthelatestnewslive…", "WennSiealleaktuellen
 * NachrichtenliveaufIhrHandy…", a word glued to itself ("InternationalInternational"), or a
 * label repeated without spaces ("13photos13photos13photos"). Links, handles and hashtags are not
 * words and are skipped.
 */
export function runTogetherWords(text: string): Array<{ index: number; word: string; repeated: boolean }> {
  const found: Array<{ index: number; word: string; repeated: boolean }> = [];
  // Both kinds need eight characters at least (a word of four repeated, a joined run of twenty);
  // counted in code units, which only lets through more tokens than code points would.
  for (const match of text.matchAll(/[^\s[\](){}]{8,}/g)) {
    const token = match[0];
    // Most long tokens are ordinary words ("government"): shorter than a joined run, and their
    // first four characters never come again, as they must in a repeated word.
    const first = token.search(/[\p{L}\p{N}]/u);
    if (first < 0 || (token.length < 20 && token.indexOf(token.slice(first, first + 4), first + 4) < 0)) continue;
    if (/[@#/\\]|\.\p{L}|^www|https?:/u.test(token)) continue;
    const core = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (core === '') continue;
    const offset = match.index + token.indexOf(core);
    const kind = runTogetherKind(core);
    if (kind) found.push({ index: offset, word: core, repeated: kind === 'repeated' });
  }
  return found;
}

/**
 * Scripts that separate words with spaces. Thai, Lao, Khmer, Burmese, Chinese and Japanese write
 * a sentence without them ("การติดเชื้อในประเทศ…" is ordinary Thai), so their runs say nothing.
 */
const spacedScriptWord = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Georgian}\p{M}\p{N}'’]+$/u;

function runTogetherKind(word: string): 'repeated' | 'joined' | undefined {
  if (!spacedScriptWord.test(word)) return undefined;
  const letters = word.match(letterRun)?.join('') ?? '';
  // A word repeated without a space: "InternationalInternational", "13photos13photos".
  const repeated = /^(.{4,}?)\1+$/u.exec(word);
  if (repeated && /\p{L}{3}/u.test(repeated[1] ?? '')) return 'repeated';
  return isJoined(word, letters) ? 'joined' : undefined;
}

function isJoined(word: string, letters: string): boolean {
  if (!/^[\p{L}\p{M}'’]+$/u.test(word)) return false;
  // Words with internal capitals where a space was: "WennSiealleaktuellenNachrichten".
  const joins = word.match(/\p{Ll}\p{Lu}/gu)?.length ?? 0;
  if (letters.length >= 20 && joins >= 3) return true;
  // No word of English prose is thirty letters long; German compounds stop well short of it.
  return letters.length >= 30 && !/^\p{Lu}+$/u.test(word);
}

export interface LineShape {
  words: number;
  /** Ends with sentence punctuation and has lower-case words: it reads as prose. */
  sentence: boolean;
  digitShare: number;
  capitalShare: number;
  titleCaseShare: number;
  separators: number;
}

/** Features of a line's text, for the classifier and for its messages. */
export function shapeOf(text: string): LineShape {
  const trimmed = text.trim();
  const words = trimmed === '' ? [] : trimmed.split(/\s+/u);
  const letters = trimmed.match(/\p{L}/gu)?.length ?? 0;
  const digits = trimmed.match(/\p{N}/gu)?.length ?? 0;
  const capitals = trimmed.match(/\p{Lu}/gu)?.length ?? 0;
  const titleCase = words.filter((word) => /^\p{Lu}\p{Ll}/u.test(word)).length;
  const lowerWords = words.filter((word) => /^\p{Ll}{2,}/u.test(word)).length;
  return {
    words: words.length,
    sentence: /[.!?…]["”’)]*$/u.test(trimmed) && lowerWords >= 2,
    digitShare: trimmed.length === 0 ? 0 : digits / trimmed.length,
    capitalShare: letters === 0 ? 0 : capitals / letters,
    titleCaseShare: words.length === 0 ? 0 : titleCase / words.length,
    separators: trimmed.match(/[|»>·•]/gu)?.length ?? 0,
  };
}
