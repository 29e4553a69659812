import { describe, expect, it } from 'vitest';
import { quoteImbalance } from '../../src/rules/quote-imbalance.js';
import type { Rule } from '../../src/engine/types.js';
import { compact, fixWith, lintWith } from '../helpers/rule-tester.js';

const rule = quoteImbalance as Rule<unknown>;

describe('quote-imbalance', () => {
  it('should report an opening quote followed by another opening quote', () => {
    const text = 'He said. “China has stated that. “Putin might have hoped,” the expert explains.';
    expect(compact(rule, text)).toEqual(['1:10-1:11: Check `“`: this quotation is never closed in its paragraph; add the closing `”` where the quoted words end [quote-imbalance]']);
    expect(fixWith(rule, text)).toBe(text);
  });

  it('should report a paragraph that ends inside a quotation the next one does not continue', () => {
    expect(compact(rule, '“Basic Finns were left traumatized.\n\nThe party said so.')).toEqual([
      '1:1-1:2: Check `“`: this quotation is never closed in its paragraph; add the closing `”` where the quoted words end [quote-imbalance]',
    ]);
  });

  it('should stay silent on a quotation running on into the next paragraph', () => {
    expect(lintWith(rule, '“We will win this.\n\n“And then we govern,” she said.')).toEqual([]);
  });

  it('should stay silent on a last paragraph cut short and on balanced quotes', () => {
    expect(lintWith(rule, 'He called it “a “mono” of the camp”.\nThe head said the “political coven in which')).toEqual([]);
  });
});

describe('quote-imbalance with guillemets', () => {
  it('should count a French guillemet that closes an English quotation as closing it', () => {
    expect(lintWith(rule, '“It has been thirty years! » Requested from all sides.\n\nNext.')).toEqual([]);
  });
});

describe('quote-imbalance on correct copy', () => {
  it('should count a straight mark that closes a curly quotation as closing it', () => {
    expect(lintWith(rule, '“My hope is to serve the whole country," the king said. “It is a task for life.”\nNext.')).toEqual([]);
  });

  it('should stay silent on a quotation hard-wrapped over two lines', () => {
    expect(lintWith(rule, 'The mayor was firm. “We will rebuild the bridge\nand the school by spring,” she said.\nNext.')).toEqual([]);
  });

  it('should stay silent on a teaser that ends at an ellipsis in brackets', () => {
    expect(lintWith(rule, 'Read the interview: “We never expected the river to rise so fast […]\n\nOther news.')).toEqual([]);
  });

  it('should still report a quotation left open when the next paragraph does not close it', () => {
    expect(compact(rule, '“We will rebuild the bridge\nThe council met on Monday.')).toEqual(['1:1-1:2: Check `“`: this quotation is never closed in its paragraph; add the closing `”` where the quoted words end [quote-imbalance]']);
  });
});
