/**
 * A case-insensitive alternation of many phrases tried only where it can start: at a word whose
 * lower-cased hash is the first word of one of its phrases. V8 tries a large alternation at every
 * position of the text; the words of an article are hashed once (`TextFacts.words`), so a lookup
 * per word leaves the regex a handful of places. Exact where the regex starts with a word edge
 * that counts `_` as a word character, as the word scanner does, and on plain text; anywhere else
 * the regex scans the whole text.
 */
import type { PhraseMatch } from './phrase-match.js';
import { scan } from './scan.js';
import type { TextFacts } from './text-facts.js';
import { firstWordHashOf } from '../text/words.js';

export interface WordStartScanner {
  scan(facts: TextFacts): PhraseMatch[];
}

/**
 * `source` must open with `(?<![\p{L}\p{N}_])` and match only the phrases given, whose first
 * words are letters: "bruno the mayor", "giorgia melons". It runs case-insensitively (`giu`).
 */
export function wordStartScannerOf(phrases: readonly string[], source: string): WordStartScanner {
  const whole = new RegExp(source, 'giu');
  const sticky = new RegExp(source, 'iuy');
  const firstWords = new Set<number>();
  let filed = true;
  for (const phrase of phrases) {
    const hash = firstWordHashOf(phrase);
    if (hash === undefined) filed = false;
    else firstWords.add(hash);
  }
  return {
    scan(facts) {
      if (!filed || !facts.plain) return scan(whole, facts.text, Number.POSITIVE_INFINITY);
      const { count, starts, folded } = facts.words;
      const text = facts.text;
      const matches: PhraseMatch[] = [];
      let cursor = 0;
      for (let index = 0; index < count; index++) {
        const start = starts[index] ?? 0;
        if (start < cursor || !firstWords.has(folded[index] ?? 0)) continue;
        sticky.lastIndex = start;
        const match = sticky.exec(text);
        if (!match || match[0].length === 0) continue;
        matches.push({ start, end: start + match[0].length, text: match[0] });
        cursor = start + match[0].length;
      }
      return matches;
    },
  };
}
