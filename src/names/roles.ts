/**
 * The positions a person takes in a sentence, read from the words around a mention: speaking
 * ("X said", "according to X"), acting ("X will take over", "X was elected"), in apposition
 * ("X, 50,"), possessive ("X's proposal"), after the given name ("Boris X"). A word in any of these
 * places stands for a person; a word after a preposition or an article ("barges on the Rhine",
 * "the mayor of Lyon") has its ordinary role.
 */
import { isBreak, type Mention, type SentenceWords, type Word } from './mentions.js';
import { wordsAroundNames } from '../termbase/word-lists.js';

export type Role = 'speaker' | 'subject' | 'attribution' | 'apposition' | 'possessor' | 'named';

export interface Surroundings {
  before: Word | undefined;
  /** The word before `before`: "according" in "according to X". */
  beforeThat: Word | undefined;
  after: Word | undefined;
  /** The break right after the mention, if any (","). */
  breakAfter: string | undefined;
  /** The word after that break: "50" in "X, 50,". */
  afterBreak: Word | undefined;
}

export function surroundingsOf(sentence: SentenceWords, first: Word, last: Word): Surroundings {
  const items = sentence.items;
  const startIndex = items.indexOf(first);
  const endIndex = items.indexOf(last);
  const previous = items[startIndex - 1];
  const previousTwo = items[startIndex - 2];
  const next = items[endIndex + 1];
  const nextTwo = items[endIndex + 2];
  return {
    before: previous && !isBreak(previous) ? previous : undefined,
    beforeThat: previous && !isBreak(previous) && previousTwo && !isBreak(previousTwo) ? previousTwo : undefined,
    after: next && !isBreak(next) ? next : undefined,
    breakAfter: next && isBreak(next) ? next.break : undefined,
    afterBreak: next && isBreak(next) && nextTwo && !isBreak(nextTwo) ? nextTwo : undefined,
  };
}

/** The role of a word that stands for a person, or undefined where it has its ordinary role. */
export function roleOf(mention: Mention, first: Word, last: Word, options: { givenBefore?: boolean } = {}): Role | undefined {
  const around = surroundingsOf(mention.sentence, first, last);
  const before = around.before?.text.toLowerCase();
  if (before === 'to' && around.beforeThat?.text.toLowerCase() === 'according') return 'attribution';
  if (options.givenBefore) return 'named';
  if (before !== undefined && wordsAroundNames()['ordinary-before'].has(before)) return undefined;
  const after = around.after?.text;
  if (after === 'of') return undefined;
  if (last.possessive) return after !== undefined && /^\p{Ll}/u.test(after) ? 'possessor' : undefined;
  if (around.breakAfter === ',' && around.afterBreak && /^\d{2}$/u.test(around.afterBreak.text)) return 'apposition';
  if (after === undefined) return undefined;
  if (wordsAroundNames()['speech-verbs'].has(after)) return 'speaker';
  if (wordsAroundNames()['subject-cues'].has(after) || (/^\p{Ll}+ed$/u.test(after) && after.length > 4)) return 'subject';
  return undefined;
}

/** Roles strong enough, with the article's introduction and the meaning, to fix a word without asking. */
export const strongRoles: ReadonlySet<Role> = new Set(['speaker', 'attribution', 'apposition', 'named']);

export const roleNouns: Record<Role, string> = {
  speaker: 'the speaker',
  subject: 'the subject',
  attribution: 'the source quoted',
  apposition: 'described',
  possessor: 'the possessor',
  named: 'named by given name',
};

/** Whether the article also uses the word in its ordinary role ("trade with Turkey", "on the Rhine"). */
export function hasOrdinaryUse(mentions: readonly Mention[], word: string): boolean {
  for (const mention of mentions) {
    if (mention.words.length !== 1 || mention.words[0]?.bare !== word) continue;
    const only = mention.words[0];
    const around = surroundingsOf(mention.sentence, only, only);
    const before = around.before?.text.toLowerCase();
    if (before !== undefined && wordsAroundNames()['ordinary-before'].has(before) && before !== 'to') return true;
  }
  return false;
}
