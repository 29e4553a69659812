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
import type { Confidence } from '../engine/types.js';

type Language = 'Danish or Norwegian' | 'Dutch' | 'Finnish' | 'French' | 'German' | 'Italian' | 'Spanish' | 'Swedish';

/**
 * Function words of each language that English never uses as words of its own. Words that are
 * also English ("die", "war", "am", "hat", "son", "come", "door", "men", "under", "for", "at",
 * "on", "he", "me") are left out: they would make English look foreign.
 */
const stopwords: Readonly<Record<Language, readonly string[]>> = {
  German: [
    'aber', 'auch', 'auf', 'aus', 'beim', 'bei', 'dass', 'das', 'dem', 'den', 'der', 'des', 'diese', 'dieser', 'dieses', 'durch',
    'ein', 'eine', 'einem', 'einen', 'einer', 'eines', 'für', 'gegen', 'haben', 'hatte', 'ihre', 'im', 'ist', 'kann', 'mit',
    'muss', 'nach', 'nicht', 'noch', 'nur', 'oder', 'ohne', 'schon', 'sehr', 'seine', 'seit', 'sich', 'sind', 'soll', 'über',
    'und', 'unter', 'vom', 'von', 'vor', 'wenn', 'werden', 'wie', 'wird', 'wir', 'wurde', 'wurden', 'zu', 'zum', 'zur',
  ],
  French: [
    'au', 'aussi', 'aux', 'avec', 'ce', 'ces', 'cette', 'comme', 'dans', 'de', 'des', 'du', 'elle', 'elles', 'est', 'et', 'été',
    'être', 'il', 'ils', 'la', 'le', 'les', 'leur', 'leurs', 'mais', 'ne', 'nous', 'où', 'pas', 'qu', 'que', 'qui',
    'sa', 'ses', 'sont', 'sur', 'très', 'une', 'vous',
  ],
  Spanish: [
    'al', 'como', 'de', 'del', 'desde', 'donde', 'el', 'en', 'entre', 'es', 'esta', 'está', 'están', 'este', 'estos', 'fue', 'hasta',
    'la', 'las', 'lo', 'los', 'más', 'muy', 'para', 'pero', 'por', 'porque', 'que', 'se', 'ser', 'sobre', 'su', 'sus', 'también', 'una',
    'unas', 'unos', 'y',
  ],
  Italian: [
    'agli', 'ai', 'al', 'alla', 'anche', 'che', 'con', 'da', 'dal', 'dalla', 'degli', 'dei', 'del', 'della', 'delle', 'di',
    'è', 'essere', 'fra', 'gli', 'hanno', 'il', 'la', 'le', 'lo', 'nei', 'nel', 'nella', 'non', 'più', 'questa', 'questo', 'quella',
    'quello', 'sono', 'stato', 'sul', 'sulla', 'tra', 'una', 'uno',
  ],
  Dutch: [
    'aan', 'als', 'bij', 'dat', 'de', 'deze', 'dit', 'een', 'en', 'geen', 'heeft', 'het', 'hij', 'naar', 'niet', 'nog', 'ook', 'op',
    'te', 'uit', 'voor', 'werd', 'wordt', 'worden', 'zal', 'ze', 'zijn',
  ],
  Swedish: [
    'att', 'av', 'blir', 'de', 'den', 'denna', 'det', 'detta', 'efter', 'eller', 'en', 'ett', 'från', 'för', 'har', 'hade',
    'hon', 'inte', 'kan', 'med', 'mot', 'när', 'och', 'också', 'om', 'på', 'ska', 'som', 'så', 'vara', 'varit',
    'vid', 'vi', 'är',
  ],
  'Danish or Norwegian': [
    'af', 'av', 'blir', 'de', 'den', 'denne', 'det', 'dette', 'efter', 'eller', 'en', 'er', 'et', 'etter', 'fra', 'har',
    'hadde', 'hun', 'hvor', 'ikke', 'jeg', 'kan', 'med', 'mot', 'når', 'og', 'også', 'om', 'på', 'seg', 'skal', 'som', 'så',
    'til', 'var', 'ved', 'vi', 'være', 'vært',
  ],
  Finnish: [
    'ei', 'että', 'hän', 'ja', 'jo', 'joka', 'jotka', 'kanssa', 'kuin', 'kun', 'mikä', 'mukaan', 'mutta', 'myös', 'nyt',
    'oli', 'ole', 'olla', 'ollut', 'ovat', 'sekä', 'sitten', 'tai', 'tämä', 'vain', 'vielä',
  ],
};

/**
 * English function words: one of them between two foreign words ends a run, because a foreign
 * sentence has none. Short words that are also function words of a profile language ("in" and
 * "am" in German, "on" in Finnish, "a" in Spanish and French, "i" in Norwegian) count for neither
 * side.
 */
const neutralWords = new Set(['a', 'also', 'am', 'an', 'die', 'hat', 'he', 'i', 'in', 'man', 'me', 'on', 'so', 'um', 'war', 'was', 'will']);

const englishWords = new Set([
  'about', 'according', 'after', 'against', 'all', 'amid', 'among', 'and', 'another', 'any', 'are', 'around', 'as', 'at',
  'be', 'because', 'been', 'before', 'being', 'between', 'both', 'but', 'by', 'can', 'could', 'despite', 'did', 'do',
  'does', 'down', 'during', 'each', 'either', 'even', 'every', 'few', 'first', 'for', 'from', 'had', 'has', 'have',
  'having', 'her', 'here', 'his', 'how', 'however', 'if', 'including', 'into', 'is', 'it', 'its', 'just', 'last', 'least',
  'less', 'many', 'may', 'might', 'more', 'most', 'much', 'must', 'my', 'neither', 'new', 'no', 'nor', 'not', 'now', 'of',
  'off', 'one', 'only', 'or', 'other', 'our', 'out', 'over', 'own', 'per', 'said', 'same', 'says', 'shall', 'she', 'should',
  'since', 'some', 'still', 'such', 'than', 'that', 'the', 'their', 'them', 'then', 'there', 'these', 'they', 'this',
  'those', 'through', 'till', 'to', 'told', 'toward', 'towards', 'two', 'under', 'until', 'up', 'upon', 'us', 'very', 'via',
  'we', 'well', 'were', 'what', 'when', 'where', 'whether', 'which', 'while', 'who', 'whom', 'whose', 'why', 'with',
  'within', 'without', 'would', 'yet', 'you', 'your',
]);

/**
 * Articles and particles that English borrows in names and loan phrases ("en masse", "et al.",
 * "El Niño", "à la carte", "de facto", "von der Leyen"): they count only beside a function word
 * that English never borrows.
 */
const borrowedWords = new Set(['al', 'da', 'de', 'del', 'der', 'des', 'du', 'e', 'el', 'en', 'et', 'la', 'le', 'les', 'lo', 'non', 'se', 'von', 'y']);

/** Words that belong to more than one side tell nothing about the language. */
const sharedWords = new Set([...neutralWords, ...Object.values(stopwords).flat().filter((word) => englishWords.has(word))]);

const languagesOf = new Map<string, Language[]>();
for (const [language, words] of Object.entries(stopwords) as Array<[Language, readonly string[]]>) {
  for (const word of words) {
    if (sharedWords.has(word)) continue;
    const list = languagesOf.get(word) ?? [];
    list.push(language);
    languagesOf.set(word, list);
  }
}

/**
 * Single function words that English copy never contains and no common name is made of, with the
 * English word they stand for: "Like the article på Facebook".
 */
const strayWords = new Map<string, { language: string; english: string }>(Object.entries({
  'auch': { language: 'German', english: 'also' },
  'avec': { language: 'French', english: 'with' },
  'dans': { language: 'French', english: 'in' },
  'för': { language: 'Swedish', english: 'for' },
  'für': { language: 'German', english: 'for' },
  'ikke': { language: 'Danish or Norwegian', english: 'not' },
  'inte': { language: 'Swedish', english: 'not' },
  'nicht': { language: 'German', english: 'not' },
  'och': { language: 'Swedish', english: 'and' },
  'också': { language: 'Swedish', english: 'also' },
  'også': { language: 'Danish or Norwegian', english: 'also' },
  'oder': { language: 'German', english: 'or' },
  'på': { language: 'Swedish or Norwegian', english: 'on' },
  'también': { language: 'Spanish', english: 'also' },
  'und': { language: 'German', english: 'and' },
  'über': { language: 'German', english: 'about' },
}));

/**
 * Cheap pre-check: a line without a single profile word has nothing to report, and most articles
 * have none at all. The phrase matcher's word boundaries also take a digit or `_` as part of the
 * word, which only leaves out words that would count as technical ("de_DE", "es6") anyway.
 */
const profileWords = new Matcher().compilePhraseTable([...languagesOf.keys()], false);
/** The same words as keys of the article's word index: one lookup each says whether to scan at all. */
const profileWordKeys = [...languagesOf.keys()].map(wordKeyOf);

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
    const text = article.text;
    if (!profileWords) return;
    const wordIndex = article.literalIndex;
    if (!profileWordKeys.some((key) => wordIndex.hasWord(key))) return;
    const linesWithProfileWords = new Set(profileWords.scan(article).map((match) => article.lineAt(match.start).number));
    const posts = embeddedPostLines(article.lines);
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
        // "Like the article på Facebook": English on both sides, no other foreign word beside it.
        if (!before || !after) return;
        if (languagesOf.has(before.lower) || languagesOf.has(after.lower)) return;
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
  },
});
