/** The engine keeps every message on whole characters, whatever range a rule reports. */
import { describe, expect, it } from 'vitest';
import { Article } from '../../src/engine/article.js';
import { defineRule } from '../../src/engine/define-rule.js';
import { runRules } from '../../src/engine/lint.js';
import type { Finding, LintMessage, Rule } from '../../src/engine/types.js';

function ruleReporting(finding: Omit<Finding, 'message' | 'actual'>): Rule<unknown> {
  return defineRule<unknown>({
    meta: { id: 'test-range', category: 'style', description: 'Reports one fixed range', docsUrl: '', defaultSeverity: 'error', fixable: 'fix' },
    defaultOptions: {},
    check(context) {
      context.report({ ...finding, message: 'Unexpected range', actual: context.article.source.slice(finding.start, finding.end) });
    },
  });
}

function lint(text: string, finding: Omit<Finding, 'message' | 'actual'>): LintMessage[] {
  return runRules(new Article(text), [{ rule: ruleReporting(finding), severity: 2, options: {} }]);
}

describe('the range guard', () => {
  it('should widen a report that splits a surrogate pair and drop its fix', () => {
    // "a😀b": the emoji is two code units at offsets 1 and 2.
    const [message] = lint('a😀b', { start: 2, end: 4, expected: ['x'], confidence: 'certain' });
    expect(message).toMatchObject({ line: 1, column: 2, endLine: 1, endColumn: 5 });
    expect(message?.fix).toBeUndefined();
  });

  it('should widen a report that ends between CR and LF', () => {
    const [message] = lint('one\r\ntwo', { start: 0, end: 4, expected: [], confidence: 'possible' });
    expect(message).toMatchObject({ line: 1, column: 1, endLine: 2, endColumn: 1 });
  });

  it('should keep a fix whose range holds whole characters', () => {
    const [message] = lint('a😀b', { start: 1, end: 3, expected: ['x'], confidence: 'certain' });
    expect(message?.fix).toEqual({ range: [1, 3], text: 'x' });
  });

  it('should turn a fix range outside the text into a fatal message naming the rule', () => {
    const [message] = lint('short', { start: 0, end: 2, expected: ['x'], confidence: 'certain', fixRange: [0, 99] });
    expect(message).toMatchObject({ fatal: true, ruleId: 'test-range' });
    expect(message?.message).toContain('fix [0, 99)');
  });
});
