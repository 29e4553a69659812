/**
 * What English says about a word, from maintained lists read on first use: the words of
 * dictionary-en (the Hunspell dictionary retext-spell uses) and the people names of
 * @cspell/dict-people-names. Only candidates reach these questions, and most articles never ask.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { lazy } from './memo.js';

const require = createRequire(import.meta.url);


/**
 * Stems of dictionary-en: lowercase entries are words, capitalised ones names and places, kept as
 * written ("Rhine", "ON"). British spellings are answered by their American stems ("defence").
 * Read with indexOf rather than split and a regex per line: this load is a one-file lint's largest cost.
 */
const dictionary = lazy((): { words: Set<string>; properWords: Set<string> } => {
  const lower = new Set<string>();
  const proper = new Set<string>();
  const text = readFileSync(join(dirname(require.resolve('dictionary-en')), 'index.dic'), 'utf8');
  // The first line is the entry count.
  let at = text.indexOf('\n') + 1;
  while (at < text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const slash = text.indexOf('/', at);
    const stem = text.slice(at, slash >= 0 && slash < end ? slash : end);
    if (stem !== '') {
      const first = stem.charCodeAt(0);
      if (first >= 65 && first <= 90) proper.add(stem);
      else lower.add(stem);
    }
    at = end + 1;
  }
  return { words: lower, properWords: proper };
});

const peopleNames = lazy((): Set<string> => {
  const file = join(dirname(require.resolve('@cspell/dict-people-names/cspell-ext.json')), 'dict', 'people-names.txt');
  const names = new Set<string>();
  // One name a line; lines starting with "#" are the tool's comments.
  for (const line of readFileSync(file, 'utf8').toLowerCase().split('\n')) {
    if (line !== '' && line.charCodeAt(0) !== 35) names.add(line.trim());
  }
  return names;
});

/** Endings that Hunspell's affix rules add to a stem: "melons", "elected", "bearing", "later". */
const inflections: Array<[RegExp, string]> = [
  [/ies$/u, 'y'],
  [/es$/u, ''],
  [/s$/u, ''],
  [/ed$/u, ''],
  [/ed$/u, 'e'],
  [/ing$/u, ''],
  [/ing$/u, 'e'],
  [/er$/u, ''],
  [/(?<=e)r$/u, ''],
  [/est$/u, ''],
  [/(?<=e)st$/u, ''],
];

const englishAnswers = new Map<string, boolean>();

/** Whether a word (any case) is an ordinary English word: "stone", "melons", "Turkey" is not. */
export function isEnglishWord(word: string): boolean {
  let answer = englishAnswers.get(word);
  if (answer === undefined) {
    if (englishAnswers.size > 50_000) englishAnswers.clear();
    answer = lookUpWord(word);
    englishAnswers.set(word, answer);
  }
  return answer;
}

function lookUpWord(word: string): boolean {
  const { words } = dictionary();
  const lower = word.toLowerCase();
  if (words.has(lower)) return true;
  for (const [ending, replacement] of inflections) {
    if (!ending.test(lower)) continue;
    const stem = lower.replace(ending, replacement);
    if (stem.length >= 3 && words.has(stem)) return true;
  }
  // British spellings the dictionaries may lack: "defence", "centre", "labour", "organise".
  const american = lower.replace(/ence$/u, 'ense').replace(/tre$/u, 'ter').replace(/our/gu, 'or').replace(/is(e|ed|es|ing|ation)$/u, 'iz$1');
  return american !== lower && words.has(american);
}

/** Whether English knows the word, as written, as a name or place ("Rhine", "Turkey", "Koch"). */
export function isEnglishProperWord(word: string): boolean {
  const { properWords } = dictionary();
  if (properWords.has(word)) return true;
  // "Rhine's", "Germany's" are the names too.
  return properWords.has(word.replace(/['’]s?$/u, ''));
}

/** Whether a word is a people name of any language in @cspell/dict-people-names ("Mark", "Koch"). */
export function isPeopleName(word: string): boolean {
  return peopleNames().has(word.toLowerCase());
}

/**
 * Whether a word is an English surname in its own right: a people name that is also an English
 * word ("Cook", "Miller", "Brown", "Stone", "Fox"; not "Rhine", a river). Such a word in a
 * name's place may be a different person, so it is never fixed without asking.
 */
export function isEnglishSurname(word: string): boolean {
  return peopleNames().has(word.toLowerCase()) && isEnglishWord(word);
}
