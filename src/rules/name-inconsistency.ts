/**
 * One person or thing spelt two ways in one article: a guest list with "Seo Yong-ju", an anchor
 * line with "Director Seo Yong-joo" and a speaker label "[Seoyongju]"; "Antti Häkkänen" in one
 * paragraph and "Antti Häkkinen" in the next. The minority spelling gets the dominant one as a
 * suggestion.
 *
 * Why code and not a `consistency` table: the spellings are not known in advance; they are found
 * by comparing the names the article itself uses.
 *
 * What stays silent: a different given name (Sergei/Sergey Lavrov, and Wang Yi next to Wang
 * Wentao, Marine next to Jean-Marie Le Pen, are other spellings or other people); case,
 * diacritics and umlaut transcription (Erdoğan/Erdogan, Söder/Soeder, İzmir/Izmir); transliteration
 * variants (Zelensky/Zelenskyy); possessives and endings (Lavrov's, a genitive, "South
 * Africa"/"South African"); British and American spellings ("Defence"/"Defense"); words the
 * article also uses in lowercase; and ties, where nothing says which spelling is right.
 */
import { defineRule, docsUrlOf } from '../engine/define-rule.js';
import { quote } from '../engine/messages.js';
import { memoise } from '../text/memo.js';
import { isNearWord, keysOf, sharesFold, squashKey, type WordKeys } from '../text/name-keys.js';
import type { NameWindow } from '../text/name-tokens.js';

interface Spelling {
  text: string;
  words: WordKeys[];
  windows: NameWindow[];
}

/**
 * British and American spellings of one word: "Defence"/"Defense", "Centre"/"Center", "Labour"/"Labor".
 * Remembered per word: an article of forty "Paragraph N:" lines asks for the same words a thousand times.
 */
const americanise = memoise((word: string): string =>
  word
    .replace(/ence$/u, 'ense')
    .replace(/tre$/u, 'ter')
    .replace(/our/gu, 'or')
    .replace(/is(e|ed|ing|ation)$/u, 'iz$1')
    .replace(/ogue$/u, 'og')
    .replace(/ll/gu, 'l'),
);

/** Two spellings of the differing word that point to one name written two ways. */
function isSlip(a: WordKeys, b: WordKeys): boolean {
  if (sharesFold(a, b) || a.translit === b.translit) return false;
  // "Africa"/"African", "Niinistö"/"Niinistön": an ending, not another spelling.
  if (a.plain.startsWith(b.plain) || b.plain.startsWith(a.plain)) return false;
  if (americanise(a.plain) === americanise(b.plain)) return false;
  // Korean romanisation "Yong-ju"/"Yong-joo" squashes to one key.
  return squashKey(a.word) === squashKey(b.word) || isNearWord(a, b) || isNearWord(b, a);
}

export const nameInconsistency = defineRule({
  meta: {
    id: 'name-inconsistency',
    category: 'names',
    description: 'One name spelt two ways in one article',
    docsUrl: docsUrlOf('name-inconsistency'),
    defaultSeverity: 'warn',
    fixable: 'suggest',
    label: 'another spelling of a name in the article',
  },
  defaultOptions: {},
  check(context) {
    const { article } = context;
    const runs = article.nameRuns;
    const spellings = new Map<string, Spelling>();
    const singles: NameWindow[] = [];
    for (const run of runs) {
      for (const size of [1, 2, 3]) {
        for (const window of article.nameWindows(run, size)) {
          if (size === 1) {
            singles.push(window);
            continue;
          }
          const key = window.words.join(' ');
          const spelling = spellings.get(key) ?? { text: key, words: window.words.map((word) => keysOf(word)), windows: [] };
          spelling.windows.push(window);
          spellings.set(key, spelling);
        }
      }
    }
    if (spellings.size === 0) return;
    const usedInLowercase = (word: string): boolean => article.standsAlone(word.toLowerCase());

    // Group spellings by their first word and length: only names that share a given name compare.
    const groups = new Map<string, Spelling[]>();
    for (const spelling of spellings.values()) {
      const first = spelling.words[0];
      if (!first) continue;
      const key = `${spelling.words.length}:${first.folds[0] ?? ''}`;
      const list = groups.get(key) ?? [];
      list.push(spelling);
      groups.set(key, list);
    }

    const reported = new Set<NameWindow>();
    const report = (window: NameWindow, actual: string, expected: string, note: string): void => {
      if (reported.has(window)) return;
      reported.add(window);
      context.report({
        start: window.start,
        end: window.end,
        actual: article.source.slice(window.start, window.end),
        expected: [expected],
        confidence: 'likely',
        note,
      });
    };
    const where = (window: NameWindow): string => {
      const point = article.toPoint(window.start);
      return `${point.line}:${point.column}`;
    };

    for (const group of groups.values()) {
      for (let left = 0; left < group.length; left++) {
        for (let right = left + 1; right < group.length; right++) {
          const a = group[left];
          const b = group[right];
          if (!a || !b) continue;
          let differing = -1;
          let consistent = true;
          for (let index = 1; index < a.words.length; index++) {
            const wordA = a.words[index];
            const wordB = b.words[index];
            if (!wordA || !wordB) {
              consistent = false;
              break;
            }
            if (sharesFold(wordA, wordB)) continue;
            if (differing >= 0 || !isSlip(wordA, wordB)) {
              consistent = false;
              break;
            }
            differing = index;
          }
          if (!consistent || differing < 0) continue;
          const wordA = a.words[differing];
          const wordB = b.words[differing];
          if (!wordA || !wordB || usedInLowercase(wordA.word) || usedInLowercase(wordB.word)) continue;
          if (a.windows.length === b.windows.length) continue;
          const [dominant, minority] = a.windows.length > b.windows.length ? [a, b] : [b, a];
          const first = dominant.windows[0];
          if (!first) continue;
          for (const window of minority.windows) {
            report(window, minority.text, dominant.text, `${quote(dominant.text)} is written ${dominant.windows.length} times (first at ${where(first)}), ${quote(minority.text)} ${minority.windows.length}`);
          }
        }
      }
    }

    // "[Seoyongju]" next to "Seo Yong-ju": one name run together.
    const bySquash = new Map<string, Spelling>();
    for (const spelling of spellings.values()) {
      const key = squashKey(spelling.text);
      const known = bySquash.get(key);
      if (!known || spelling.windows.length > known.windows.length) bySquash.set(key, spelling);
    }
    for (const window of singles) {
      const word = window.tokens[0]?.bare ?? '';
      if (word.length < 6 || /[-‐]/u.test(word)) continue;
      const spelling = bySquash.get(squashKey(word));
      const first = spelling?.windows[0];
      if (!spelling || !first || spelling.text.replace(/\s/gu, '') === word) continue;
      if (usedInLowercase(word)) continue;
      report(window, word, spelling.text, `${quote(spelling.text)} is written at ${where(first)}; ${quote(word)} runs it together`);
    }
  },
});
