/**
 * What a mechanism is: it takes a professionally edited article and writes into it one artifact of
 * its kind, with the span where the artifact stands and the text that should stand there.
 */
import { descriptions } from './people.js';
import type { Random } from './random.js';

export interface ExpectedSpan {
  start: number;
  end: number;
  /** The text that belongs at [start, end): the correct copy. */
  fix: string;
}

export interface Injection {
  /** The article with the injected paragraphs, the artifact among them. */
  text: string;
  expected: ExpectedSpan[];
}

export interface Mechanism {
  name: string;
  /**
   * Whether the article alone says what is right (the person is introduced in it): the suite run
   * without the gazetteer and meaning tables still holds these to a floor.
   */
  inArticle: boolean;
  inject(article: string, random: Random): Injection;
}

/** The article's own paragraph break: a blank line, or a single line break in one-line paragraphs. */
function paragraphBreakOf(article: string): string {
  return /\r?\n[ \t]*\r?\n/.test(article) ? '\n\n' : '\n';
}

/**
 * Writes new paragraphs into an article after paragraphs of its own, in order and spread over the
 * article, never before its first two paragraphs (the `Source:` line and the headline). Each
 * paragraph may carry one marked artifact, written as `⟦wrong|right⟧`.
 */
export function insertParagraphs(article: string, paragraphs: readonly string[], random: Random): Injection {
  const separator = paragraphBreakOf(article);
  const parts = article.split(separator === '\n\n' ? /(\r?\n[ \t]*\r?\n)/ : /(\r?\n)/);
  // parts: text, separator, text, separator, … ; paragraph i is parts[2i].
  const count = Math.ceil(parts.length / 2);
  const slots: number[] = [];
  const first = Math.min(2, count - 1);
  let at = first + random.below(Math.max(1, Math.floor((count - first) / 3)));
  for (let index = 0; index < paragraphs.length; index++) {
    slots.push(Math.min(at, count - 1));
    at += 1 + random.below(2);
  }
  let text = '';
  const expected: ExpectedSpan[] = [];
  let next = 0;
  for (let index = 0; index < count; index++) {
    text += parts[2 * index] ?? '';
    const separatorAfter = parts[2 * index + 1] ?? '';
    while (next < paragraphs.length && slots[next] === index) {
      text += separator;
      text = appendMarked(text, paragraphs[next] ?? '', expected);
      next++;
    }
    text += separatorAfter;
  }
  return { text, expected };
}

const marked = /⟦([^|⟧]*)\|([^⟧]*)⟧/gu;

function appendMarked(text: string, paragraph: string, expected: ExpectedSpan[]): string {
  let out = text;
  let last = 0;
  for (const match of paragraph.matchAll(marked)) {
    out += paragraph.slice(last, match.index);
    const wrong = match[1] ?? '';
    expected.push({ start: out.length, end: out.length + wrong.length, fix: match[2] ?? '' });
    out += wrong;
    last = (match.index ?? 0) + match[0].length;
  }
  return out + paragraph.slice(last);
}

/** Marks an artifact for insertParagraphs. */
export const mark = (wrong: string, right: string): string => `⟦${wrong}|${right}⟧`;

/** The name as an article writes it in full: "Jussi Virtanen", "Wang Wentao". */
export function fullName(person: { given: string; surname: string; surnameFirst?: true }): string {
  return person.surnameFirst ? `${person.surname} ${person.given}` : `${person.given} ${person.surname}`;
}

/** Sentences of our own that mention someone correctly; `{name}` is the surname (or full name). */
export const mentionSentences = [
  '{name} added that no date had been set for the next round.',
  'According to {name}, the plan still needs the approval of parliament.',
  '{name} has said before that the budget must be balanced by 2028.',
  'Critics of {name} say the reform came too late.',
  'In an interview on Sunday, {name} declined to name a successor.',
  '{name} told the broadcaster that the figures would be published in the spring.',
] as const;

/** Sentences that put a name in each role position a person takes in news copy. */
export const roleSentences = {
  speaking: '{name} said the ministry would publish its own figures on Friday.',
  according: 'According to {name}, the proposal already has broad support.',
  acting: '{name} will travel to Brussels next week for another round of talks.',
  apposition: '{name}, 54, has led the ministry since the last election.',
  possessive: "{name}'s proposal was welcomed by the opposition on Thursday.",
  subject: '{name} is expected to present the budget in the autumn.',
  elected: '{name} was elected to parliament for the first time in 2015.',
} as const;

export type Role = keyof typeof roleSentences;

/** An introduction of our own: "Foreign Minister Jussi Virtanen said on Monday that …". */
export const introductionSentences = [
  '{description} {full} said on Monday that the talks would resume next month.',
  'The agreement was signed by {description} {full} in the capital on Tuesday.',
  '{description} {full} told reporters that the government had not yet decided.',
] as const;

export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/gu, (whole, key: string) => values[key] ?? whole);
}

/** Capitalises the first letter of a sentence built from a template that may start with "the". */
export function sentenceCase(sentence: string): string {
  const at = sentence.startsWith('⟦') ? 1 : 0;
  return sentence.slice(0, at) + sentence.charAt(at).toUpperCase() + sentence.slice(at + 1);
}

/**
 * A person's story in an article: an introduction by full name and description, two correct
 * mentions by surname, and the damaged sentence among them (never before the introduction).
 */
export function storyOf(
  random: Random,
  person: { given: string; surname: string; surnameFirst?: true },
  damaged: string,
): string[] {
  const description = random.pick(descriptions);
  const introduction = sentenceCase(fill(random.pick(introductionSentences), { description, full: fullName(person) }));
  const name = person.surnameFirst ? fullName(person) : person.surname;
  const first = random.below(mentionSentences.length);
  const second = (first + 1 + random.below(mentionSentences.length - 1)) % mentionSentences.length;
  const mentions = [first, second].map((index) => fill(mentionSentences[index] ?? '', { name }));
  const paragraphs = [introduction, ...mentions];
  paragraphs.splice(1 + random.below(paragraphs.length), 0, sentenceCase(damaged));
  return paragraphs;
}
