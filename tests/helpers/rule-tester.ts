/**
 * A rule tester in the spirit of ESLint's RuleTester: each case is one sentence of intent, and
 * expectations are compact `line:col-line:col: message [rule-id]` strings.
 */
import { Article } from '../../src/engine/article.js';
import { applyFixes, certainFixes, fixUntilStable } from '../../src/engine/fix.js';
import { runRules } from '../../src/engine/lint.js';
import type { LintMessage, Rule } from '../../src/engine/types.js';

export function lintWith(rule: Rule<unknown>, text: string, options?: unknown): LintMessage[] {
  return runRules(new Article(text), [{ rule, severity: 2, options: options ?? rule.defaultOptions }]);
}

/** `1:5-1:13: Unexpected `Sperbank`, expected `Sberbank` [misspelt-name]` */
export function formatCompact(message: LintMessage): string {
  return `${message.line}:${message.column}-${message.endLine ?? message.line}:${message.endColumn ?? message.column}: ${message.message} [${message.ruleId ?? ''}]`;
}

export function compact(rule: Rule<unknown>, text: string, options?: unknown): string[] {
  return lintWith(rule, text, options).map(formatCompact);
}

/** The text after --fix with only this rule. */
export function fixWith(rule: Rule<unknown>, text: string, options?: unknown): string {
  return fixUntilStable(text, (current) => lintWith(rule, current, options)).output;
}

/** The text after one pass of certain fixes. */
export function fixOnce(rule: Rule<unknown>, text: string, options?: unknown): string {
  return applyFixes(text, certainFixes(lintWith(rule, text, options))).output;
}

/** The text after applying the first suggestion of the message at `index`. */
export function applySuggestion(rule: Rule<unknown>, text: string, index = 0, options?: unknown): string {
  const message = lintWith(rule, text, options)[index];
  const suggestion = message?.suggestions?.[0];
  if (!suggestion) throw new Error(`No suggestion on message ${index}`);
  return applyFixes(text, [suggestion.fix]).output;
}
