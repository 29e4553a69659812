/**
 * ESLint's stylish format, for editors: a block per file, aligned columns, the reason and evidence
 * of each finding on an indented line below it, a summary with fixable counts. A long finding
 * wraps inside its column instead of widening the table, and no line is wider than the width
 * given (the terminal's, or 100 in a pipe): "Remove the author bio `I am …`" used to push every
 * rule id of the file past column 200.
 */
import type { LintMessage, LintResult } from '../engine/types.js';
import { showControlCharacters, type FormatContext } from './context.js';

export type { FormatContext };

/** The width of a report that goes to a pipe or a file, where no terminal says how wide it is. */
export const defaultWidth = 100;
/** Narrower than this, no table fits: columns are laid out as if it were this wide. */
const narrowest = 40;

const paint = (enabled: boolean, code: string, text: string): string => (enabled ? `\u001B[${code}m${text}\u001B[0m` : text);

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Columns a text takes: one per code point (the articles are Latin, Cyrillic, Thai…). */
function displayWidth(text: string): number {
  let width = 0;
  for (const _ of text) width++;
  return width;
}

/** A message on one line: its line breaks become spaces, other control characters visible escapes. */
function printable(text: string): string {
  return showControlCharacters(text.replace(/\s*[\r\n]+\s*/g, ' '));
}

/**
 * Breaks a text into lines of at most `width` columns at spaces; a word longer than a line (a
 * URL, a run of hashtags without spaces) is cut, so that the width holds whatever the text.
 */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    let rest = word;
    while (displayWidth(rest) > width) {
      if (line) {
        lines.push(line);
        line = '';
      }
      const characters = [...rest];
      lines.push(characters.slice(0, width).join(''));
      rest = characters.slice(width).join('');
    }
    if (!line) line = rest;
    else if (displayWidth(line) + 1 + displayWidth(rest) <= width) line += ` ${rest}`;
    else {
      lines.push(line);
      line = rest;
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

function severityWord(message: LintMessage): 'error' | 'warning' {
  return message.fatal || message.severity === 2 ? 'error' : 'warning';
}

function fileBlock(result: LintResult, width: number, color: boolean, notes: boolean): string {
  let output = `\n${wrap(showControlCharacters(result.filePath), width).map((line) => paint(color, '4', line)).join('\n')}\n`;
  const positions = result.messages.map((message) => `${message.line}:${message.column}`);
  const positionWidth = Math.max(...positions.map(displayWidth));
  const severityWidth = Math.max(...result.messages.map((message) => severityWord(message).length));
  const ruleWidth = Math.max(...result.messages.map((message) => displayWidth(showControlCharacters(message.ruleId ?? ''))));
  const indent = 2 + positionWidth + 2 + severityWidth + 2;
  // The rule id stays in its column when the message keeps room for a few words; else it goes below.
  const ruleBeside = width - indent - 2 - ruleWidth >= 24;
  const messageWidth = ruleBeside ? width - indent - 2 - ruleWidth : width - indent;
  const longestMessage = Math.max(...result.messages.map((message) => displayWidth(printable(message.message))));
  const messageColumn = Math.min(messageWidth, longestMessage);
  const padding = ' '.repeat(indent);
  result.messages.forEach((message, index) => {
    const severity = severityWord(message);
    const head = `  ${pad(positions[index] ?? '', positionWidth)}  ${paint(color, severity === 'error' ? '31' : '33', pad(severity, severityWidth))}  `;
    const lines = wrap(printable(message.message), messageColumn);
    const rule = showControlCharacters(message.ruleId ?? '');
    lines.forEach((line, lineIndex) => {
      const start = lineIndex === 0 ? head : padding;
      const end = lineIndex === 0 && ruleBeside && rule ? `  ${' '.repeat(messageColumn - displayWidth(line))}${paint(color, '2', rule)}` : '';
      output += `${start}${line}${end}`.trimEnd() + '\n';
    });
    if (!ruleBeside && rule) output += `${padding}${paint(color, '2', rule)}\n`;
    if (notes && message.note) {
      for (const line of wrap(printable(message.note), width - indent - 2)) output += `${padding}  ${paint(color, '2', line)}\n`;
    }
  });
  return output;
}

export function formatStylish(results: readonly LintResult[], context: FormatContext): string {
  const width = Math.max(narrowest, context.width ?? defaultWidth);
  const notes = context.notes !== false;
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
    output += fileBlock(result, width, color, notes);
  }
  const total = errors + warnings;
  if (total === 0) return '';
  const tone = errors > 0 ? '1;31' : '1;33';
  const summary = `\u2716 ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
  output += `\n${wrap(summary, width).map((line) => paint(color, tone, line)).join('\n')}\n`;
  if (fixableErrors + fixableWarnings > 0) {
    const fixable = `${plural(fixableErrors, 'error')} and ${plural(fixableWarnings, 'warning')} potentially fixable with the \`--fix\` option.`;
    output += wrap(fixable, width - 2).map((line) => paint(color, tone, `  ${line}`)).join('\n') + '\n';
  }
  return output;
}
