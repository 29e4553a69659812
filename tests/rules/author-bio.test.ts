import { describe, expect, it } from 'vitest';
import { authorBio } from '../../src/rules/author-bio.js';
import type { Rule } from '../../src/engine/types.js';
import { applyFixes } from '../../src/engine/fix.js';
import { compact, fixWith, lintWith } from '../helpers/rule-tester.js';

const rule = authorBio as Rule<unknown>;

const bio =
  'I am Jane Roe, an experienced journalist. I specialize in the world section. My passion lies in uncovering the truth.';

describe('author-bio', () => {
  it('should flag the self-introduction with the rest of the bio as one finding', () => {
    expect(compact(rule, `Source: Krone\n\n${bio}`)).toEqual([
      '3:1-3:118: Remove the author bio `I am Jane Roe, an experienced journalist. I specialize in…` [author-bio]',
    ]);
  });

  it('should remove the whole paragraph with --fix', () => {
    expect(fixWith(rule, `The talks ended.\n\n${bio}\n\nMore.`)).toBe('The talks ended.\n\nMore.');
    expect(fixWith(rule, `The talks ended.\n\n${bio}`)).toBe('The talks ended.\n');
  });

  it('should offer one whole-line fix per bio line, so that any subset of fixes leaves the paragraphs apart', () => {
    const other = 'I am Tom Poe, a news writer for the city desk. My beat is the council.';
    const text = `The talks ended.\n\n${bio}\n\nThe vote is on Monday.\n\n${other}\n\nMore.\n`;
    const fixes = lintWith(rule, text).flatMap((message) => (message.fix ? [message.fix] : []));
    expect(fixes).toHaveLength(2);
    const [first, second] = fixes;
    if (!first || !second) return;
    expect(applyFixes(text, [first]).output).toBe(`The talks ended.\n\nThe vote is on Monday.\n\n${other}\n\nMore.\n`);
    expect(applyFixes(text, [second]).output).toBe(`The talks ended.\n\n${bio}\n\nThe vote is on Monday.\n\nMore.\n`);
    expect(applyFixes(text, [first, second]).output).toBe('The talks ended.\n\nThe vote is on Monday.\n\nMore.\n');
  });

  it('should leave nothing to fix after its own fix', () => {
    const fixed = fixWith(rule, `The talks ended.\n\n${bio}\n\nMore.\n`);
    expect(lintWith(rule, fixed)).toEqual([]);
    expect(fixWith(rule, fixed)).toBe(fixed);
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
