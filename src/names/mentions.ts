/**
 * The proper-name mentions of an article, read from its retext-english tree: each run of
 * capitalised words inside one sentence ("Foreign Minister Jussi Virtanen", "Ursula von der
 * Leyen", "Wang Yi"), with its sentence, its words and the words around it. Punctuation and line
 * breaks end a run; an English possessive ends it after its word ("Virtanen's proposal").
 */
import type { Root, Sentence } from 'nlcst';
import { toString } from 'nlcst-to-string';
import type { Article } from '../engine/article.js';
import { wordsAroundNames } from '../termbase/word-lists.js';

export interface Word {
  text: string;
  start: number;
  end: number;
  /** The word without an English possessive: "Virtanen's" → "Virtanen". */
  bare: string;
  possessive: boolean;
  /** Index of the word in its sentence. */
  index: number;
  /** The case of its first letter: "Virtanen" upper, "said" lower, "2024" other. */
  initial: 'upper' | 'lower' | 'other';
}

/** What ends a name run: its text ("," "(" "\n"). */
export interface Break {
  break: string;
}

export const isBreak = (item: Word | Break): item is Break => 'break' in item;

export interface SentenceWords {
  start: number;
  end: number;
  /** The words and the breaks between them: punctuation, a symbol or a line break. */
  items: Array<Word | Break>;
  /** The words alone, in order. */
  words: Word[];
}

export interface Mention {
  words: Word[];
  start: number;
  /** End of the last word without its possessive. */
  end: number;
  sentence: SentenceWords;
  /** Whether the mention opens its sentence (or follows a break that starts a clause). */
  sentenceInitial: boolean;
}

/** Lowercase particles inside names: "Ursula von der Leyen", "Luiz Inácio Lula da Silva" (rules/knowledge/name-words.json). */
export function isParticle(word: string): boolean {
  return wordsAroundNames().particles.has(word);
}

const capitalised = /^\p{Lu}/u;
const lowercaseInitial = /^\p{Ll}/u;
const possessiveEnding = /['’]s?$/u;

const isApostrophe = (code: number): boolean => code === 39 || code === 0x2019;

function wordOf(text: string, start: number, index: number): Word {
  let bare = text;
  const last = text.charCodeAt(text.length - 1);
  // "Virtanen's", "Niinistö’s"; "Reynolds'" after an s.
  if (last === 115 && isApostrophe(text.charCodeAt(text.length - 2))) bare = text.slice(0, -2);
  else if (isApostrophe(last) && text.charCodeAt(text.length - 2) === 115) bare = text.slice(0, -1);
  return { text, start, end: start + text.length, bare, possessive: bare !== text, index, initial: initialOf(text) };
}

/** The case of a word's first letter, ASCII answered without a regex: most words of an article are. */
function initialOf(text: string): Word['initial'] {
  const code = text.charCodeAt(0);
  if (code >= 97 && code <= 122) return 'lower';
  if (code >= 65 && code <= 90) return 'upper';
  if (code < 128) return 'other';
  return capitalised.test(text) ? 'upper' : lowercaseInitial.test(text) ? 'lower' : 'other';
}

/** The sentences of the tree with their words and breaks. */
export function sentencesOf(tree: Root, text: string): SentenceWords[] {
  const sentences: SentenceWords[] = [];
  const stack: Array<Root | Root['children'][number]> = [tree];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node) break;
    if (node.type === 'SentenceNode') {
      sentences.push(readSentence(node as Sentence, text));
    } else if ('children' in node) {
      for (let index = node.children.length - 1; index >= 0; index--) {
        const child = node.children[index];
        if (child) stack.push(child as Root['children'][number]);
      }
    }
  }
  return sentences;
}

/** A sentence of the tree parsed from `text`: a word's text is the text between its offsets. */
function readSentence(sentence: Sentence, text: string): SentenceWords {
  const items: Array<Word | Break> = [];
  const words: Word[] = [];
  for (const child of sentence.children) {
    const start = child.position?.start.offset ?? 0;
    if (child.type === 'WordNode') {
      const end = child.position?.end.offset;
      const word = wordOf(end === undefined ? toString(child) : text.slice(start, end), start, words.length);
      items.push(word);
      words.push(word);
    } else if (child.type === 'WhiteSpaceNode') {
      if (/[\n\r]/u.test(child.value)) items.push({ break: '\n' });
    } else {
      items.push({ break: toString(child) });
    }
  }
  const start = sentence.position?.start.offset ?? 0;
  return { start, end: sentence.position?.end.offset ?? start, items, words };
}

/** Runs of capitalised words (with particles between them) in each sentence. */
export function mentionsOf(sentences: readonly SentenceWords[]): Mention[] {
  const mentions: Mention[] = [];
  for (const sentence of sentences) {
    let run: Word[] = [];
    let runInitial = false;
    let pendingParticles: Word[] = [];
    let atClauseStart = true;
    const close = (): void => {
      if (run.length > 0) {
        const last = run[run.length - 1] as Word;
        mentions.push({ words: run, start: (run[0] as Word).start, end: last.start + last.bare.length, sentence, sentenceInitial: runInitial });
      }
      run = [];
      pendingParticles = [];
    };
    for (const item of sentence.items) {
      if (isBreak(item)) {
        close();
        // A quotation, a colon or a new line opens a clause whose first word is capitalised anyway.
        if (/^["“”‘'«»:\n—–-]$/u.test(item.break)) atClauseStart = true;
        continue;
      }
      if (item.initial === 'upper') {
        if (run.length === 0) runInitial = atClauseStart;
        else if (pendingParticles.length > 0) run.push(...pendingParticles);
        pendingParticles = [];
        run.push(item);
        if (item.possessive || possessiveEnding.test(item.text)) close();
      } else if (run.length > 0 && isParticle(item.text)) {
        pendingParticles.push(item);
      } else {
        close();
      }
      atClauseStart = false;
    }
    close();
  }
  return mentions;
}

/** The tree's sentences and mentions of an article. */
export function readMentions(article: Article): { sentences: SentenceWords[]; mentions: Mention[] } {
  const sentences = sentencesOf(article.tree, article.text);
  return { sentences, mentions: mentionsOf(sentences) };
}
