import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineWords } from '../../src/termbase/word-lists.js';
import { countCounters, hasMoreWordsThan, readTimestamp, runTogetherWords, shapeOf, splitsIntoMoreThan, tokensOf } from '../../src/text/line-shape.js';
import { fuzzParameters } from '../fuzz/arbitraries.js';

describe('readTimestamp', () => {
  it('should read dates and times in the formats of many locales as foreign', () => {
    for (const line of ['19.5. 16:10 | Updated 19.5. 20:39', '9. huhtikuuta 2024 klo 13.51', 'Aktualisiert am 09.04.2024 um 13:51 Uhr', '2024年4月9日 13:51', '9 de abril de 2024, 13:51', '9 апреля 2024, 13:51']) {
      expect(readTimestamp(line, lineWords())?.foreign, line).toBe(true);
    }
  });

  it('should read an English date line as not foreign', () => {
    expect(readTimestamp('October 28, 2024 — 12:15 pm EDT', lineWords())?.foreign).toBe(false);
  });

  it('should not read prose or a lone number as a timestamp', () => {
    expect(readTimestamp('The vote is on 9 April', lineWords())).toBeUndefined();
    expect(readTimestamp('2024', lineWords())).toBeUndefined();
  });
});

describe('countCounters', () => {
  it('should count number-noun pairs, labelled numbers and stars', () => {
    expect(countCounters('Visitors: 1445 Rating: ★★★★★', lineWords())).toEqual({ counters: 2, leftover: [] });
    expect(countCounters('2,391 views · 12 comments', lineWords())).toEqual({ counters: 2, leftover: [] });
  });

  it('should leave the words of a sentence over', () => {
    expect(countCounters('She won 52 votes', lineWords()).leftover).toEqual(['She', 'won']);
  });
});

describe('runTogetherWords', () => {
  it('should find words joined without spaces and a word glued to itself', () => {
    expect(runTogetherWords('[Ifyouwanttohaveallthelatestnewsonyourphone').map((word) => word.word)).toEqual(['Ifyouwanttohaveallthelatestnewsonyourphone']);
    expect(runTogetherWords('WorldWorld News')[0]?.repeated).toBe(true);
  });

  it('should pass over compounds and scripts written without spaces', () => {
    expect(runTogetherWords('Bundesverfassungsgericht 一带一路')).toEqual([]);
  });
});

describe('shapeOf', () => {
  it('should tell a sentence from a label', () => {
    expect(shapeOf('The council met on Monday.').sentence).toBe(true);
    expect(shapeOf('Home | World | Europe').sentence).toBe(false);
    expect(shapeOf('Home | World | Europe').separators).toBe(2);
  });
});

describe('splitsIntoMoreThan', () => {
  it('should answer as the count of a split at runs of white space does', () => {
    const pieces = fc.constantFrom('word', 'a', '9', '', ' ', '  ', '\t', '\n', '\u00A0', '\u2009', '\u3000', '\uFEFF', '\u200B', '-', 'é');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 16 }), fc.integer({ min: 0, max: 12 }), (parts, count) => {
        const text = parts.join('');
        expect(splitsIntoMoreThan(text, count), JSON.stringify([text, count])).toBe(text.split(/\s+/u).length > count);
      }),
      fuzzParameters(1000),
    );
  });

  it('should count the empty pieces a leading or trailing space leaves', () => {
    expect(splitsIntoMoreThan(' two words ', 3)).toBe(true);
    expect(splitsIntoMoreThan('two words', 2)).toBe(false);
  });
});

describe('hasMoreWordsThan', () => {
  it('should say "more" only where a split at white space and the token reader both give more', () => {
    const pieces = fc.constantFrom('word', 'a', '9', 'é', '–', '|', ',', ' ', '\t', '\u00A0', '\u2009', '\u3000', '\uFEFF', '\n');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 16 }), fc.integer({ min: 0, max: 8 }), (parts, count) => {
        const text = parts.join('');
        if (!hasMoreWordsThan(text, count)) return;
        expect(text.split(/\s+/u).length, JSON.stringify([text, count])).toBeGreaterThan(count);
        expect(tokensOf(text).length, JSON.stringify([text, count])).toBeGreaterThan(count);
      }),
      fuzzParameters(1000),
    );
  });

  it('should count words split by any white space a regex reads as such', () => {
    expect(hasMoreWordsThan('one\u2009two\u3000three', 2)).toBe(true);
    expect(hasMoreWordsThan('one two', 2)).toBe(false);
  });
});
