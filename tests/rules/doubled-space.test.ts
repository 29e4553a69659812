import { describe, expect, it } from 'vitest';
import { doubledSpace } from '../../src/rules/doubled-space.js';
import type { Rule } from '../../src/engine/types.js';
import { compact, fixWith, lintWith } from '../helpers/rule-tester.js';

const rule = doubledSpace as Rule<unknown>;

describe('doubled-space', () => {
  it('should report two spaces between words', () => {
    expect(compact(rule, 'without borders?  Putin visits')).toEqual(['1:17-1:19: Replace the 2 spaces with one [doubled-space]']);
  });

  it('should fix a doubled space at the seam of a headline and its standfirst to one', () => {
    expect(fixWith(rule, 'Friendship without borders?  Putin visits China\nfour')).toBe('Friendship without borders? Putin visits China\nfour');
  });

  it('should report a link label glued to the headline it introduced', () => {
    expect(compact(rule, 'The talks ended.\nSee also  Storm closes the harbour')).toEqual(['2:9-2:11: Replace the 2 spaces with one [doubled-space]']);
  });

  it('should stay silent on a doubled space inside a sentence, a typing slip of any copy', () => {
    expect(lintWith(rule, 'The coalition kept moving forward  together.\nMinisters Anna Berg,  Petr Lind and Jon Vik spoke.')).toEqual([]);
  });

  it('should stay silent on a wide gap before a caption credit', () => {
    expect(lintWith(rule, 'The governor spoke in the capital on Monday.     © Example Images')).toEqual([]);
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

  it('should stay silent on a seam in such an article too, since its gaps are all house style', () => {
    expect(lintWith(doubledSpace as Rule<unknown>, 'Talks began.  Lavrov arrived.\nWang Yi met him.  Both spoke.\n')).toEqual([]);
  });
});
