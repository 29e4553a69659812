/** ESLint's stylish format: a block per file, aligned columns, a summary with fixable counts. */
import type { LintResult } from '../engine/types.js';
import { showControlCharacters, type FormatContext } from './context.js';

export type { FormatContext };

const paint = (enabled: boolean, code: string, text: string): string => (enabled ? `\u001B[${code}m${text}\u001B[0m` : text);

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function displayWidth(text: string): number {
  return [...text].length;
}

export function formatStylish(results: readonly LintResult[], context: FormatContext): string {
  let output = '';
  let errors = 0;
  let warnings = 0;
  let fixableErrors = 0;
  let fixableWarnings = 0;
  const color = context.color;
  for (const result of results) {
    if (result.messages.length === 0) continue;
    errors += result.errorCount;
    warnings += result.warningCount;
    fixableErrors += result.fixableErrorCount;
    fixableWarnings += result.fixableWarningCount;
    output += `\n${paint(color, '4', showControlCharacters(result.filePath))}\n`;
    const rows = result.messages.map((message) => [
      `${message.line}:${message.column}`,
      message.fatal || message.severity === 2 ? paint(color, '31', 'error') : paint(color, '33', 'warning'),
      showControlCharacters(message.message.replace(/\s*[\r\n]+\s*/g, ' ')),
      paint(color, '2', showControlCharacters(message.ruleId ?? '')),
    ]);
    const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => displayWidth(stripAnsi(row[column] ?? '')))));
    for (const row of rows) {
      const cells = row.slice(0, 3).map((cell, column) => cell + ' '.repeat((widths[column] ?? 0) - displayWidth(stripAnsi(cell))));
      output += `  ${cells.join('  ')}  ${row[3] ?? ''}`.trimEnd() + '\n';
    }
  }
  const total = errors + warnings;
  if (total === 0) return '';
  const summary = `\u2716 ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
  output += `\n${paint(color, errors > 0 ? '1;31' : '1;33', summary)}\n`;
  if (fixableErrors + fixableWarnings > 0) {
    output += paint(color, errors > 0 ? '1;31' : '1;33', `  ${plural(fixableErrors, 'error')} and ${plural(fixableWarnings, 'warning')} potentially fixable with the \`--fix\` option.`) + '\n';
  }
  return output;
}

function stripAnsi(text: string): string {
  // eslint-style stylish aligns on visible width; colour codes take no columns.
  return text.replace(/\u001B\[[0-9;]*m/g, '');
}
