/**
 * JUnit XML, which CI servers show as test results: a suite per article, a failing test case per
 * message, and one passing case for an article without messages so that it still counts.
 */
import type { LintResult } from '../engine/types.js';
import { escapeXml, repositoryPath, showControlCharacters, type FormatContext } from './context.js';

export function formatJunit(results: readonly LintResult[], context: FormatContext): string {
  let output = '<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n';
  for (const result of results) {
    const path = escapeXml(showControlCharacters(repositoryPath(result.filePath, context)));
    const count = Math.max(result.messages.length, 1);
    output += `  <testsuite package="lint-articles" time="0" tests="${count}" errors="${result.errorCount}" failures="${result.warningCount}" name="${path}">\n`;
    if (result.messages.length === 0) output += `    <testcase time="0" name="lint-articles" classname="${path}" />\n`;
    for (const message of result.messages) {
      const kind = message.severity === 2 || message.fatal ? 'error' : 'failure';
      const label = message.severity === 2 || message.fatal ? 'Error' : 'Warning';
      const detail = `line ${message.line}, col ${message.column}, ${label} - ${message.message}${message.ruleId ? ` (${message.ruleId})` : ''}${message.note ? `\n${message.note}` : ''}`;
      output += `    <testcase time="0" name="lint-articles.${escapeXml(message.ruleId ?? 'file')}" classname="${path}">\n`;
      output += `      <${kind} message="${escapeXml(message.message)}">${escapeXml(detail)}</${kind}>\n`;
      output += '    </testcase>\n';
    }
    output += '  </testsuite>\n';
  }
  return `${output}</testsuites>\n`;
}
