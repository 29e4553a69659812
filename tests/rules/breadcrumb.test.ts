import { describe, expect, it } from 'vitest';
import { breadcrumb } from '../../src/rules/breadcrumb.js';
import type { Rule } from '../../src/engine/types.js';
import { compact, fixWith } from '../helpers/rule-tester.js';

const rule = breadcrumb as Rule<unknown>;

describe('breadcrumb', () => {
  it('should flag the crumbs above a headline', () => {
    expect(compact(rule, 'Home » today » World » Putin visits China\n')).toEqual([
      '1:1-1:23: Remove the breadcrumb trail `Home » today » World »` [breadcrumb]',
    ]);
  });

  it('should keep the headline when it removes the crumbs', () => {
    expect(fixWith(rule, 'Home » today » News » Listhaug is given over the accusations:\n\nText.')).toBe(
      'Listhaug is given over the accusations:\n\nText.',
    );
  });

  it('should remove a trail that is the whole line, with its line break', () => {
    expect(fixWith(rule, 'Home › Politics › Europe ›\n\nThe vote was close.')).toBe('The vote was close.');
  });

  it('should accept a trail with > only when it starts at Home', () => {
    expect(compact(rule, 'Home > News > Putin visits China')).toHaveLength(1);
    expect(compact(rule, 'Costs > revenue > profit in 2023, the report said.')).toEqual([]);
  });

  it('should stay silent on French guillemets in running text', () => {
    expect(compact(rule, 'Each comes to receive a « bravo », a warm embrace » and a handshake.')).toEqual([]);
  });

  it('should stay silent on one separator (almost a trail)', () => {
    expect(compact(rule, 'World » Putin visits China')).toEqual([]);
  });

  it('should stay silent when a segment is a sentence', () => {
    expect(compact(rule, 'He said: yes » she said, no » they left » home')).toEqual([]);
  });
});
