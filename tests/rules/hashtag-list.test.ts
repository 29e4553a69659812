import { describe, expect, it } from 'vitest';
import { hashtagList } from '../../src/rules/hashtag-list.js';
import type { Rule } from '../../src/engine/types.js';
import { compact, fixWith } from '../helpers/rule-tester.js';

const rule = hashtagList as Rule<unknown>;

describe('hashtag-list', () => {
  it('should flag a line of hashtags', () => {
    expect(compact(rule, 'Text.\n\n#Russias #emergency #cry #Kremlin\n')).toEqual([
      '3:1-3:34: Remove the hashtag list `#Russias #emergency #cry #Kremlin` [hashtag-list]',
    ]);
  });

  it('should remove the line without leaving a double blank line', () => {
    expect(fixWith(rule, 'Text.\n\n#Turkey #summons #Swedens\n\nLeave a Reply\n')).toBe('Text.\n\nLeave a Reply\n');
  });

  it('should remove a tag line between lines of text', () => {
    expect(fixWith(rule, 'Arms exports.\n#Turkey #summons\nLeave a Reply')).toBe('Arms exports.\nLeave a Reply');
  });

  it('should stay silent on hashtags inside a sentence', () => {
    expect(compact(rule, 'Protesters used #StandWithUkraine and #NoWar on social media.')).toEqual([]);
  });

  it('should stay silent on a single hashtag line (almost a list)', () => {
    expect(compact(rule, 'Text.\n#Ukraine\n')).toEqual([]);
  });
});
