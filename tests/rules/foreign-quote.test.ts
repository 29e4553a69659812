import { describe, expect, it } from 'vitest';
import { foreignQuote } from '../../src/rules/foreign-quote.js';
import type { Rule } from '../../src/engine/types.js';
import { applySuggestion, compact, fixWith, lintWith } from '../helpers/rule-tester.js';

const rule = foreignQuote as Rule<unknown>;

describe('foreign-quote', () => {
  it('should fix a TeX opening quote to the straight quote that closes it', () => {
    const text = 'he said, ``I have instructed the ministers."';
    expect(compact(rule, text)).toEqual(['1:10-1:12: Replace `ˋˋ` with `"` [foreign-quote]']);
    expect(fixWith(rule, text)).toBe('he said, "I have instructed the ministers."');
  });

  it("should fix a TeX pair ``…'' to curly quotes", () => {
    expect(fixWith(rule, "he said, ``We agree.'' Then he left.")).toBe('he said, “We agree.” Then he left.');
  });

  it('should suggest English quotes for guillemets', () => {
    expect(applySuggestion(rule, 'in the form of a « bravo », a warm embrace')).toBe('in the form of a “bravo”, a warm embrace');
    expect(applySuggestion(rule, 'with clear ideas. «At work united», the «chorus».')).toBe('with clear ideas. “At work united”, the «chorus».');
    expect(fixWith(rule, 'a « bravo »')).toBe('a « bravo »');
  });

  it('should suggest a closing quote for a French guillemet closing an English quotation', () => {
    const text = '“It has been thirty years, people are no longer sub-citizens! » Requested from all sides';
    expect(applySuggestion(rule, text)).toBe('“It has been thirty years, people are no longer sub-citizens!” Requested from all sides');
  });

  it('should stay silent on breadcrumbs, code spans and English quotes', () => {
    expect(lintWith(rule, 'Home » today » World » “Russia’s cry” – According to\nUse `x` here, and “quotes” there.')).toEqual([]);
  });

  it('should stay silent on a lone backquote and on doubled apostrophes alone', () => {
    expect(lintWith(rule, "the ` key and the '' mark, `` alone\n```\ncode\n```")).toEqual([]);
  });
});
