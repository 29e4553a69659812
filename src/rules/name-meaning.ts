/**
 * A surname rendered as the English word it means or sounds like, where the article's person
 * should stand: "Rhine can be chosen as his successor" where the article introduced Boris Rhein,
 * "Stone said" for Aleksis Kivi, "Melons insisted" for Giorgia Meloni, "Boris Rhine". The person
 * must be introduced by full name; the word must stand in a person's place (speaking, acting, in
 * apposition, possessive, after the given name, quoted as a source). Meanings come from the
 * surname-meaning tables; sound-alikes ("Rhine", "Raine" for Rhein) from Double Metaphone.
 *
 * What stays silent: the word in its ordinary role ("barges on the Rhine", "Turkey's
 * government" where Turkey is spoken of, "the mayor of Lyon"), and in lowercase.
 */
import { defineRule, docsUrlOf } from '../engine/define-rule.js';
import { quote } from '../engine/messages.js';
import type { Confidence, Rule } from '../engine/types.js';
import { isEnglishProperWord, isEnglishSurname, isEnglishWord, isPeopleName } from '../text/english.js';
import type { NamesKnowledge, SurnameMeaning } from '../names/knowledge.js';
import { namesOf, whereOf } from '../names/model.js';
import { hasOrdinaryUse, roleNouns, roleOf, strongRoles, surroundingsOf } from '../names/roles.js';
import { fold, soundsAlike } from '../names/spelling.js';
import { wordStartScannerOf, type WordStartScanner } from '../match/word-start-scan.js';
import { escapeRegExp } from '../text/characters.js';

export function createNameMeaningRule(knowledge: NamesKnowledge): Rule<unknown> {
  return defineRule({
    meta: {
      id: 'name-meaning',
      category: 'names',
      description: 'A surname rendered as the English word it means or sounds like',
      docsUrl: docsUrlOf('name-meaning'),
      defaultSeverity: 'error',
      fixable: 'fix',
    },
    defaultOptions: {},
    check(context) {
      const { article } = context;
      reportKnownPeopleTranslated(context, knowledge);
      const model = namesOf(article, knowledge);
      if (model.people.length === 0) return;
      const { spellings } = model;
      for (const part of model.parts) {
        const last = part.words.at(-1);
        if (!last || spellings.has(last.bare) || part.words.length > 2) continue;
        const first = part.words[0] ?? last;
        const word = last.bare;
        const meanings = knowledge.meanings.get(word.toLowerCase()) ?? [];
        for (const person of model.people) {
          if (person.words.length < 2) continue;
          const given = person.words[0];
          // "Boris Rhine": the given name stands before the word; otherwise the word stands alone.
          const givenBefore = part.words.length === 2 && first.bare === given;
          if (part.words.length === 2 && !givenBefore) continue;
          const meaning: SurnameMeaning | undefined = meanings.find((item) => fold(item.surname) === fold(person.surname));
          const soundAlike =
            !meaning &&
            !person.surname.includes(' ') &&
            word !== person.surname &&
            // Short names sound like too many words: "You" is not Wang Yi.
            Math.min(word.length, person.surname.length) >= 4 &&
            fold(word)[0] === fold(person.surname)[0] &&
            Math.abs(word.length - person.surname.length) <= 2 &&
            (isEnglishWord(word) || isEnglishProperWord(word) || isPeopleName(word)) &&
            soundsAlike(word, person.surname);
          if (!meaning && !soundAlike) continue;
          // "the Mayor said" for Bruno Le Maire: the article MT added goes with the word.
          const around = surroundingsOf(part.mention.sentence, first, last);
          const article_ = around.before?.text.toLowerCase() === 'the' && !givenBefore ? around.before : undefined;
          // Only a common noun takes the article: "the Mayor" for Le Maire, never "the Rhine".
          const withArticle = article_ !== undefined && meaning !== undefined && /^\p{Ll}/u.test(meaning.meaning);
          const role = roleOf(part.mention, withArticle && article_ ? article_ : first, last, { givenBefore });
          if (!role) continue;
          const start = withArticle && article_ ? article_.start : first.start;
          const begin = givenBefore ? last.start : start;
          const ordinary = hasOrdinaryUse(model.mentions, word);
          // "Turkey says" where the article also trades with Turkey: the country may be meant.
          if (ordinary && role !== 'named' && role !== 'apposition') continue;
          const certain = Boolean(meaning) && strongRoles.has(role) && !ordinary && !isEnglishSurname(word);
          const confidence: Confidence = certain ? 'certain' : 'likely';
          const expected = person.surname;
          const evidence = meaning
            ? `${meaning.language} ${quote(person.surname)} means ${quote(meaning.meaning)}`
            : `${quote(word)} sounds like ${quote(person.surname)}`;
          const actual = article.text.slice(begin, last.start + word.length);
          context.report({
            start: begin,
            end: last.start + word.length,
            actual,
            expected: [expected],
            confidence,
            message: `${quote(actual)} stands where ${quote(person.name)} (introduced at ${whereOf(article, person.start)}) is ${roleNouns[role]}; ${evidence}`,
            note: `expected ${quote(expected)}${ordinary ? `; the article also uses ${quote(word)} as a word` : ''}`,
          });
          break;
        }
      }
    },
  });
}

interface KnownTranslation {
  /** The known person: "Bruno Le Maire". */
  name: string;
  given: string;
  meaning: SurnameMeaning;
}

interface KnownTranslations {
  scanner: WordStartScanner | undefined;
  byPhrase: Map<string, KnownTranslation>;
}

const translationIndexes = new WeakMap<NamesKnowledge, KnownTranslations>();

/**
 * The known people whose surname a meaning table translates, as MT would write them: "bruno the
 * mayor", "bruno mayor" for Bruno Le Maire. Built once per set of tables.
 */
function knownTranslationsOf(knowledge: NamesKnowledge): KnownTranslations {
  let index = translationIndexes.get(knowledge);
  if (index) return index;
  const bySurname = new Map<string, SurnameMeaning[]>();
  for (const list of knowledge.meanings.values()) for (const meaning of list) bySurname.set(fold(meaning.surname), [...(bySurname.get(fold(meaning.surname)) ?? []), meaning]);
  const byPhrase = new Map<string, KnownTranslation>();
  for (const name of knowledge.people.values()) {
    const words = name.split(' ');
    for (const length of [1, 2]) {
      if (words.length <= length) continue;
      const given = words.slice(0, -length).join(' ');
      for (const meaning of bySurname.get(fold(words.slice(-length).join(' '))) ?? []) {
        // "Bruno the Mayor": with the article, the word is a noun, never a surname.
        byPhrase.set(`${given} the ${meaning.meaning}`.toLowerCase(), { name, given, meaning });
        // "Tim Cook", "Anna Stone": without it, a translation that is also an English name is no evidence.
        if (!isEnglishSurname(meaning.meaning) && !isPeopleName(meaning.meaning)) byPhrase.set(`${given} ${meaning.meaning}`.toLowerCase(), { name, given, meaning });
      }
    }
  }
  const phrases = [...byPhrase.keys()].sort((a, b) => b.length - a.length);
  const escaped = phrases.map((phrase) => escapeRegExp(phrase).replace(/ /gu, '\\s+'));
  const source = `(?<![\\p{L}\\p{N}_])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`;
  index = { scanner: phrases.length > 0 ? wordStartScannerOf(phrases, source) : undefined, byPhrase };
  translationIndexes.set(knowledge, index);
  return index;
}

/**
 * "BRUNO THE MAYOR" in a headline, "Bruno the Mayor said" where the article never introduces him:
 * a known person's given name before the English word a table gives for the surname. The person
 * table and the meaning table are two signals; written in lowercase, it is ordinary English.
 */
function reportKnownPeopleTranslated(context: Parameters<Rule<unknown>['check']>[0], knowledge: NamesKnowledge): void {
  const { scanner, byPhrase } = knownTranslationsOf(knowledge);
  if (!scanner) return;
  const text = context.article.text;
  for (const match of scanner.scan(context.article)) {
    const written = match.text;
    const known = byPhrase.get(written.toLowerCase().replace(/\s+/gu, ' '));
    if (!known) continue;
    const words = written.split(/\s+/u);
    const capitals = written === written.toUpperCase();
    // Every word of the name capitalised ("Bruno the Mayor" keeps "the" small), or all in capitals.
    if (!capitals && !words.every((word, index) => /^\p{Lu}/u.test(word) || (word === 'the' && index > 0))) continue;
    const givenLength = known.given.split(' ').length;
    const start = match.start + written.indexOf(words[givenLength] ?? '', known.given.length);
    const end = match.start + written.length;
    const surname = known.name.slice(known.given.length + 1);
    const expected = capitals ? surname.toUpperCase() : surname;
    const actual = text.slice(start, end);
    context.report({
      start,
      end,
      actual,
      expected: [expected],
      confidence: 'certain',
      message: `${quote(actual)} follows ${quote(words.slice(0, givenLength).join(' '))} where the known ${quote(known.name)} stands; ${known.meaning.language} ${quote(surname)} means ${quote(known.meaning.meaning)}`,
      note: `expected ${quote(expected)}`,
    });
  }
}
