/**
 * One line per finding, `file:line:col: message [rule]`, the shape compilers print and that
 * Vim's quickfix list, Emacs's compilation mode and most editors' problem matchers read. A line
 * break or other control character in a file name or message is shown as an escape (`\n`), so a
 * record never spans two lines.
 */
import type { LintResult } from '../engine/types.js';
import { relativePath, showControlCharacters as oneLine, type FormatContext } from './context.js';

export function formatUnix(results: readonly LintResult[], context: FormatContext): string {
  let output = '';
  let count = 0;
  for (const result of results) {
    const path = oneLine(relativePath(result.filePath, context.cwd));
    for (const message of result.messages) {
      count++;
      const severity = message.fatal || message.severity === 2 ? 'error' : 'warning';
      const rule = message.ruleId ?? severity;
      output += `${path}:${message.line}:${message.column}: ${oneLine(message.message.replace(/\s*[\r\n]+\s*/g, ' '))} [${oneLine(rule)}]\n`;
    }
  }
  return count === 0 ? '' : `${output}\n${count} problem${count === 1 ? '' : 's'}\n`;
}
