/**
 * The surname-meaning kind: surnames that are also words, which machine translation renders as the
 * word. "According to East Asia researcher Teppo Turkki … Turkey says" (Finnish turkki = Turkey),
 * "the 50-year-old Rhine" (Boris Rhein), "Orphan told" (Petteri Orpo), "Because in turn" (Stephan
 * Weil). Each row of the table is a surname with the English words it means.
 *
 * The word alone proves nothing: "Turkey says" is correct English about the country. A finding needs
 * two pieces of evidence from the article itself:
 * 1. the person is introduced by full name ("researcher Teppo Turkki", "Boris Rhein"), exactly, in
 *    ASCII spelling ("Mehmet Simsek"), or one letter off for longer surnames ("Teppo Turki");
 * 2. the word stands where that person should: the subject of a speech verb ("Turkey says"), an
 *    attribution ("according to Turkey", "In Turkey's opinion"), an age ("the 50-year-old Rhine"),
 *    after the person's given name or a title ("Boris Rhine", "researcher Turkey"), or the subject
 *    of a career verb ("the Rhine took over the post").
 * Speech, age, given name and title are strong positions; career verbs and "in turn" are weak. A
 * strong position with an exact introduction is certain, unless the article also uses the word as
 * the thing it names ("trade with Turkey", "along the Rhine"): then, as with weak positions or an
 * introduction one letter off, the fix is only suggested.
 */
import { distance } from 'fastest-levenshtein';
import type { Article } from '../engine/article.js';
import { defineRule } from '../engine/define-rule.js';
import { quote } from '../engine/messages.js';
import { ConfigError } from '../config/errors.js';
import type { Confidence, Finding, Rule } from '../engine/types.js';
import type { Matcher, Scanner } from '../match/matcher.js';
import { alternationOf } from '../match/matching.js';
import { compareCodeUnits, escapeRegExp } from '../text/characters.js';
import { wordStartScannerOf } from '../match/word-start-scan.js';
import { isEnglishWord } from '../text/english.js';
import { lazy, memoise } from '../text/memo.js';
import type { Termbase, TermbaseEntry } from '../termbase/types.js';
import { languageName, metaOf } from '../termbase/types.js';
import { wordsAroundNames } from '../termbase/word-lists.js';

interface SurnameRow {
  entry: TermbaseEntry;
  surname: string;
  /** The surname and its ASCII spellings ("Şimşek", "Simsek"; "Bär", "Baer", "Bar"). */
  spellings: string[];
  meanings: string[];
  cap: Confidence;
  /**
   * Any spelling of the surname as a word of its own; built on first use, since an article asks
   * only for the rows whose meanings it contains, and building every row's regex at start costs
   * a one-file lint tens of milliseconds.
   */
  exact: () => Scanner;
}

interface Introduction {
  start: number;
  end: number;
  /** The surname as the article spells it. */
  form: string;
  /** The given name or title before it. */
  lead: string;
  /** False when the article's spelling is one letter off the table's. */
  exact: boolean;
}

type Strength = 'strong' | 'weak';

interface Position {
  strength: Strength;
  /** How the word stands for a person, for the note. */
  reason: string;
  /** Whether only a person can stand there: a given name, a title, an age, "himself". */
  personOnly: boolean;
  /** A verb that must change with the name: "Orphan told that" becomes "Orpo said that". */
  verb?: { start: number; end: number; replacement: string };
}

const rank: Record<Confidence, number> = { possible: 0, likely: 1, certain: 2 };

function weakest(...levels: Confidence[]): Confidence {
  return levels.reduce((a, b) => (rank[a] <= rank[b] ? a : b));
}

const alternation = (words: Iterable<string>): string =>
  [...words].sort((a, b) => b.length - a.length).map((word) => word.split(' ').map(escapeRegExp).join('\\s+')).join('|');

/**
 * A verb of speech or opinion after the word, as MT renders "sanoo", "kertoi", "betonte" ("Turkey
 * says"), or a verb of a career, which a river or a conjunction cannot have ("the Rhine took over
 * the post"): the lists of rules/knowledge/name-words.json, built into patterns on first use.
 */
const verbsAfter = lazy(() => {
  const words = wordsAroundNames();
  /** Words that may stand between the name and its verb: "Rhein also takes over", "Weil, in turn, said". */
  const adverbs = `(?:\\s*,?\\s*(?:${alternationOf(words['meaning-adverbs'])})\\s*,?)*`;
  return {
    speech: new RegExp(`^${adverbs}\\s+(${alternation(words['meaning-speech-verbs'])})(?![\\p{L}\\p{N}_])`, 'u'),
    career: new RegExp(`^${adverbs}\\s+(?:${alternation(words['career-verbs'])})(?![\\p{L}\\p{N}_])`, 'u'),
  };
});

/** "Weil, for his part, …", "Turkki himself": a person, never a country or a river. */
const personAdverbAfter = /^\s*,?\s*(?:for (?:his|her) part|himself|herself)(?![\p{L}\p{N}_])/u;
/** "Because in turn, the SPD members …" (German "Weil wiederum"). */
const turnAfter = /^\s*,?\s*in turn\s*,/u;
/**
 * "In Turkey's opinion" and "according to Turkey", "…, says Turkey": the word holds an opinion or is
 * quoted as a source (the nouns and verbs are lists of rules/knowledge/name-words.json).
 */
const quotedPatterns = lazy(() => {
  const words = wordsAroundNames();
  return {
    opinionAfter: new RegExp(`^['’]s\\s+(?:${alternationOf(words['opinion-nouns'])})(?![\\p{L}\\p{N}_])`, 'u'),
    attributionBefore: new RegExp(`(?:^|[^\\p{L}])(?:${alternationOf(words['attribution-verbs'])})\\s+$`, 'u'),
  };
});
const ageBefore = /(?:^|[^\p{L}])[Tt]he\s+\d{1,3}-year-old\s+$/u;

/** A title before a surname: "researcher Teppo Turkki", "Domestic politician Rhein", "Prime Minister Orpo". */
const isTitle = (word: string): boolean => wordsAroundNames()['meaning-titles'].has(word.toLowerCase());

/** A particle of a full name: "Beatrix von Storch", "Ursula von der Leyen". */
const isParticle = (word: string): boolean => wordsAroundNames()['meaning-particles'].has(word);

/** A capitalised word that opens a sentence or a place, never a given name: "In Turkki…", "North Rhine". */
const isNotGivenName = (word: string): boolean => wordsAroundNames()['not-given-names'].has(word);

/**
 * Prepositions and verbs of travel that make the word a place or a thing: "trade with Turkey",
 * "along the Rhine", "visited Turkey" (a list of rules/knowledge/name-words.json); "to", but not in
 * "according to".
 */
const thingBefore = lazy(
  () => new RegExp(`(?:^|[^\\p{L}])(?:${alternationOf(wordsAroundNames()['place-prepositions'])}|(?<![Aa]ccording )to)\\s+(?:the\\s+)?$`, 'u'),
);

const folds: Array<[RegExp, string]> = [
  [/ß/g, 'ss'],
  [/Ä/g, 'Ae'], [/Ö/g, 'Oe'], [/Ü/g, 'Ue'],
  [/ä/g, 'ae'], [/ö/g, 'oe'], [/ü/g, 'ue'],
];

/** Memoised: the same capitalised words come up for every surname and article. */
const stripMarks = memoise((text: string): string =>
  text.normalize('NFD').replace(/\p{M}+/gu, '').replace(/ı/g, 'i').replace(/ø/g, 'o').replace(/Ø/g, 'O').replace(/æ/g, 'ae'),
);

/** "Şimşek" and "Simsek", "Bär", "Baer" and "Bar": the spellings agencies use without diacritics. */
function spellingsOf(surname: string): string[] {
  let transcribed = surname;
  for (const [pattern, replacement] of folds) transcribed = transcribed.replace(pattern, replacement);
  return [...new Set([surname, stripMarks(transcribed), stripMarks(surname)])];
}

const wordEdge = '(?<![\\p{L}\\p{N}_])';
const wordEnd = '(?![\\p{L}\\p{N}_])';

/** A meaning matches with either case of its first letter unless it is a proper noun ("Turkey", "Rhine"). */
function meaningSource(meaning: string): string {
  const first = meaning[0] ?? '';
  const rest = meaning.slice(1).split(/\s+/).map(escapeRegExp).join('\\s+');
  if (first !== first.toLowerCase()) return escapeRegExp(first) + rest;
  return `[${escapeRegExp(first)}${escapeRegExp(first.toUpperCase())}]` + rest;
}

function meaningKey(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  const first = flat[0] ?? '';
  // Proper nouns keep their case; common nouns fold the first letter ("Orphan" at a sentence start).
  return first === first.toLowerCase() || flat.length === 0 ? flat : first.toLowerCase() + flat.slice(1);
}

/** The table's own spelling of the meaning a word matched: "orphan" for "Orphan". */
function meaningOf(row: SurnameRow, word: string): string {
  return row.meanings.find((meaning) => meaningKey(meaning) === meaningKey(word)) ?? word;
}

function rowsOf(termbase: Termbase, matcher: Matcher): SurnameRow[] {
  return termbase.entries.map((entry, index) => {
    if (!entry.surname || !entry.meanings || entry.meanings.length === 0) {
      throw new ConfigError(`Entry \`${entry.id}\` has no surname or meanings`, {
        file: `${termbase.id}.json`,
        keyPath: `entries[${index}]`,
        expected: '`surname` and `meanings`',
        mend: 'Give the surname and the English words machine translation turns it into',
      });
    }
    const spellings = spellingsOf(entry.surname);
    return {
      entry,
      surname: entry.surname,
      spellings,
      meanings: entry.meanings,
      // "Tim Cook said" must never become "Koch said": a meaning that is also an English surname only suggests.
      cap: entry.alsoEnglish ? weakest(entry.confidence ?? 'certain', 'likely') : (entry.confidence ?? 'certain'),
      exact: lazy(() => matcher.compilePattern(`${wordEdge}(?:${spellings.map(escapeRegExp).join('|')})${wordEnd}(?!-\\p{L})`, 'gu')),
    };
  });
}

/** The word before an offset and where it starts: the given name or title of an introduction. */
function wordBefore(text: string, offset: number): { word: string; start: number } | undefined {
  const match = /([\p{L}][\p{L}.'’-]*)[ \t\u00A0]+$/u.exec(text.slice(Math.max(0, offset - 40), offset));
  if (!match?.[1]) return undefined;
  return { word: match[1], start: offset - match[0].length };
}

function isLead(word: string): boolean {
  if (isTitle(word) || isParticle(word)) return true;
  return /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(word) && !isNotGivenName(word);
}

/** Finds the full-name introduction of a surname: "Teppo Turkki", "researcher Turkki", "Boris Rhein". */
function findIntroduction(article: Article, row: SurnameRow, meanings: ReadonlySet<string>, surnames: ReadonlySet<string>): Introduction | undefined {
  const text = article.text;
  for (const match of row.exact().scan(article)) {
    const lead = wordBefore(text, match.start);
    if (lead && isLead(lead.word)) return { start: match.start, end: match.end, form: match.text, lead: lead.word, exact: true };
  }
  // One letter off ("Teppo Turki" for Turkki) only for longer surnames, and only after a given name:
  // "Prince Turki" is another name, and "Kohn" is not "Kohl".
  const plain = stripMarks(row.surname);
  if (plain.length < 6) return undefined;
  for (const { start, form } of capitalisedWordsOf(article)) {
    if (form.length < plain.length - 1 || form.length > plain.length + 1) continue;
    // "Anna Møller" is Møller, not Müller one letter off: a surname of the table is itself.
    if (meanings.has(meaningKey(form)) || surnames.has(form) || distance(stripMarks(form), plain) !== 1) continue;
    const lead = wordBefore(text, start);
    if (!lead || isTitle(lead.word) || !isLead(lead.word)) continue;
    return { start, end: start + form.length, form, lead: lead.word, exact: false };
  }
  return undefined;
}

/**
 * The capitalised words of an article that could follow a given name: the words of its name runs
 * (found once for the gazetteer and name-inconsistency too) that are a capital and lower-case
 * letters, possessive dropped. A word glued to `#`, `-` or an apostrophe is not in a run, and has
 * no given name before it either: an introduction needs white space before the surname. Kept with
 * the article, as every row whose meaning the article uses asks.
 */
function capitalisedWordsOf(article: Article): Array<{ start: number; form: string }> {
  return article.remember(capitalisedWordsOf, ({ text, nameRuns }) => {
    const words: Array<{ start: number; form: string }> = [];
    for (const run of nameRuns) {
      for (const token of run) {
        if (capitalisedWord.test(token.bare) && !/^-\p{L}/u.test(text.slice(token.bareEnd, token.bareEnd + 2))) words.push({ start: token.start, form: token.bare });
      }
    }
    return words;
  });
}

const capitalisedWord = /^\p{Lu}\p{Ll}+$/u;

/**
 * Where the word at [start, end) stands for a person, if it does. `isIntroducedLead` says whether a
 * word before it is the given name the person was introduced with; asked with `isLead` before any
 * introduction is looked for, a word in no person's place is passed over at once.
 */
function positionOf(text: string, start: number, wordStart: number, end: number, isIntroducedLead: (word: string) => boolean): Position | undefined {
  const after = text.slice(end, end + 80);
  const before = text.slice(Math.max(0, start - 60), start);
  const speech = verbsAfter().speech.exec(after);
  if (speech) {
    const position: Position = { strength: 'strong', reason: 'is said to speak', personOnly: false };
    // Finnish "Orpo kertoi, että" comes out as "Orphan told that": "told" needs an object.
    const verb = speech[1];
    if (verb === 'told' && /^\s+that(?![\p{L}])/u.test(after.slice(speech[0].length))) {
      const verbStart = end + speech[0].length - verb.length;
      position.verb = { start: verbStart, end: verbStart + verb.length, replacement: 'said' };
      position.personOnly = true;
    }
    return position;
  }
  if (personAdverbAfter.test(after)) return { strength: 'strong', reason: 'is spoken of as a person', personOnly: true };
  if (quotedPatterns().opinionAfter.test(after)) return { strength: 'strong', reason: 'is said to hold an opinion', personOnly: false };
  if (quotedPatterns().attributionBefore.test(before)) return { strength: 'strong', reason: 'is quoted as a source', personOnly: false };
  if (ageBefore.test(before)) return { strength: 'strong', reason: 'is given an age', personOnly: true };
  const lead = start === wordStart ? wordBefore(text, start) : undefined;
  if (lead) {
    if (isIntroducedLead(lead.word) && !isTitle(lead.word)) {
      return { strength: 'strong', reason: `follows the given name ${quote(lead.word)}`, personOnly: true };
    }
    if (isTitle(lead.word)) {
      return { strength: 'strong', reason: `follows the title ${quote(lead.word)}`, personOnly: true };
    }
  }
  if (verbsAfter().career.test(after)) return { strength: 'weak', reason: 'is given a career', personOnly: false };
  if (turnAfter.test(after)) return { strength: 'weak', reason: 'opens a turn of the report like a person', personOnly: false };
  return undefined;
}

/**
 * The scan for every meaning of a table, as one regex: "the" is taken along so that "the Rhine
 * took over" becomes "Rhein took over", and a hyphen after the word makes it part of a compound
 * ("North Rhine-Westphalia"). The alternation of a hundred meanings is slow, as V8 tries it at
 * every word (docs/benchmarks.md); on plain text the words that can start a meaning are found by their
 * hash instead, and the regex is tried there alone (and at a "the" just before), which finds the
 * same matches: the regex can start nowhere else.
 */
export function meaningScannerOf(meanings: readonly string[], matcher: Matcher): Scanner {
  const sorted = [...new Set(meanings.map(meaningSource))].sort((a, b) => b.length - a.length || compareCodeUnits(a, b));
  const source = `${wordEdge}(?:(?<the>[Tt]he)\\s+)?(?<word>${sorted.join('|')})${wordEnd}(?!-\\p{L})`;
  const exact = matcher.compilePattern(source, 'gu');
  const words = wordStartScannerOf(meanings, source, { caseSensitive: true, leadingWord: 'the', fallback: (facts, limit) => exact.scan(facts, limit) });
  return {
    get regex() {
      return exact.regex;
    },
    scan: (subject, limit) => words.scan(subject, limit),
  };
}

/** Whether the article names someone of its own with the word as surname: "Stephen Miller", not "Thomas Miller" for Müller. */
function introducesOwnPerson(text: string, word: string, lead: string): boolean {
  const pattern = new RegExp(`(\\p{Lu}\\p{Ll}+)[ \\u00A0]${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'gu');
  for (const match of text.matchAll(pattern)) {
    const given = match[1] ?? '';
    if (given !== lead && !isEnglishWord(given)) return true;
  }
  return false;
}

export function createSurnameMeaningRule(termbase: Termbase, matcher: Matcher): Rule<Record<string, never>> {
  const rows = rowsOf(termbase, matcher);
  const byMeaning = new Map<string, SurnameRow[]>();
  for (const row of rows) {
    for (const meaning of row.meanings) {
      const key = meaningKey(meaning);
      byMeaning.set(key, [...(byMeaning.get(key) ?? []), row]);
    }
  }
  const meaningKeys = new Set(byMeaning.keys());
  const surnameSpellings = new Set(rows.flatMap((row) => row.spellings));
  const meaningsIn = meaningScannerOf(rows.flatMap((row) => row.meanings), matcher);

  return defineRule({
    meta: metaOf(termbase, 'fix'),
    defaultOptions: {},
    check(context) {
      const { article } = context;
      const text = article.text;
      const matches = meaningsIn.scan(article);
      if (matches.length === 0) return;
      const introductions = new Map<SurnameRow, Introduction | undefined>();
      const introductionOf = (row: SurnameRow): Introduction | undefined => {
        if (!introductions.has(row)) introductions.set(row, findIntroduction(article, row, meaningKeys, surnameSpellings));
        return introductions.get(row);
      };
      // Whether the article also uses the word for what it names: "trade with Turkey".
      const thingUse = new Map<string, boolean>();
      const usedAsThing = (key: string): boolean => {
        let used = thingUse.get(key);
        if (used === undefined) {
          used = matches.some((match) => {
            const word = match.groups?.word ?? '';
            if (meaningKey(word) !== key) return false;
            const start = match.end - word.length;
            return thingBefore().test(text.slice(Math.max(0, start - 40), start));
          });
          thingUse.set(key, used);
        }
        return used;
      };
      const mistaken = new Map<SurnameRow, { introduction: Introduction; first: number; word: string }>();

      for (const match of matches) {
        const word = match.groups?.word ?? '';
        const article_ = match.groups?.the;
        const matchStart = match.start;
        const wordStart = match.end - word.length;
        const wordEnd_ = wordStart + word.length;
        if (!positionOf(text, article_ ? matchStart : wordStart, wordStart, wordEnd_, isLead)) continue;
        // Several surnames share a meaning (Müller, Møller, Mulder: miller); the person the article
        // introduces by the exact surname comes before one whose name is only one letter off.
        const candidates = (byMeaning.get(meaningKey(word)) ?? [])
          .map((row) => ({ row, introduction: introductionOf(row) }))
          .filter((candidate): candidate is { row: SurnameRow; introduction: Introduction } => candidate.introduction !== undefined)
          .sort((a, b) => Number(b.introduction.exact) - Number(a.introduction.exact));
        for (const { row, introduction } of candidates) {
          if (row.entry.exceptions?.some((phrase) => matcher.isCoveredBy(text, wordStart, wordEnd_, phrase, true))) continue;
          const start = article_ ? matchStart : wordStart;
          const position = positionOf(text, start, wordStart, wordEnd_, (lead) => lead === introduction.lead);
          if (!position) continue;
          // "Tim Cook said" beside Robert Koch: another given name before the word is another person.
          const before = /(\p{Lu}\p{Ll}+)[ \u00A0]$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1];
          if (before !== undefined && before !== introduction.lead && !isEnglishWord(before)) continue;
          // "Stephen Miller" introduced beside Thomas Müller: "Miller said" is that person.
          if (introducesOwnPerson(text, word, introduction.lead)) continue;
          // "Trade with Turkey" elsewhere in the article: then "Turkey says" may well be the country,
          // and only a place no country or river can take ("the 50-year-old Rhine") still counts.
          const thing = usedAsThing(meaningKey(word));
          if (thing && !position.personOnly) continue;
          const surname = introduction.exact ? introduction.form : row.surname;
          const expected = introduction.exact ? [surname] : [row.surname, introduction.form];
          let confidence: Confidence = position.strength === 'strong' ? 'certain' : 'likely';
          if (!introduction.exact) confidence = weakest(confidence, position.strength === 'strong' ? 'likely' : 'possible');
          if (thing) confidence = weakest(confidence, 'likely');
          confidence = weakest(confidence, row.cap);
          const end = position.verb ? position.verb.end : wordEnd_;
          const actual = article.source.slice(start, end);
          const replacements = expected.map((name) =>
            position.verb ? name + text.slice(wordEnd_, position.verb.start) + position.verb.replacement : name,
          );
          const leadStart = introduction.start - introduction.lead.length - 1;
          const introduced = article.toPoint(leadStart);
          const leadText = text.slice(leadStart, introduction.start - 1);
          const finding: Finding = {
            start,
            end,
            actual,
            expected: replacements,
            confidence,
            note:
              `${quote(`${leadText} ${introduction.form}`)} is introduced at ${introduced.line}:${introduced.column}; ` +
              `${quote(word)} here ${position.reason} (${row.entry.language ? languageName(row.entry.language) : 'the'} ${quote(row.surname)} means ${quote(meaningOf(row, word))})` +
              (row.entry.source ? `. Source: ${row.entry.source}` : ''),
            entryId: row.entry.id,
          };
          context.report(finding);
          if (!introduction.exact && !mistaken.has(row)) mistaken.set(row, { introduction, first: wordStart, word });
          break;
        }
      }

      // The introduction one letter off is the same person: "Teppo Turki" is Teppo Turkki.
      for (const [row, { introduction, first, word }] of mistaken) {
        const at = article.toPoint(first);
        context.report({
          start: introduction.start,
          end: introduction.end,
          actual: introduction.form,
          expected: [row.surname],
          confidence: 'likely',
          label: 'a misspelling of the surname',
          note:
            `${quote(word)} at ${at.line}:${at.column} stands for this person, and ${row.entry.language ? languageName(row.entry.language) : 'the'} ${quote(row.surname)} ` +
            `means ${quote(word)}; ${quote(introduction.form)} is one letter off`,
          entryId: row.entry.id,
        });
      }
    },
  });
}
