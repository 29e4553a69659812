/**
 * The names model of one article: who it introduces, how it spells each of them, and where each
 * spelling stands. Built once per article from its retext-english tree and kept with the article.
 */
import type { Article } from '../engine/article.js';
import type { NamesKnowledge } from './knowledge.js';
import type { NameToken } from '../text/name-tokens.js';
import { isEnglishProperWord, isEnglishWord, isPeopleName } from '../text/english.js';
import { isBreak, isParticle, readMentions, type Mention, type SentenceWords, type Word } from './mentions.js';
import { wordsAroundNames } from '../termbase/word-lists.js';
import { caseEndingOf, fold, metaphonesOf, relationOf, soundsAlike, transliterationKey, type CaseEnding, type Relation } from './spelling.js';

/** A title before a name, lower case: "Prime Minister Anna Nowak" names Nowak (rules/knowledge/name-words.json). */
const isTitle = (word: string): boolean => wordsAroundNames().titles.has(word);

/** A function word that opens a sentence in capitals, lower case: "On Tuesday", "How Stable Is Germany". */
const opensSentence = (word: string): boolean => wordsAroundNames()['sentence-openers'].has(word);

export interface NamePart {
  /** The words of the name itself, titles left out: "Foreign Minister Jussi Virtanen" → Jussi, Virtanen. */
  words: Word[];
  mention: Mention;
}

export interface Person {
  /** The name as introduced: "Jussi Virtanen". */
  name: string;
  /** Its words: given names, particles, surname. */
  words: string[];
  /** The surname (with its particles): "Virtanen", "Le Maire", "von der Leyen". */
  surname: string;
  /** The mention that introduced the person in full. */
  introduction: Mention;
  /** Whether the introduction carries a title or description ("Interior Minister", "the economist"). */
  titled: boolean;
  /** Offset of the name's first word in the introduction. */
  start: number;
}

export interface NamesModel {
  sentences: SentenceWords[];
  mentions: Mention[];
  parts: NamePart[];
  people: Person[];
  /** How often each spelling stands as a name word: "Virtanen" → 3. */
  counts: Map<string, number>;
  /** Lowercase words the article uses, for "the article uses this word as a word". */
  readonly lowercase: Set<string>;
  /** Every word of the names the article introduces, as it spells them: "Jussi", "Virtanen", "von". */
  spellings: ReadonlySet<string>;
  /** The people's name words a spelling may stand for. */
  matchesOf: (candidate: string) => NameMatch[];
}

/** The words of a mention that belong to the name: leading titles and ordinary words go. */
export function namePartOf(mention: Mention): Word[] {
  const words = mention.words;
  let first = 0;
  while (first < words.length - 1) {
    const word = words[first] as Word;
    const lower = word.bare.toLowerCase();
    const titleCase = word.bare.length > 1 && /^\p{Lu}\p{Ll}+$/u.test(word.bare);
    // At the start of a sentence any English word is capitalised: "Later Bofier told reporters".
    const opening = first === 0 && mention.sentenceInitial && titleCase && isEnglishWord(word.bare) && !isEnglishProperWord(word.bare);
    if (isTitle(lower) || opensSentence(lower) || opening || (titleCase && isTitleWord(word.bare))) first++;
    else break;
  }
  // "Swedish Foreign Minister Anne Linde": what stands before a title describes the person named after it.
  for (let index = words.length - 2; index > first; index--) {
    if (isTitle((words[index] as Word).bare.toLowerCase())) {
      first = index + 1;
      break;
    }
  }
  return words.slice(first);
}

/** Capitalised English words that open a name run as its title ("Finnish", "Interior", "Party"). */
function isTitleWord(word: string): boolean {
  // Given names that are also English words ("Mark", "Rose", "Dieter") stay names.
  return isEnglishWord(word) && !isPeopleName(word);
}

const models = new WeakMap<Article, NamesModel>();

/**
 * The names model of an article, built on first use and kept with the article. The rules of one
 * linter share its tables, so the first asking rule's knowledge builds the model for all.
 */
export function namesOf(article: Article, knowledge: NamesKnowledge): NamesModel {
  let model = models.get(article);
  if (!model) {
    model = buildModel(article, knowledge);
    models.set(article, model);
  }
  return model;
}

/** Agent nouns, which describe the person named next: "the economist", "China researcher". */
const agentNoun = /^\p{Ll}+(?:er|or|ist|ian|ent|ant|man|woman|person)$/u;
/** A lowercase word that describes the person named next: an agent noun, or a describing word of rules/knowledge/name-words.json ("party chair", "the envoy"). */
const isDescribingWord = (word: string): boolean => agentNoun.test(word) || wordsAroundNames()['describing-words'].has(word);

/**
 * Texts longer than this are read without a names model: a news article is tens of kilobytes, and
 * the sentence tree of a 10 MB single line costs seconds and a gigabyte. The other rules still run.
 */
export const largestModelledText = 1_000_000;

/**
 * Whether the article has a run of two or more capitalised words with a word English does not know
 * as its own ("Jussi Virtanen", not "Kraft Siberia" or "Prime Minister"): without one the article
 * introduces nobody, and its sentence tree, a tenth of a lint's time, is not needed.
 */
function mayNameSomeone(article: Article): boolean {
  // The runs the article keeps for every rule that reads them (the gazetteer, name-inconsistency): found once a lint.
  for (const run of article.nameRuns) {
    // A surname follows a given name or a title: "Jussi Virtanen", not "Kraft Siberia".
    for (let index = 1; index < run.length; index++) {
      const word = (run[index] as NameToken).bare;
      if (!/^\p{Lu}/u.test(word)) continue;
      if (!isEnglishWord(word) && !(isEnglishProperWord(word) && !isPeopleName(word))) return true;
    }
  }
  return false;
}

function buildModel(article: Article, knowledge: NamesKnowledge): NamesModel {
  if (article.text.length > largestModelledText || !mayNameSomeone(article)) {
    return { sentences: [], mentions: [], parts: [], people: [], counts: new Map(), lowercase: new Set(), spellings: new Set(), matchesOf: () => [] };
  }
  const { sentences, mentions } = readMentions(article);
  const parts: NamePart[] = [];
  const counts = new Map<string, number>();
  const alone = new Set<string>();
  for (const mention of mentions) {
    const words = namePartOf(mention);
    if (words.length === 0) continue;
    parts.push({ words, mention });
    if (words.length === 1) alone.add((words[0] as Word).bare);
    for (const word of words) {
      if (isParticle(word.bare)) continue;
      counts.set(word.bare, (counts.get(word.bare) ?? 0) + 1);
    }
  }
  const people: Person[] = [];
  const known = new Set<string>();
  for (const part of parts) {
    const { words, mention } = part;
    const capitalisedWords = words.filter((word) => !isParticle(word.bare));
    if (capitalisedWords.length < 2 || words.length > 4) continue;
    // "Finnish Defence Forces", "New Year": a name of English words is not a person's ("Jonas Busch" is),
    // unless a title introduces it and English knows its words only as names: "President Vladimir Putin".
    const titledNames = mention.words.some((word) => isTitle(word.bare.toLowerCase())) && !capitalisedWords.some((word) => isEnglishWord(word.bare));
    if (!titledNames && capitalisedWords.every((word) => isEnglishWord(word.bare) || (isEnglishProperWord(word.bare) && !isPeopleName(word.bare)))) continue;
    if (capitalisedWords.some((word) => !/^\p{Lu}[\p{L}\p{M}'’-]*$/u.test(word.bare) || (/^\p{Lu}+$/u.test(word.bare) && word.bare.length > 1))) continue;
    const nameWords = words.map((word) => word.bare);
    const name = nameWords.join(' ');
    const key = fold(name);
    if (known.has(key)) continue;
    // A person, not a party or a place ("Forza Italia", "Kharkiv Oblast"): introduced with a title
    // or a description, called by the surname alone elsewhere, or bearing a known given name.
    const titled = mention.words.some((word) => isTitle(word.bare.toLowerCase())) || isDescribingWord(wordBefore(mention) ?? '');
    if (!titled && !alone.has(nameWords.at(-1) ?? '') && !isPeopleName(nameWords[0] ?? '')) continue;
    // "Nobel Prize", "Melbourne Park": a last word that is an English word makes a thing, unless a title says a person.
    if (!titled && isEnglishWord(nameWords.at(-1) ?? '')) continue;
    known.add(key);
    let surnameStart = 1;
    for (let index = 1; index < nameWords.length - 1; index++) {
      if (isParticle((nameWords[index] ?? '').toLowerCase())) {
        surnameStart = index;
        break;
      }
    }
    people.push({ name, words: nameWords, surname: nameWords.slice(surnameStart).join(' '), introduction: mention, titled, start: (words[0] as Word).start });
  }
  const merged = withoutTranslatedTwins(mergeVariants(people, counts), knowledge).map((person) => withCanonicalSpelling(person, people, counts, knowledge));
  let lowercase: Set<string> | undefined;
  return {
    sentences,
    mentions,
    parts,
    people: merged,
    counts,
    // Asked only where a rule has a candidate spelling: most articles never need the set.
    get lowercase() {
      lowercase ??= lowercaseWordsOf(sentences);
      return lowercase;
    },
    spellings: new Set(merged.flatMap((person) => person.words)),
    matchesOf: matcherOf(merged),
  };
}

function lowercaseWordsOf(sentences: readonly SentenceWords[]): Set<string> {
  const lowercase = new Set<string>();
  for (const sentence of sentences) {
    for (const item of sentence.items) if (!isBreak(item) && item.initial === 'lower') lowercase.add(item.bare.toLowerCase());
  }
  return lowercase;
}

/** The word right before a mention in its sentence, if no punctuation stands between. */
function wordBefore(mention: Mention): string | undefined {
  const items = mention.sentence.items;
  const at = items.indexOf(mention.words[0] as Word);
  const previous = items[at - 1];
  return previous && !isBreak(previous) ? previous.text : undefined;
}

export interface NameMatch {
  person: Person;
  /** Index of the name word in the person's words. */
  index: number;
  relation: Relation | undefined;
  ending: CaseEnding | undefined;
}

/**
 * The people's name words a spelling could be a variant of, or bent from by a case ending;
 * asked by several rules for the same words, so each spelling is compared once.
 */
function matcherOf(people: readonly Person[]): (candidate: string) => NameMatch[] {
  const cache = new Map<string, NameMatch[]>();
  const words: Array<{ person: Person; index: number; word: string; initial: string; sound: string }> = [];
  for (const person of people) {
    person.words.forEach((word, index) => {
      if (!isParticle(word)) words.push({ person, index, word, initial: fold(word).charAt(0), sound: metaphonesOf(word)[0].charAt(0) });
    });
  }
  return (candidate) => {
    let found = cache.get(candidate);
    if (found) return found;
    found = [];
    const initial = fold(candidate).charAt(0);
    const sound = metaphonesOf(candidate)[0].charAt(0);
    for (const { person, index, word, initial: wordInitial, sound: wordSound } of words) {
      // Every relation but a transliteration or a sound-alike keeps the first letter ("Pofier" for
      // "Bouffier": b and p are one sound to Double Metaphone); those are few and checked in full.
      if (initial !== wordInitial && transliterationKey(candidate).charAt(0) !== transliterationKey(word).charAt(0) && (sound === '' || sound !== wordSound)) continue;
      // An ending explains the difference before a respelling does: "Virtasen" is Virtanen's genitive.
      const ending = caseEndingOf(candidate, word);
      const relation = ending ? undefined : relationOf(candidate, word);
      if (relation || ending) found.push({ person, index, relation, ending });
    }
    cache.set(candidate, found);
    return found;
  };
}

/** Relations under which a spelling joins a name's cluster: not case, not an umlaut transcription. */
const clusterRelations = new Set<Relation>(['diacritics', 'deleted', 'doubled', 'transliteration', 'phonetic', 'near']);

/**
 * The spelling of each of a person's name words: the gazetteer's, else the one written more often
 * than the introduction's ("Volker Bofier" introduced, "Bouffier" three times against two), else
 * the introduction's. A spelling that another person bears in full ("Tim Cook" beside a Koch) is
 * that person's, not a variant.
 */
function withCanonicalSpelling(person: Person, people: readonly Person[], counts: ReadonlyMap<string, number>, knowledge: NamesKnowledge): Person {
  const others = new Set<string>();
  for (const other of people) if (!other.words.every((word, index) => word === person.words[index] || relationOf(word, person.words[index] ?? '') !== undefined)) for (const word of other.words) others.add(word);
  let changed = false;
  const words = person.words.map((word, index) => {
    if (isParticle(word) || index < person.words.length - 1) return word;
    let best = word;
    let bestCount = counts.get(word) ?? 0;
    let known = knowledge.surnames.get(fold(word)) === word;
    for (const [spelling, count] of counts) {
      if (spelling === word || others.has(spelling) || !/^\p{Lu}\p{Ll}/u.test(spelling)) continue;
      const relation = relationOf(spelling, word);
      if (!relation || !clusterRelations.has(relation) || isEnglishWord(spelling)) continue;
      const spellingKnown = knowledge.surnames.get(fold(spelling)) === spelling;
      if (known && !spellingKnown) continue;
      if ((spellingKnown && !known) || count > bestCount) {
        best = spelling;
        bestCount = count;
        known = spellingKnown;
      }
    }
    if (best !== word) changed = true;
    return best;
  });
  if (!changed) return person;
  return { ...person, words, name: words.join(' '), surname: words.slice(person.words.length - (person.surname.split(' ').length)).join(' ') };
}

/** Whether two full names are one person's, spelt two ways: each word the same or a variant. */
function isSamePerson(a: Person, b: Person): boolean {
  if (a.words.length !== b.words.length) return false;
  let differing = 0;
  for (let index = 0; index < a.words.length; index++) {
    const left = a.words[index] ?? '';
    const right = b.words[index] ?? '';
    if (left === right) continue;
    differing++;
    if (left.toLowerCase() === right.toLowerCase()) continue;
    if (!relationOf(left, right) && !relationOf(right, left) && !caseEndingOf(left, right) && !caseEndingOf(right, left)) return false;
  }
  return differing <= 1;
}

/**
 * "Anne Linde" introduced, "Anne Lind" later, or the other way round: one person, whose name is
 * the spelling written more often (the earlier on a tie); the other is a variant to flag.
 */
function mergeVariants(people: Person[], counts: ReadonlyMap<string, number>): Person[] {
  const merged: Person[] = [];
  for (const person of people) {
    const index = merged.findIndex((known) => isSamePerson(known, person));
    const known = merged[index];
    if (!known) {
      merged.push(person);
      continue;
    }
    const score = (candidate: Person): number => candidate.words.reduce((sum, word) => sum + (counts.get(word) ?? 0), 0);
    if (score(person) > score(known)) merged[index] = { ...person, introduction: known.introduction, titled: known.titled, start: known.start };
  }
  return merged;
}

/**
 * "Speaker Boris Rhine" beside "Boris Rhein": the same given names before an English word and before
 * a foreign surname make one person, whose surname MT translated in one place. The English-word
 * twin is no person of its own; the rules read it as a rendering of the other.
 */
function withoutTranslatedTwins(people: Person[], knowledge: NamesKnowledge): Person[] {
  const isEnglish = (word: string): boolean => isEnglishWord(word) || isEnglishProperWord(word);
  return people.filter((person) => {
    const surname = person.words.at(-1) ?? '';
    if (!isEnglish(surname)) return true;
    const given = person.words.slice(0, -1).join(' ');
    const meanings = knowledge.meanings.get(surname.toLowerCase()) ?? [];
    return !people.some((other) => {
      const foreign = other.words.at(-1) ?? '';
      if (other === person || other.words.slice(0, -1).join(' ') !== given || isEnglish(foreign)) return false;
      return soundsAlike(surname, foreign) || meanings.some((meaning) => fold(meaning.surname) === fold(foreign));
    });
  });
}

/** Where an offset stands, as the editor reads it: "9:1". */
export function whereOf(article: Article, offset: number): string {
  const point = article.toPoint(offset);
  return `${point.line}:${point.column}`;
}
