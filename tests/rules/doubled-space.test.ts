import { describe, expect, it } from 'vitest';
import { doubledSpace } from '../../src/rules/doubled-space.js';
import type { Rule } from '../../src/engine/types.js';
import { compact, fixWith, lintWith } from '../helpers/rule-tester.js';

const rule = doubledSpace as Rule<unknown>;

describe('doubled-space', () => {
  it('should report two spaces between words', () => {
    expect(compact(rule, 'without borders?  Putin visits')).toEqual(['1:17-1:19: Replace the 2 spaces with one [doubled-space]']);
  });

  it('should fix every doubled space to one', () => {
    expect(fixWith(rule, 'one  two   three\nfour')).toBe('one two three\nfour');
  });

  it('should stay silent on indentation, trailing spaces and line breaks', () => {
    expect(lintWith(rule, '  Indented line  \nNext line\n\n  More')).toEqual([]);
  });

  it('should stay silent on a line aligned in columns', () => {
    expect(lintWith(rule, 'Party   Votes   Share   Seats')).toEqual([]);
  });

  it('should stay silent on single spaces and a no-break space beside a space', () => {
    expect(lintWith(rule, 'one two \u00a0three')).toEqual([]);
  });
});

describe('doubled-space and the two-spaces-after-a-full-stop convention', () => {
  it('should stay silent on an article that puts two spaces after every sentence', () => {
    expect(compact(doubledSpace as Rule<unknown>, 'Talks began.  Lavrov arrived on Monday.  Wang Yi met him.\n')).toEqual([]);
  });

  it('should still flag a doubled space between words in such an article', () => {
    expect(compact(doubledSpace as Rule<unknown>, 'Talks began.  Lavrov arrived.\nWang Yi met  him.  Both spoke.\n')).toEqual([
      '2:12-2:14: Replace the 2 spaces with one [doubled-space]',
    ]);
  });
});
