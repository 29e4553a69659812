import { describe, expect, it } from 'vitest';
import { createLiteralScanner, expandGroups, matchAll, requiredLiteralGroups, requiredLiterals } from '../../src/kinds/matching.js';

describe('expandGroups', () => {
  it('should fill named groups of a pattern match into a replacement', () => {
    const [match] = [...matchAll(/\b(?<verb>keep|kept)\s+our\s+heads\s+cold\b/gu, 'We kept our heads cold.')];
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

describe('requiredLiterals', () => {
  it('should find the word every match of a pattern contains', () => {
    expect(requiredLiterals('\\ba wet (?:rag|cloth) (?:against|in) face\\b')).toEqual(['face']);
    expect(requiredLiterals('(?<=\\bbased\\s+on\\s+)recognition\\b')).toEqual(['recognition']);
  });

  it('should offer any of several words when the pattern is an alternation', () => {
    expect(requiredLiterals('\\b(?:walk|go)\\s+around\\s+the\\s+(?:porridge|mash)\\b')).toEqual(['around']);
    expect(requiredLiterals('\\b(?:fish\\s+nor\\s+meat|bird\\s+nor\\s+fish)\\b')).toEqual(['fish', 'bird']);
  });

  it('should not require what is optional, negated, escaped or in a class', () => {
    expect(requiredLiterals('\\bthe\\s+tone(?!\\s+deaf)s?\\b')).toEqual(['tone']);
    expect(requiredLiterals('\\b[Cc]orona[- ]?19\\b')).toEqual(['orona']);
    expect(requiredLiterals('\\bax(?:e)?\\s+\\p{Lu}')).toBeUndefined();
    expect(requiredLiterals('ab|\\bcd')).toBeUndefined();
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
});

describe('createLiteralScanner', () => {
  it('should find words that overlap or share a start', () => {
    const scanner = createLiteralScanner(['eye', 'eyes', 'level', 'eve', 'cow']);
    expect([...(scanner?.present('at eyes level') ?? [])].sort()).toEqual(['eve', 'eye', 'eyes', 'level']);
  });

  it('should find words inside longer words, as a substring search does', () => {
    expect([...(createLiteralScanner(['cow'])?.present('in Moscow') ?? [])]).toEqual(['cow']);
  });

  it('should find nothing in a text without the words', () => {
    expect(createLiteralScanner(['cow'])?.present('in Kyiv').size).toBe(0);
    expect(createLiteralScanner([])).toBeUndefined();
  });
});
