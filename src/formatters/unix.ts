/**
 * One line per finding, `file:line:col: message [rule]`, the shape compilers print and that
 * Vim's quickfix list, Emacs's compilation mode and most editors' problem matchers read.
 */
import type { LintResult } from '../engine/types.js';
import { relativePath, type FormatContext } from './context.js';

/**
 * A path or message on one line: a line break or other control character in a file name or a
 * message would split the record or drive the terminal, so it is shown as a `\u000A` escape.
 */
function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

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
