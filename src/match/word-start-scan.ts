/**
 * A large alternation of phrases tried only where it can start: at a word whose lower-cased hash
 * is the first word of one of its phrases. V8 tries a large alternation at every position of the
 * text; the words of an article are hashed once (`TextFacts.words`), so a lookup per word leaves
 * the regex a handful of places. Exact where the regex starts with a word edge that counts `_` as
 * a word character, as the word scanner does, and on plain text; anywhere else the regex scans
 * the whole text.
 */
import type { PhraseMatch } from './phrase-match.js';
import { scan } from './scan.js';
import { factsOf, type TextFacts } from './text-facts.js';
import { firstWordHashOf } from '../text/words.js';

export interface WordStartScanner {
  /** The matches in text order, at most `limit` of them. */
  scan(subject: string | TextFacts, limit?: number): PhraseMatch[];
}

export interface WordStartOptions {
  /** Letter case counts: the source spells out where it may differ (`[Tt]he`). Default: it does not. */
  caseSensitive?: boolean;
  /**
   * A word the source allows before its phrases (`(?:[Tt]he\s+)?`), so that "the Rhine" matches
   * from "the": the regex is also tried at that word when a phrase's first word follows it.
   */
  leadingWord?: string;
  /** Scans the whole text where the words cannot serve (see above); by default the regex itself. */
  fallback?: (facts: TextFacts, limit: number) => PhraseMatch[];
}

/**
 * `source` must open with `(?<![\p{L}\p{N}_])` and match only the phrases given (after the leading
 * word, if any), whose first words are letters: "bruno the mayor", "giorgia melons".
 */
export function wordStartScannerOf(phrases: readonly string[], source: string, options: WordStartOptions = {}): WordStartScanner {
  const flags = options.caseSensitive ? 'u' : 'iu';
  const sticky = new RegExp(source, `${flags}y`);
  let whole: RegExp | undefined;
  const fallback = options.fallback ?? ((facts: TextFacts, limit: number): PhraseMatch[] => scan((whole ??= new RegExp(source, `g${flags}`)), facts.text, limit));
  const firstWords = new Set<number>();
  let filed = true;
  for (const phrase of phrases) {
    const hash = firstWordHashOf(phrase);
    if (hash === undefined) filed = false;
    else firstWords.add(hash);
  }
  const leadingHash = options.leadingWord === undefined ? undefined : firstWordHashOf(options.leadingWord);
  return {
    scan(subject, limit = Number.POSITIVE_INFINITY) {
      const facts = factsOf(subject);
      if (!filed || !facts.plain) return fallback(facts, limit);
      const { count, starts, folded } = facts.words;
      const text = facts.text;
      const matches: PhraseMatch[] = [];
      let cursor = 0;
      const tryAt = (start: number): void => {
        if (start < cursor) return;
        sticky.lastIndex = start;
        const match = sticky.exec(text);
        if (!match || match[0].length === 0) return;
        const end = start + match[0].length;
        matches.push(match.groups ? { start, end, text: match[0], groups: match.groups } : { start, end, text: match[0] });
        cursor = end;
      };
      for (let index = 0; index < count && matches.length < limit; index++) {
        if (!firstWords.has(folded[index] ?? 0)) continue;
        if (leadingHash !== undefined && index > 0 && folded[index - 1] === leadingHash) tryAt(starts[index - 1] ?? 0);
        tryAt(starts[index] ?? 0);
      }
      return matches;
    },
  };
}
