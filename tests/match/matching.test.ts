import { describe, expect, it } from 'vitest';
import { Matcher } from '../../src/match/matcher.js';
import fc from 'fast-check';
import { expandGroups, fastPhraseSource, isLatinPhrase } from '../../src/match/matching.js';
import { isLatinSource } from '../../src/match/regex-source.js';
import { requiredLiteralGroups } from '../../src/match/required-words.js';

describe('expandGroups', () => {
  it('should fill named groups of a pattern match into a replacement', () => {
    const [match] = new Matcher().compilePattern('\\b(?<verb>keep|kept)\\s+our\\s+heads\\s+cold\\b', 'gu').scan('We kept our heads cold.');
    expect(match?.groups).toEqual({ verb: 'kept' });
    expect(expandGroups('$<verb> a cool head', match?.groups)).toBe('kept a cool head');
  });

  it('should fill a group that took no part in the match with nothing', () => {
    expect(expandGroups('member$<plural>', { plural: undefined })).toBe('member');
  });

  it('should leave a replacement without groups as it is', () => {
    expect(expandGroups('a cost of $5 <b>', undefined)).toBe('a cost of $5 <b>');
    expect(expandGroups('a cost of $5', { verb: 'kept' })).toBe('a cost of $5');
  });
});

describe('isLatinPhrase', () => {
  it('should answer for a phrase what parsing its alternation answers', () => {
    const letters = fc.constantFrom('a', 'Z', 'é', 'ł', 'ſ', 'ß', 'ğ', 'Д', 'Ω', '中', '한', ' ', '\u00a0', '\u3000', '\t', '’', "'", '-', '.', '(', '|', '$', '\\', '😀');
    const phrase = fc.array(letters, { minLength: 1, maxLength: 8 }).map((parts) => parts.join('')).filter((text) => text.trim() !== '');
    fc.assert(fc.property(phrase, (text) => isLatinPhrase(text) === isLatinSource(fastPhraseSource([text]))));
  });

  it('should take Polish and Turkish names for Latin and Cyrillic ones for not', () => {
    expect(isLatinPhrase('Prawo i Sprawiedliwość')).toBe(true);
    expect(isLatinPhrase('Сила Сибири')).toBe(false);
  });
});

describe('requiredLiteralGroups', () => {
  it('should list every group of words a match needs', () => {
    expect(requiredLiteralGroups('\\b(?:under|between|among)\\s+four\\s+eyes\\b')).toEqual([['under', 'between', 'among'], ['four'], ['eyes']]);
  });

  it('should fall back to one group for an alternation at the top', () => {
    expect(requiredLiteralGroups('\\b(?:fish\\s+nor\\s+meat|bird\\s+nor\\s+fish)\\b')).toEqual([['fish', 'bird']]);
    expect(requiredLiteralGroups('fish\\s+nor\\s+meat|bird')).toEqual([['fish', 'bird']]);
  });

  it('should leave out what is optional or negated', () => {
    expect(requiredLiteralGroups('\\bthe\\s+tone(?!\\s+deaf)(?:\\s+music)?s?\\b')).toEqual([['the'], ['tone']]);
    expect(requiredLiteralGroups('ab|\\bcd')).toBeUndefined();
  });

  it('should not require what is escaped or in a class, and take the letters around it', () => {
    expect(requiredLiteralGroups('\\b[Cc]orona[- ]?19\\b')).toEqual([['orona']]);
    expect(requiredLiteralGroups('\\bax(?:e)?\\s+\\p{Lu}')).toBeUndefined();
  });
});
