import { describe, expect, it } from 'vitest';
import { authorBio } from '../../src/rules/author-bio.js';
import type { Rule } from '../../src/engine/types.js';
import { applyFixes } from '../../src/engine/fix.js';
import { compact, fixWith, lintWith } from '../helpers/rule-tester.js';

const rule = authorBio as Rule<unknown>;

const bio =
  'I am Jane Roe, an experienced journalist. I specialize in the world section. My passion lies in uncovering the truth.';

describe('author-bio', () => {
  it('should flag the self-introduction and the rest of the bio', () => {
    expect(compact(rule, `Source: Krone\n\n${bio}`)).toEqual([
      '3:1-3:42: Remove the author bio `I am Jane Roe, an experienced journalist.` [author-bio]',
      '3:43-3:118: Remove the author bio `I specialize in the world section. My passion lies in…` [author-bio]',
    ]);
  });

  it('should remove the whole paragraph with --fix', () => {
    expect(fixWith(rule, `The talks ended.\n\n${bio}\n\nMore.`)).toBe('The talks ended.\n\nMore.');
    expect(fixWith(rule, `The talks ended.\n\n${bio}`)).toBe('The talks ended.\n');
  });

  it('should let the self-introduction go alone', () => {
    const text = `The talks ended.\n\n${bio}\n`;
    const first = lintWith(rule, text)[0]?.fix;
    expect(first).toBeDefined();
    if (first) expect(applyFixes(text, [first]).output).toBe('The talks ended.\nI specialize in the world section. My passion lies in uncovering the truth.\n');
  });

  it('should flag a one-sentence bio at the end of the page', () => {
    expect(fixWith(rule, 'Text.\n\nI am David Wyatt, a professional writer and journalist for Buna Times.\n')).toBe('Text.\n');
  });

  it('should stay silent on a first-person quote in the middle of an article', () => {
    expect(compact(rule, 'I am Anna Berg, a nurse from Oulu, she told the court.\n\nThe trial goes on.')).toEqual([]);
  });

  it('should stay silent on a lone self-introduction followed by more article (almost a bio)', () => {
    expect(compact(rule, 'I am Olaf Scholz, a reporter asked him. The chancellor laughed.\n\nThe trial goes on.')).toEqual([]);
  });
});
