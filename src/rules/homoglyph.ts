/**
 * `homoglyph`: a Greek or Cyrillic letter inside a Latin word, where it looks the same but breaks
 * search, spell checking and sorting. "Μigration is an extremely critical issue" begins with
 * GREEK CAPITAL LETTER MU (typed on a Greek keyboard layout); "Вank" with CYRILLIC CAPITAL VE.
 *
 * A word written wholly in Greek or Cyrillic is genuine text and stays untouched, and so does a
 * mostly Greek or Cyrillic word: its stray letter would be the Latin one.
 */
import { defineRule, docsUrlOf } from '../engine/define-rule.js';
import { quote } from '../engine/messages.js';

/** Greek and Cyrillic letters that look like a Latin letter in common news fonts. */
const latinLookAlike: Readonly<Record<string, string>> = {
  // Greek capitals.
  'Α': 'A', 'Β': 'B', 'Ε': 'E', 'Ζ': 'Z', 'Η': 'H', 'Ι': 'I', 'Κ': 'K', 'Μ': 'M', 'Ν': 'N', 'Ο': 'O', 'Ρ': 'P', 'Τ': 'T', 'Υ': 'Y', 'Χ': 'X',
  // Greek small letters.
  'ο': 'o', 'ν': 'v', 'ρ': 'p', 'ι': 'i', 'κ': 'k', 'χ': 'x', 'υ': 'u',
  // Cyrillic capitals.
  'А': 'A', 'В': 'B', 'Е': 'E', 'К': 'K', 'М': 'M', 'Н': 'H', 'О': 'O', 'Р': 'P', 'С': 'C', 'Т': 'T', 'Х': 'X', 'Ѕ': 'S', 'І': 'I', 'Ј': 'J', 'Ү': 'Y',
  // Cyrillic small letters.
  'а': 'a', 'е': 'e', 'о': 'o', 'р': 'p', 'с': 'c', 'у': 'y', 'х': 'x', 'ѕ': 's', 'і': 'i', 'ј': 'j', 'һ': 'h', 'ԁ': 'd', 'ӏ': 'l',
};

/** One scan for the rare letters; each hit's word is then read outwards, so the cost stays linear. */
const foreignLetters = /[\p{Script=Greek}\p{Script=Cyrillic}]/gu;
const wordLetter = /[\p{L}\p{M}]/u;
const latinLetter = /\p{Script=Latin}/u;
const foreignLetter = /[\p{Script=Greek}\p{Script=Cyrillic}]/u;
/**
 * The blocks that hold every Greek and Cyrillic letter of the BMP, and any surrogate for the rest,
 * without `u`: most articles have none, and this answers in a few microseconds where the script
 * property costs thirty. tests/rules/homoglyph.test.ts checks it covers both scripts.
 */
export const mayHaveForeignLetter = /[\u0370-\u052F\u1C80-\u1C8F\u1D00-\u1DBF\u1F00-\u1FFF\u2126\u2DE0-\u2DFF\uA640-\uA69F\uAB65\uFE2E\uFE2F\uD800-\uDBFF]/;

export const homoglyph = defineRule<Record<string, never>>({
  meta: {
    id: 'homoglyph',
    category: 'encoding',
    description: 'Greek or Cyrillic letter inside a Latin word (`Μigration` with a Greek capital mu)',
    docsUrl: docsUrlOf('homoglyph'),
    defaultSeverity: 'error',
    fixable: 'fix',
    label: 'a word in mixed alphabets',
  },
  defaultOptions: {},
  check({ article, report }) {
    const text = article.text;
    if (!mayHaveForeignLetter.test(text) || !foreignLetter.test(text)) return;
    let wordEnd = -1;
    for (const hit of text.matchAll(foreignLetters)) {
      if (hit.index < wordEnd) continue;
      let start = hit.index;
      while (start > 0 && wordLetter.test(text.charAt(start - 1))) start--;
      let end = hit.index + hit[0].length;
      while (end < text.length && wordLetter.test(text.charAt(end))) end++;
      wordEnd = end;
      const word = text.slice(start, end);
      let latin = 0;
      let foreign = 0;
      let unknown = 0;
      for (const letter of word) {
        if (latinLetter.test(letter)) latin++;
        else if (foreignLetter.test(letter)) {
          foreign++;
          if (latinLookAlike[letter] === undefined) unknown++;
        }
      }
      if (latin <= foreign) continue;
      const fixed = [...word].map((letter) => latinLookAlike[letter] ?? letter).join('');
      const strays = [...word].filter((letter) => foreignLetter.test(letter));
      const note = `${strays.map((letter) => `${quote(letter)} U+${(letter.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`).join(', ')} in a word of ${latin} Latin letters`;
      if (unknown > 0) {
        report({ start, end, actual: word, expected: [], confidence: 'possible', check: 'it mixes letters of two alphabets that look alike; retype it', note });
        continue;
      }
      report({
        start,
        end,
        actual: word,
        expected: [fixed],
        confidence: 'certain',
        note,
      });
    }
  },
});
