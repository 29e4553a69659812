import { describe, expect, it } from 'vitest';
import { defineRule } from '../../src/engine/define-rule.js';
import { lintArticleText } from '../../src/engine/lint.js';
import { withoutFixesInMarkup } from '../../src/engine/processors.js';
import type { Rule } from '../../src/engine/types.js';

/** A rule that reports a fixed range with a certain fix, wherever it is. */
function rangeRule(start: number, end: number, fixRange?: [number, number]): Rule<unknown> {
  return defineRule<unknown>({
    meta: { id: 'range', category: 'style', description: 'test', docsUrl: 'https://example.com', defaultSeverity: 'error', fixable: 'fix' },
    defaultOptions: {},
    check({ article, report }) {
      report({ start, end, actual: article.source.slice(start, end), expected: ['X', 'Y'], confidence: 'certain', message: 'm', ...(fixRange ? { fixRange } : {}) });
    },
  });
}

describe('fixes over markup', () => {
  const source = 'Prose `code` prose';
  const prose = 'Prose        prose';

  it('should keep a fix that stays in prose', () => {
    const [message] = lintArticleText(source, [{ rule: rangeRule(0, 5), severity: 2, options: {} }], { proseText: prose });
    expect(message?.fix).toEqual({ range: [0, 5], text: 'X' });
    expect(message?.suggestions).toHaveLength(1);
  });

  it('should drop a fix and suggestions that reach into blanked markup, keeping the message', () => {
    // The finding is prose; its edit (a wider fixRange) would reach into the code span.
    const [message] = lintArticleText(source, [{ rule: rangeRule(0, 5, [0, 8]), severity: 2, options: {} }], { proseText: prose });
    expect(message?.message).toBe('m');
    expect(message?.fix).toBeUndefined();
    expect(message?.suggestions).toBeUndefined();
  });

  it('should drop an insertion inside markup but not one at its edge', () => {
    const insertion = (at: number) => ({ fix: { range: [at, at] as [number, number], text: 'x' } });
    expect(withoutFixesInMarkup([insertion(8)], source, prose)[0]?.fix).toBeUndefined();
    expect(withoutFixesInMarkup([insertion(6)], source, prose)[0]?.fix).toBeDefined();
  });
});

describe('findings over markup', () => {
  it('should drop a finding whose range covers blanked markup, and keep one in prose', () => {
    const source = 'Prose `code` prose';
    const prose = 'Prose        prose';
    expect(lintArticleText(source, [{ rule: rangeRule(5, 13), severity: 2, options: {} }], { proseText: prose })).toEqual([]);
    expect(lintArticleText(source, [{ rule: rangeRule(13, 18), severity: 2, options: {} }], { proseText: prose })).toHaveLength(1);
  });
});
