/**
 * `untranslated`: foreign-language text left in an English article. Two shapes occur:
 *
 * - a run of words in the source language, most often caption metadata that a CMS leaked into an
 *   English page ("Der niedersächsische Landtag ist zur Wahl des neuen Ministerpräsidenten
 *   zusammengekommen." under a DW photo) or a paragraph the engine skipped;
 * - one function word that machine translation passed through, glued into English ("Like the
 *   article på Facebook", Swedish `på` for "on").
 *
 * Runs are found with stopword profiles: function words are what gives a language away, and they
 * are what proper names lack. A foreign party, newspaper or landmark ("Rassemblement National",
 * "Xunta de Galicia", "Partido de los Trabajadores", "La République En Marche") is a run of
 * capitalised words with at most an article or a preposition, so a run is reported only when it
 * has several foreign function words and lower-case words besides them, as sentences do. Quoted
 * text ("Les invisibles de l’Elysée" as a book title) is a deliberate citation and stays silent,
 * and so does anything outside the Latin script (一带一路 quoted by China.org.cn).
 */
import type { Line } from '../engine/article.js';
import { defineRule, docsUrlOf } from '../engine/define-rule.js';
import { quote } from '../engine/messages.js';
import { wordKeyOf } from '../match/literal-index.js';
import { Matcher } from '../match/matcher.js';
import type { Article } from '../engine/article.js';
import type { Confidence, Finding } from '../engine/types.js';
import { identifyLanguage, languageName } from '../text/language.js';
import { shapeOf } from '../text/line-shape.js';
import { readFunctionWords, type StrayWord } from '../termbase/function-words.js';
import { wordsOfEnglish } from '../termbase/word-lists.js';
import { bracketedRanges, codePageDebris, commonEnglish, englishVocabularyOf, isLatinArticle, languageNamed, otherScriptRun, scriptOf, sentencesOf } from '../text/foreign-text.js';
import { lazy } from '../text/memo.js';

/** A language as messages name it ("German", "Danish or Norwegian"). */
type Language = string;

interface Tables {
  /** The languages each foreign function word belongs to (words English shares are left out). */
  languagesOf: Map<string, Language[]>;
  /** Words that belong to more than one side tell nothing about the language. */
  sharedWords: Set<string>;
  /**
   * English function words (rules/knowledge/english-words.json): one of them between two foreign
   * words ends a run, because a foreign sentence has none.
   */
  englishWords: ReadonlySet<string>;
  /**
   * Articles and particles that English borrows in names and loan phrases ("en masse", "et al.",
   * "El Niño", "à la carte", "de facto", "von der Leyen"): they count only beside a function word
   * that English never borrows.
   */
  borrowedWords: ReadonlySet<string>;
  strayWords: Map<string, StrayWord>;
  /**
   * Cheap pre-check: a line without a single profile word has nothing to report, and most
   * articles have none at all. The phrase matcher's word boundaries also take a digit or `_` as
   * part of the word, which only leaves out words that would count as technical ("de_DE", "es6").
   */
  profileWords: ReturnType<Matcher['compilePhraseTable']>;
  /** The same words as keys of the article's word index: one lookup each says whether to scan at all. */
  profileWordKeys: number[];
}

/**
 * The function-word tables of rules/knowledge/function-words.json with the English words of
 * english-words.json, built on first use. Short words that are English and also function words of
 * a profile language ("in" and "am" in German, "on" in Finnish, "a" in Spanish and French, "i" in
 * Norwegian) count for neither side.
 */
const tablesOf = lazy((): Tables => {
  const { profiles, stray } = readFunctionWords();
  const { 'english-function-words': englishWords, 'borrowed-words': borrowedWords, 'neutral-words': neutralWords } = wordsOfEnglish();
  const sharedWords = new Set([...neutralWords, ...Object.values(profiles).flatMap((profile) => profile.words).filter((word) => englishWords.has(word))]);
  const languagesOf = new Map<string, Language[]>();
  for (const [language, profile] of Object.entries(profiles)) {
    for (const word of profile.words) {
      if (sharedWords.has(word)) continue;
      const list = languagesOf.get(word) ?? [];
      list.push(language);
      languagesOf.set(word, list);
    }
  }
  const strayWords = new Map(Object.entries(stray));
  const scannedWords = [...new Set([...languagesOf.keys(), ...strayWords.keys()])].sort();
  return { languagesOf, sharedWords, englishWords, borrowedWords, strayWords, profileWords: new Matcher().compilePhraseTable(scannedWords, false), profileWordKeys: scannedWords.map(wordKeyOf) };
});

/** Words: letters with inner hyphens; an apostrophe splits "l’Elysée" into `l` and `Elysée`. */
const wordPattern = /[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*/gu;
const latinWord = /^[\p{Script=Latin}\p{M}-]+$/u;
const sentenceEnd = /[.!?…]["”»’)]*\s+$/u;

/** Caption metadata that a deletion can safely take: agency, credit and photo markers. */
const captionMarker = /\b(?:dpa|AFP|AP|Reuters|ANP|NTB|TT|Lehtikuva|ANSA|EFE|Foto|Photo|Bild|Bildfunk|picture alliance)\b|©|\(c\)/u;

interface Word {
  start: number;
  end: number;
  text: string;
  /** Lower case; empty for an acronym. */
  lower: string;
  /** Part of code, a URL or a version (`ES6`, `docs/es`): not prose. */
  technical: boolean;
}

interface Run {
  words: Word[];
}

/** Ranges of a line inside quotation marks: “…”, «…», „…“ and straight "…" pairs. */
function quotedRanges(line: Line): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const pairs: Array<[string, string]> = [['“', '”'], ['«', '»'], ['„', '“'], ['"', '"']];
  for (const [open, close] of pairs) {
    let from = 0;
    for (;;) {
      const start = line.text.indexOf(open, from);
      if (start < 0) break;
      const end = line.text.indexOf(close, start + 1);
      if (end < 0) break;
      ranges.push([line.start + start, line.start + end + 1]);
      from = end + 1;
    }
  }
  return ranges;
}

/**
 * An embedded social-media post keeps the language it was posted in, and the paper gives its own
 * English beside it: "Ik kijk ernaar uit … pic.twitter.com/AbC123" then "— Anna Berg (@annaberg)
 * July 2, 2024". Its text is a quotation marked as such, by the post's link or its signature.
 */
const postLink = /\bpic\.twitter\.com\/|\bhttps?:\/\/t\.co\/|\binstagram\.com\/p\//u;
const postSignature = /(?:^|\s)[—–-]{1,2}[ \t]*[^\r\n()]{1,60}\(@[A-Za-z0-9_]{1,30}\)[ \t]*\p{L}{3,9}\.?[ \t]+\d{1,2},[ \t]*\d{4}/u;

/** Numbers of the lines that belong to an embedded post: the signed or linked line and the one before a signature. */
function embeddedPostLines(lines: readonly Line[]): Set<number> {
  const numbers = new Set<number>();
  lines.forEach((line, index) => {
    if (!postLink.test(line.text) && !postSignature.test(line.text)) return;
    numbers.add(line.number);
    // The post's text may stand on the line above its link and signature, as a page renders an
    // embed: "Lapissa on tänään hellettä!" then "… pic.twitter.com/… — Name (@handle) Date".
    for (const above of lines.slice(0, index).filter((candidate) => candidate.text.trim() !== '').slice(-2).reverse()) {
      if (commonEnglish.test(above.text) && shapeOf(above.text).sentence) break;
      numbers.add(above.number);
    }
    // A signature on a line of its own signs the post above it, which a page may split in two
    // (the text, then its link or a caption of the embed).
    if (/^[ \t]*[—–-]/u.test(line.text)) {
      const previous = lines.slice(0, index).filter((candidate) => candidate.text.trim() !== '').slice(-2);
      for (const candidate of previous) numbers.add(candidate.number);
    }
  });
  return numbers;
}

/** Characters of code, links and markup; prose in any language has none of them. */
const technicalCharacter = /[\p{N}_/@#=\\`<>{}[\]|~^*+]/u;
/** Between two words of one sentence: no quotation mark (a quotation is a run of its own) and no markup. */
const runBreak = /["“”«»„_/@#=\\`<>{}[\]|~^*+]/u;

function isTechnical(text: string, start: number, end: number): boolean {
  const before = text.charAt(start - 1);
  const after = text.charAt(end);
  if (technicalCharacter.test(before) || technicalCharacter.test(after)) return true;
  if (before === '.' && /\S/u.test(text.charAt(start - 2))) return true;
  return after === '.' && /[\p{L}\p{N}]/u.test(text.charAt(end + 1));
}

function wordsOf(line: Line, text: string): Word[] {
  const words: Word[] = [];
  for (const match of line.text.matchAll(wordPattern)) {
    const start = line.start + match.index;
    const end = start + match[0].length;
    // An acronym such as `ES` or `DER` is not the Spanish `es` or the German `der`: it stays in
    // the run ("Stephan Weil (SPD) spricht") but counts for no language.
    const acronym = match[0].length > 1 && match[0] === match[0].toUpperCase();
    const lower = acronym ? '' : match[0].toLowerCase();
    words.push({ start, end, text: match[0], lower, technical: isTechnical(text, start, end) });
  }
  return words;
}

/**
 * Splits a line's words into runs that hold no English function word and cross no sentence end,
 * so "(19.02.2013). XXX Niedersachsens designierter …" starts a run at `XXX`.
 */
function runsOf(words: readonly Word[], text: string): Run[] {
  const { sharedWords, englishWords } = tablesOf();
  const runs: Run[] = [];
  let current: Word[] = [];
  let previous: Word | undefined;
  const close = () => {
    if (current.length > 0) runs.push({ words: current });
    current = [];
  };
  for (const word of words) {
    const gap = previous ? text.slice(previous.end, word.start) : '';
    if (sentenceEnd.test(gap) || runBreak.test(gap)) close();
    previous = word;
    if (word.technical || !latinWord.test(word.text) || (englishWords.has(word.lower) && !sharedWords.has(word.lower))) {
      close();
      continue;
    }
    current.push(word);
  }
  close();
  return runs;
}

interface Verdict {
  language: Language;
  functionWords: number;
}

/** The language a run is written in, when it reads as a sentence rather than a name. */
function judgeRun(run: Run): Verdict | undefined {
  const { languagesOf, sharedWords, borrowedWords } = tablesOf();
  const words = run.words;
  if (words.length < 4) return undefined;
  const counts = new Map<Language, number>();
  const functionWordAt = new Set<number>();
  words.forEach((word, index) => {
    const languages = languagesOf.get(word.lower);
    if (!languages) return;
    functionWordAt.add(index);
    for (const language of languages) counts.set(language, (counts.get(language) ?? 0) + 1);
  });
  let best: Verdict | undefined;
  for (const [language, count] of counts) {
    if (!best || count > best.functionWords) best = { language, functionWords: count };
  }
  if (!best || best.functionWords < 2) return undefined;
  const unborrowed = words.filter((word) => languagesOf.has(word.lower) && !borrowedWords.has(word.lower)).length;
  if (unborrowed < 2 && !(unborrowed === 1 && best.functionWords >= 3)) return undefined;
  // A caption of German nouns and names has few function words per word; three settle it.
  if (best.functionWords < 3 && best.functionWords / words.length < 0.25) return undefined;
  // "Partido de los Trabajadores": every other word capitalised is a name, not a sentence.
  const lowerCaseContent = words.filter((word, index) => !functionWordAt.has(index) && !sharedWords.has(word.lower) && word.text === word.lower).length;
  if (lowerCaseContent < 2 && best.functionWords < 3) return undefined;
  if (lowerCaseContent === 0) return undefined;
  return best;
}

function shorten(text: string): string {
  const words = text.split(/\s+/);
  return words.length <= 6 ? text : `${words.slice(0, 5).join(' ')} …`;
}

/** Runs of the eight stopword profiles, and single stray function words. */
function reportProfileRuns(article: Article, posts: ReadonlySet<number>, report: (finding: Finding) => void): void {
  const { languagesOf, sharedWords, englishWords, strayWords, profileWords, profileWordKeys } = tablesOf();
  const text = article.text;
  if (!profileWords) return;
  const wordIndex = article.literalIndex;
  if (!profileWordKeys.some((key) => wordIndex.hasWord(key))) return;
  const linesWithProfileWords = new Set(profileWords.scan(article).map((match) => article.lineAt(match.start).number));
  for (const line of article.lines) {
    if (!linesWithProfileWords.has(line.number) || posts.has(line.number)) continue;
    const words = wordsOf(line, text);
    const quoted = quotedRanges(line);
    const isQuoted = (start: number, end: number) => quoted.some(([from, to]) => from <= start && end <= to);
    const reported: Array<[number, number]> = [];
    for (const run of runsOf(words, text)) {
      const verdict = judgeRun(run);
      const first = run.words[0];
      const last = run.words.at(-1);
      if (!verdict || !first || !last) continue;
      let end = last.end;
      // Take the sentence's own full stop, so that deleting the run leaves no stray period.
      if (/[.!?]/u.test(text.charAt(end))) end++;
      if (isQuoted(first.start, end)) continue;
      const actual = text.slice(first.start, end);
      const metadata = captionMarker.test(line.text);
      const confidence: Confidence = metadata ? 'likely' : 'possible';
      reported.push([first.start, end]);
      report({
        start: first.start,
        end,
        actual,
        expected: metadata ? [''] : [],
        confidence,
        label: `untranslated ${verdict.language} text`,
        check: `it reads as ${verdict.language}: translate it, or mark it as a quotation`,
        note: `${verdict.functionWords} of its ${run.words.length} words are ${verdict.language} function words${metadata ? '; the line carries caption metadata (agency or photo credit)' : ''}`,
      });
    }
    words.forEach((word, index) => {
      const stray = word.technical ? undefined : strayWords.get(word.text);
      if (!stray) return;
      if (reported.some(([from, to]) => from <= word.start && word.end <= to)) return;
      if (isQuoted(word.start, word.end)) return;
      const before = words[index - 1];
      const after = words[index + 1];
      // "Like the article på Facebook": English on both sides, no other foreign word beside it; or
      // English before it and the end of the sentence after it ("the decision of the Bundestag über.").
      const closesSentence = !after && /^[.!?]/u.test(text.slice(word.end, word.end + 1));
      if (!before || (!after && !closesSentence)) return;
      if (languagesOf.has(before.lower) || (after && languagesOf.has(after.lower))) return;
      const window = words.slice(Math.max(0, index - 3), index + 4);
      if (!window.some((other) => englishWords.has(other.lower) && !sharedWords.has(other.lower))) return;
      report({
        start: word.start,
        end: word.end,
        actual: word.text,
        expected: [stray.english],
        confidence: 'likely',
        label: `an untranslated ${stray.language} word`,
        note: `${quote(word.text)} is a ${stray.language} function word between English words`,
      });
    });
  }
}

/**
 * Sentences in any language franc knows, beyond the eight stopword profiles: "Hükümet yeni yasanın
 * yaz gelmeden yürürlüğe girmesini istiyor." left in an English report. A sentence is a candidate
 * only when it reads as prose (five words or more, lower-case words among them) and holds no English
 * function word; franc then names its language, and English must score well below it.
 */
const minimumSentenceWords = 5;
const englishScoreCeiling = 0.75;
const strictEnglishScoreCeiling = 0.5;

interface SentenceVerdict {
  language: string;
  english: number;
  words: number;
}

function judgeSentence(text: string, words: readonly Word[]): SentenceVerdict | undefined {
  const { sharedWords, englishWords } = tablesOf();
  if (words.length < minimumSentenceWords || words.some((word) => !latinWord.test(word.text) || word.technical)) return undefined;
  const english = words.filter((word) => englishWords.has(word.lower) && !sharedWords.has(word.lower)).length;
  if (english / words.length > 0.1) return undefined;
  const lowerCase = words.filter((word) => word.text === word.lower && word.text.length >= 3).length;
  if (lowerCase < 2 || lowerCase / words.length < 0.4) return undefined;
  const verdict = identifyLanguage(text);
  if (!verdict || verdict.code === 'eng' || verdict.english >= englishScoreCeiling) return undefined;
  // "China also indirectly supports Russia’s war effort." has no English function word, and franc
  // reads its trigrams as Italian; an English possessive or an adverb in -ly gives it away, and
  // then only a clear verdict counts.
  const cues = words.filter((word) => /\p{L}{3,}(?:ly|ed)$/u.test(word.lower)).length + (/\p{L}['’]s(?!\p{L})/u.test(text) ? 1 : 0);
  if (cues > 0 && verdict.english >= strictEnglishScoreCeiling) return undefined;
  return { language: languageName(verdict.code), english: verdict.english, words: words.length };
}

function reportOtherScripts(article: Article, posts: ReadonlySet<number>, report: (finding: Finding) => void): void {
  const text = article.text;
  if (!/[^\u0000-\u024f\u1e00-\u1eff\u2000-\u206f]/u.test(text) || !isLatinArticle(text)) return;
  for (const line of article.lines) {
    if (posts.has(line.number) || /^[\u0000-\u024f\u1e00-\u1eff\u2000-\u206f]*$/u.test(line.text)) continue;
    const covered = [...quotedRanges(line), ...bracketedRanges(line)];
    for (const match of line.text.matchAll(otherScriptRun)) {
      const run = match[0].trimEnd();
      const start = line.start + match.index;
      const end = start + run.length;
      if ((run.match(/\p{L}/gu)?.length ?? 0) < 2) continue;
      const before = text.charAt(start - 1);
      const after = text.charAt(end);
      if (/[\p{L}\p{M}]/u.test(before) || /[\p{L}\p{M}]/u.test(after) || codePageDebris.test(before) || codePageDebris.test(after)) continue;
      if (covered.some(([from, to]) => from <= start && end <= to)) continue;
      // "The initiative, 一带一路 in Chinese, …": the article names the language it cites.
      if (languageNamed.test(text.slice(Math.max(line.start, start - 30), Math.min(line.end, end + 30)))) continue;
      const script = scriptOf(run);
      report({
        start,
        end,
        actual: run,
        expected: [],
        confidence: 'possible',
        message: `Unexpected text in ${script} script ${quote(shorten(run))}`,
        note: `The article is written in Latin script; ${quote(shorten(run))} is left in ${script} script, neither quoted nor given in brackets beside a translation`,
      });
    }
  }
}

function reportForeignSentences(article: Article, posts: ReadonlySet<number>, reported: ReadonlyArray<[number, number]>, report: (finding: Finding) => void): void {
  const text = article.text;
  let vocabulary: Set<string> | undefined;
  for (const line of article.lines) {
    if (posts.has(line.number) || line.text.length < 20) continue;
    let covered: Array<[number, number]> | undefined;
    let lineWords: ReturnType<typeof wordsOf> | undefined;
    for (const piece of sentencesOf(line)) {
      const sentence = text.slice(piece.start, piece.end);
      if (commonEnglish.test(sentence) || reported.some(([from, to]) => from < piece.end && piece.start < to)) continue;
      covered ??= [...quotedRanges(line), ...bracketedRanges(line)];
      lineWords ??= wordsOf({ ...line, text: line.text }, text);
      const words = lineWords.filter((word) => word.start >= piece.start && word.end <= piece.end);
      const first = words[0];
      const last = words.at(-1);
      if (!first || !last) continue;
      // A quotation or a bracket marks the sentence as cited: "Due Vite" ("Two Lives").
      if (covered.some(([from, to]) => from <= first.start && last.end <= to)) continue;
      if (/^["“„«‘'(\[]/u.test(sentence)) continue;
      // A headline or a label without a full stop is too short a sample for franc.
      if (!/[.!?…]["”’»)]*$/u.test(sentence) && words.length < 8) continue;
      vocabulary ??= englishVocabularyOf(article.lines, article.text);
      const content = words.filter((word) => word.text.length >= 3).map((word) => word.text.toLowerCase());
      if (content.filter((word) => vocabulary?.has(word)).length / Math.max(content.length, 1) >= 0.3) continue;
      const verdict = judgeSentence(sentence, words);
      if (!verdict) continue;
      report({
        start: piece.start,
        end: piece.end,
        actual: sentence,
        expected: [],
        confidence: 'possible',
        message: `Unexpected ${verdict.language} text ${quote(shorten(sentence))}`,
        note: `None of its ${verdict.words} words is an English function word, and its letters read as ${verdict.language} (English scores ${verdict.english.toFixed(2)} of the best language)`,
      });
    }
  }
}

export const untranslated = defineRule<Record<string, never>>({
  meta: {
    id: 'untranslated',
    category: 'calque',
    description: 'Foreign-language text left in an English article (a German caption, Swedish `på`)',
    docsUrl: docsUrlOf('untranslated'),
    defaultSeverity: 'warn',
    fixable: 'suggest',
    label: 'untranslated text',
  },
  defaultOptions: {},
  check({ article, report }) {
    const posts = embeddedPostLines(article.lines);
    const reported: Array<[number, number]> = [];
    const record = (finding: Finding): void => {
      reported.push([finding.start, finding.end]);
      report(finding);
    };
    reportOtherScripts(article, posts, record);
    reportProfileRuns(article, posts, record);
    reportForeignSentences(article, posts, reported, record);
  },
});
