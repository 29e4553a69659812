/**
 * The word lists the code rules read, kept as data in rules/knowledge/*-words.json: the titles and
 * verbs of saying around a name ("Prime Minister Anna Nowak said"), the particles inside one
 * ("Ursula von der Leyen"), the labels and counters of page furniture ("Updated", "116 Articles"),
 * the buttons of a share widget. Each table is checked against its schema on first use; a list a
 * reader needs and the table lacks is an error that names the file and the list.
 */
import { fileURLToPath } from 'node:url';
import { ConfigError } from '../config/errors.js';
import { readKnowledgeTable } from '../config/knowledge-table.js';
import type { LineWords } from '../text/line-shape.js';
import type { AgreementWords } from '../text/verb-agreement.js';
import { lazy } from '../text/memo.js';
import { readCalendarNames } from './calendar-names.js';

export interface WordList {
  /** What the list is for, with the kind of sentence it serves. */
  description: string;
  source: string | string[];
  words: string[];
}

/** A text, the rule that reads it and the text of each message that rule gives there. */
export interface WordListExample {
  lists: string[];
  rule: string;
  text: string;
  flags: string[];
}

export interface WordLists {
  description: string;
  lists: Record<string, WordList>;
  examples: WordListExample[];
}

const knowledgeDirectory = new URL('../../rules/knowledge/', import.meta.url);
export const nameWordsFile = fileURLToPath(new URL('name-words.json', knowledgeDirectory));
export const pageWordsFile = fileURLToPath(new URL('page-words.json', knowledgeDirectory));
export const englishWordsFile = fileURLToPath(new URL('english-words.json', knowledgeDirectory));
export const wordListFiles: readonly string[] = [nameWordsFile, pageWordsFile, englishWordsFile];

/** A table of word lists as it is written, checked against its schema and its examples against its lists. */
export function readWordLists(path: string): WordLists {
  const table = readKnowledgeTable<WordLists>(path, 'word-lists.schema.json', 'table of word lists');
  table.examples.forEach((example, index) => {
    example.lists.forEach((name, position) => {
      if (!Object.hasOwn(table.lists, name)) {
        throw new ConfigError(`Example ${index + 1} shows a list the table does not have`, {
          file: path,
          keyPath: `examples[${index}].lists[${position}]`,
          given: `\`${name}\``,
          expected: `one of ${Object.keys(table.lists).sort().map((known) => `\`${known}\``).join(', ')}`,
          mend: 'Name a list of the table',
        });
      }
    });
  });
  return table;
}

/** The lists of a table that a reader needs, each a set of its words. */
export function wordSetsOf<Name extends string>(path: string, names: readonly Name[]): Record<Name, ReadonlySet<string>> {
  const table = readWordLists(path);
  const sets = {} as Record<Name, ReadonlySet<string>>;
  for (const name of names) {
    const list = Object.hasOwn(table.lists, name) ? table.lists[name] : undefined;
    if (!list) throw new ConfigError(`The list \`${name}\` is missing`, { file: path, keyPath: `lists.${name}`, mend: 'Restore the file from the package' });
    sets[name] = new Set(list.words);
  }
  return sets;
}

/** The words around a name: its titles, its particles, the verbs of which it is the subject. */
export const wordsAroundNames = lazy(() => {
  const lists = wordSetsOf(nameWordsFile, [
    'titles',
    'name-particles',
    'arabic-name-particles',
    'sentence-openers',
    'describing-words',
    'speech-verbs',
    'subject-cues',
    'ordinary-before',
    'plural-before',
    'meaning-titles',
    'meaning-particles',
    'meaning-speech-verbs',
    'career-verbs',
    'meaning-adverbs',
    'opinion-nouns',
    'attribution-verbs',
    'place-prepositions',
    'not-given-names',
    'finnish-case-endings',
    'estonian-case-endings',
    'slavic-case-endings',
  ] as const);
  /** "von der Leyen", "bin Salman": the particles of European and of Arabic names alike. */
  const particles: ReadonlySet<string> = new Set([...lists['name-particles'], ...lists['arabic-name-particles']]);
  return { ...lists, particles };
});

/** The words of page furniture: date lines, counters, share widgets. */
export const wordsOfPages = lazy(() =>
  wordSetsOf(pageWordsFile, [
    'english-months',
    'english-weekdays',
    'english-date-labels',
    'source-date-labels',
    'counter-nouns',
    'counter-labels',
    'share-words',
    'share-openers',
    'social-networks',
    'byline-labels',
    'comment-words',
    'comment-call-openers',
    'comment-call-closers',
    'source-labels',
  ] as const),
);

/**
 * The words a line of page furniture is read by: the month and weekday names of English and of the
 * CLDR table (rules/knowledge/calendar-names.json), with the date labels and counters of page-words.json.
 */
export const lineWords = lazy((): LineWords => {
  const locales = Object.values(readCalendarNames().locales);
  const pages = wordsOfPages();
  return {
    months: new Set([...pages['english-months'], ...locales.flatMap((names) => names.months)]),
    weekdays: new Set([...pages['english-weekdays'], ...locales.flatMap((names) => names.weekdays)]),
    englishDateWords: new Set([...pages['english-months'], ...pages['english-weekdays'], ...pages['english-date-labels']]),
    dateLabels: new Set([...pages['english-date-labels'], ...pages['source-date-labels']]),
    counterNouns: pages['counter-nouns'],
    counterLabels: pages['counter-labels'],
  };
});

/** English words by the part they play: in agreement, in telling English from another language, at a cut. */
export const wordsOfEnglish = lazy(() =>
  wordSetsOf(englishWordsFile, [
    'agreement-verbs',
    'agreement-prepositions',
    'agreement-conjunctions',
    'agreement-transitive-verbs',
    'agreement-saying-verbs',
    'neutral-words',
    'english-function-words',
    'borrowed-words',
    'cut-words',
  ] as const),
);

/** The words whether a verb after a renamed party agrees with it is decided by. */
export const agreementWords = lazy((): AgreementWords => {
  const english = wordsOfEnglish();
  return {
    verbs: english['agreement-verbs'],
    prepositions: english['agreement-prepositions'],
    conjunctions: english['agreement-conjunctions'],
    transitive: english['agreement-transitive-verbs'],
    saying: english['agreement-saying-verbs'],
  };
});
