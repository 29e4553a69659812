import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { truncatedDuplicate, withoutEllipsis } from '../../src/rules/truncated-duplicate.js';
import type { Rule } from '../../src/engine/types.js';
import { applySuggestion, compact, fixWith } from '../helpers/rule-tester.js';

const rule = truncatedDuplicate as Rule<unknown>;

describe('truncated-duplicate', () => {
  it('should flag a headline cut off after a function word', () => {
    const text = 'May 2, 2023\n\nSwedish premier warned about the “long winter” ahead\n\nSwedish premier warned about the\n\nThe premier spoke.';
    expect(compact(rule, text)).toEqual([
      '5:1-5:33: Remove the cut-off repeat `Swedish premier warned about the` [truncated-duplicate]',
    ]);
  });

  it('should remove the cut line and its blank line', () => {
    const text = 'Swedish premier warned about the “long winter” ahead\n\nSwedish premier warned about the\n\nThe premier spoke.';
    expect(fixWith(rule, text)).toBe('Swedish premier warned about the “long winter” ahead\n\nThe premier spoke.');
  });

  it('should suggest removing a cut line right under the headline when it ends in a content word', () => {
    const text = 'Orpo calls the poll result a clear signal\nOrpo calls the poll result\nThe chairman spoke.';
    expect(applySuggestion(rule, text)).toBe('Orpo calls the poll result a clear signal\nThe chairman spoke.');
  });

  it('should flag a cut headline that ends in an ellipsis', () => {
    const text = 'Lavrov arrives in Beijing for talks with Wang Yi\nLavrov arrives in Beijing for…\nThe visit began.';
    expect(fixWith(rule, text)).toBe('Lavrov arrives in Beijing for talks with Wang Yi\nThe visit began.');
  });

  it('should stay silent on an exact copy of the headline', () => {
    expect(compact(rule, 'Putin visits China for two days\n\nPutin visits China for two days\n\nText.')).toEqual([]);
  });

  it('should stay silent on a crosshead that opens the next paragraph (the full line comes later)', () => {
    expect(compact(rule, 'Headline here\n\nTrade between the neighbours\n\nTrade between the neighbours is at a record high.')).toEqual([]);
  });

  it('should stay silent on a short line and on a complete sentence (almost a teaser)', () => {
    const text = 'Lavrov visits China today. He arrived on Monday.\n\nLavrov visits China today.\n\nChina waits\n\nChina waits for Lavrov to land.';
    expect(compact(rule, text)).toEqual([]);
  });

  it('should stay silent on a prefix that stops inside a word', () => {
    expect(compact(rule, 'The minister spoke about theories of war\nThe minister spoke about the\n')).toEqual([]);
  });

  it('should take off a closing ellipsis and its blanks exactly as the regex would', () => {
    const ellipsis = /[ \t]*(?:…|\.\.\.)$/;
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', ' ', '\t', '.', '…', 'x y'), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(withoutEllipsis(text), JSON.stringify(text)).toBe(text.replace(ellipsis, ''));
      }),
      { numRuns: 500 },
    );
  });
});
