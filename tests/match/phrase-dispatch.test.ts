/**
 * Large phrase tables are looked up word by word (src/match/phrase-dispatch.ts) and line patterns
 * skip lines too long for them; both must find exactly what the exact regexes find.
 */
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Matcher } from '../../src/match/matcher.js';
import { isPlainText } from '../../src/text/characters.js';
import type { PhraseMatch } from '../../src/match/phrase-match.js';
import { bundledRulesDirectory, readTermbase } from '../../src/termbase/load.js';
import { isWordCode } from '../../src/text/characters.js';
import { isFoldSafeCode, lowerCode, scanWords } from '../../src/text/words.js';
import { meaningScannerOf } from '../../src/kinds/surname-meaning.js';
import { wordStartScannerOf } from '../../src/match/word-start-scan.js';
import { fuzzParameters } from '../fuzz/arbitraries.js';

function exactMatches(regex: RegExp, text: string): PhraseMatch[] {
  return [...text.matchAll(new RegExp(regex.source, regex.flags))]
    .filter((match) => match[0].length > 0)
    .map((match) => {
      const found: PhraseMatch = { start: match.index, end: match.index + match[0].length, text: match[0] };
      if (match.groups) found.groups = match.groups;
      return found;
    });
}

const plainCharacters: string[] = [];
for (let code = 0; code <= 0xffff; code++) {
  const character = String.fromCharCode(code);
  if ((code < 0xd800 || code > 0xdfff) && isPlainText(character)) plainCharacters.push(character);
}
const plainAlphabet = plainCharacters.join('');

describe('case folding of filed words', () => {
  it('should let a fold-safe letter of a phrase match, under giu, exactly the plain characters with its lower case', () => {
    const byLower = new Map<number, string[]>();
    for (const character of plainCharacters) {
      const lower = lowerCode(character.charCodeAt(0));
      byLower.set(lower, [...(byLower.get(lower) ?? []), character]);
    }
    const differences: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (!isFoldSafeCode(code) || !isWordCode(code)) continue;
      const escaped = `\\u${code.toString(16).padStart(4, '0')}`;
      const folded = (plainAlphabet.match(new RegExp(escaped, 'giu')) ?? []).join('');
      const lowered = (byLower.get(lowerCode(code)) ?? []).join('');
      if (folded !== lowered) differences.push(`${escaped}: ${folded} / ${lowered}`);
    }
    expect(differences).toEqual([]);
  });

  it('should refuse the letters whose lower case and case folding part ways', () => {
    for (const character of ['µ', 'ſ', 'ὀ', 'Ա']) expect(isFoldSafeCode(character.charCodeAt(0)), character).toBe(false);
    for (const character of ['a', 'Z', 'é', 'Ł', 'ß', '9', '_', 'İ', 'ı', 'Ж', 'ё']) expect(isFoldSafeCode(character.charCodeAt(0)), character).toBe(true);
  });
});

describe('the words of an article', () => {
  it('should start a word at each letter, number or underscore after anything else', () => {
    const text = 'Kraft Siberia’s “pipe-line” 2_x Zoë\u0301s';
    const { count, starts } = scanWords(text);
    expect([...starts].map((start) => text.slice(start, start + 4))).toEqual(['Kraf', 'Sibe', 's “p', 'pipe', 'line', '2_x ', 'Zoë\u0301', 's']);
    expect(count).toBe(8);
  });
});

/** A table of at least sixteen phrases from a small vocabulary, so phrases share words and prefixes. */
const vocabulary = ['the', 'The', 'Kraft', 'kraft', 'Siberia', 'Sibiriens', 'Rhine', 'of', 'A', 'Zoë', 'Ärzte', 'x9', 'e', 'mail', 'Party'];
const separators = [' ', ' ', ' ', '-', "'", '’', '. ', ', '];
const phraseArbitrary = fc
  .array(fc.tuple(fc.constantFrom(...vocabulary), fc.constantFrom(...separators)), { minLength: 1, maxLength: 4 })
  .chain((parts) =>
    fc.constantFrom('', '.', "'s").map((end) => parts.map(([word, separator], index) => (index === parts.length - 1 ? word : word + separator)).join('') + end),
  );
const tableArbitrary = fc.uniqueArray(phraseArbitrary, { minLength: 16, maxLength: 40 });

function textArbitrary(phrases: readonly string[]): fc.Arbitrary<string> {
  const pieces = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...phrases) },
    { weight: 3, arbitrary: fc.constantFrom(...vocabulary) },
    { weight: 4, arbitrary: fc.constantFrom(' ', '  ', '\n', '\r\n', ', ', '. ', '-', "'", '’', '“', '(', '\u00A0') },
    { weight: 2, arbitrary: fc.constantFrom('é', 'İ', 'ı', 'x', '9', '_', '\u0301', 'THE', 'KRAFT', 'ſ', 'Ж') },
  );
  return fc.array(pieces, { maxLength: 14 }).map((parts) => parts.join(''));
}

describe('phrase tables looked up word by word', () => {
  for (const caseSensitive of [true, false]) {
    it(`should find what the alternation finds (${caseSensitive ? 'case-sensitive' : 'case-insensitive'})`, () => {
      fc.assert(
        fc.property(
          tableArbitrary.chain((phrases) => fc.tuple(fc.constant(phrases), textArbitrary(phrases))),
          ([phrases, text]) => {
            const table = new Matcher().compilePhraseTable(phrases, caseSensitive);
            if (!table) throw new Error('no table');
            const regex = table.regex;
            expect(table.scan(text), JSON.stringify(text)).toEqual(exactMatches(regex, text));
            expect(table.scan(text, 1)).toEqual(exactMatches(regex, text).slice(0, 1));
          },
        ),
        fuzzParameters(100),
      );
    });
  }

  for (const caseSensitive of [true, false]) {
    it(`should scan a small set only when the article has one of its first words, and find what the alternation finds (${caseSensitive ? 'case-sensitive' : 'case-insensitive'})`, () => {
      fc.assert(
        fc.property(
          fc.uniqueArray(phraseArbitrary, { minLength: 1, maxLength: 15 }).chain((phrases) => fc.tuple(fc.constant(phrases), textArbitrary(phrases))),
          ([phrases, text]) => {
            const table = new Matcher().compilePhraseTable(phrases, caseSensitive);
            if (!table) throw new Error('no table');
            const regex = table.regex;
            expect(table.scan(text), JSON.stringify(text)).toEqual(exactMatches(regex, text));
          },
        ),
        fuzzParameters(300),
      );
    });
  }

  it('should take the longest phrase at one offset, and go on after it', () => {
    const phrases = ['Kraft Siberia', 'Kraft', 'the Rhine', 'Rhine', 'Sperbank', ...Array.from({ length: 16 }, (_, index) => `Filler${index}`)];
    const table = new Matcher().compilePhraseTable(phrases, false);
    if (!table) throw new Error('no table');
    const regex = table.regex;
    const text = 'KRAFT  Siberia and kraft;\nthe\nRhine, Rhineland, Sperbank’s';
    expect(table.scan(text).map((match) => match.text)).toEqual(['KRAFT  Siberia', 'kraft', 'the\nRhine', 'Sperbank']);
  });

  it('should keep the alternation for a table with a phrase that starts with punctuation', () => {
    const phrases = ['(M.)', ...Array.from({ length: 16 }, (_, index) => `Filler${index}`)];
    const table = new Matcher().compilePhraseTable(phrases, true);
    if (!table) throw new Error('no table');
    const regex = table.regex;
    expect(table.scan('Lavrov (M.) and Filler3.').map((match) => match.text)).toEqual(['(M.)', 'Filler3']);
  });
});

describe('line-start patterns with a longest line', () => {
  it('should skip a line longer than the longest line, blanks at its ends aside', () => {
    const pattern = new Matcher().compilePattern('(?<=^|\\n)[ \\t]*Share\\b[^\\r\\n]*', 'gu', { longestLine: 14 });
    expect(pattern.scan('Share this\n  Share this now \t\nShare this story now').map((match) => match.text)).toEqual(['Share this', '  Share this now \t']);
  });

  it('should find what the exact regex finds, long lines and blank ends included', () => {
    const source = '(?<=^|\\n)[ \\t]*(?=[^\\r\\n]{0,11}[^\\s.!?](?=[ \\t]*(?:\\r?\\n|$)))[^\\r\\n]*?\\bShare\\b[^\\r\\n]*';
    const pattern = new Matcher().compilePattern(source, 'gu');
    const regex = pattern.regex;
    const line = fc.tuple(fc.constantFrom('', ' ', '\t ', '    '), fc.constantFrom('Share', 'Share it', 'Share this now', 'Share this now please', 'x Share y.'), fc.constantFrom('', ' ', '\t', '\r'));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 5 }), (lines) => {
        const text = lines.map((parts) => parts.join('')).join('\n');
        expect(pattern.scan(text), JSON.stringify(text)).toEqual(exactMatches(regex, text));
      }),
      fuzzParameters(300),
    );
  });
});

describe('the scan for surname meanings', () => {
  const table = readTermbase(join(bundledRulesDirectory, 'translated-surname.json'));
  const meanings = table.data.entries.flatMap((entry) => entry.meanings ?? []);
  const scanner = meaningScannerOf(meanings, new Matcher());
  const pieces = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...meanings) },
    { weight: 3, arbitrary: fc.constantFrom(...meanings.map((meaning) => meaning.toLowerCase()), ...meanings.map((meaning) => meaning.toUpperCase())) },
    { weight: 3, arbitrary: fc.constantFrom('the ', 'The ', 'THE ', 'the\n', 'then ', 'x', ' ', '  ', '-', '-Westphalia', '’s', 'é', 'İ', '\u0301', '_', '9', '.', ', ') },
  );

  it('should find what the whole alternation finds', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(scanner.scan(text), JSON.stringify(text)).toEqual(exactMatches(scanner.regex, text));
      }),
      fuzzParameters(300),
    );
  });
});

describe('the word-start scan of a case-insensitive phrase list', () => {
  // Phrases of the shape name-meaning's known translations take: a given name, then an English word.
  const phrases = ['bruno the mayor', 'giorgia melons', 'olaf shoe', 'olaf shoemaker', 'anna pool', 'ümit river'];
  const escaped = phrases.map((phrase) => phrase.replace(/ /gu, '\\s+'));
  const source = `(?<![\\p{L}\\p{N}_])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`;
  const scanner = wordStartScannerOf(phrases, source);
  const pieces = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...phrases, ...phrases.map((phrase) => phrase.toUpperCase()), 'Bruno the Mayor', 'Olaf Shoe') },
    { weight: 3, arbitrary: fc.constantFrom('bruno ', 'olaf', 'the ', 'mayor', 'x', ' ', '\n', '-', '’s', 'é', 'İ', '\u0301', '_', '9', '.', ', ') },
  );

  it('should find what the whole alternation finds', () => {
    const whole = new RegExp(source, 'giu');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(scanner.scan(text), JSON.stringify(text)).toEqual(exactMatches(whole, text));
      }),
      fuzzParameters(300),
    );
  });

  it('should stop at the limit it is given', () => {
    expect(scanner.scan('Anna Pool met Olaf Shoemaker and Bruno the Mayor.', 2).map((match) => match.text)).toEqual(['Anna Pool', 'Olaf Shoemaker']);
  });
});
