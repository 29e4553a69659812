/**
 * GitHub Actions workflow commands: one `::error` or `::warning` line per message, which GitHub
 * shows as an annotation on the line of the pull request. GitHub shows at most ten error and ten
 * warning annotations per step, so the most severe come first and a final `::notice` says what
 * was left out. `formatGithubSummary` is the Markdown for $GITHUB_STEP_SUMMARY.
 */
import { quote, shorten } from '../engine/messages.js';
import type { LintMessage, LintResult } from '../engine/types.js';
import { bySeverity, flatten, isError, repositoryPath, showControlCharacters, type FormatContext } from './context.js';

/** GitHub shows at most this many annotations of each level (error, warning) per step. */
export const annotationLimit = 10;

/**
 * Escapes the message part of a workflow command: line breaks as GitHub reads them back, any other
 * control character (an escape sequence in a file name or quoted text) as a visible `\u001B`.
 */
export function escapeData(text: string): string {
  return text
    .replace(/%/g, '%25')
    .replace(/\r/g, '%0D')
    .replace(/\n/g, '%0A')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029]/g, (character) => showControlCharacters(character));
}

/** Escapes a property value, where `:` and `,` also end the value. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(name: string, properties: ReadonlyArray<[string, string | number | undefined]>, message: string): string {
  const props = properties
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${name}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

function bodyOf(message: LintMessage): string {
  let body = message.message;
  if (message.note) body += `\n${message.note}`;
  // A deletion is said as one: "Fix: replace with ``" told an editor nothing.
  if (message.fix) body += message.fix.text === '' ? `\nFix: delete ${quote(shorten(message.actual ?? ''))}` : `\nFix: replace with ${quote(message.fix.text)}`;
  else if (message.suggestions?.length) body += `\nSuggestions: ${message.suggestions.map((suggestion) => suggestion.desc).join('; ')}`;
  return body;
}

export function formatGithub(results: readonly LintResult[], context: FormatContext): string {
  const all = flatten(results).sort(bySeverity);
  const shown = { error: 0, warning: 0 };
  const hidden = { error: 0, warning: 0 };
  const lines: string[] = [];
  for (const { result, message } of all) {
    const level = isError(message) ? 'error' : 'warning';
    if (shown[level] >= annotationLimit) {
      hidden[level]++;
      continue;
    }
    shown[level]++;
    const sameLine = message.endLine === undefined || message.endLine === message.line;
    // GitHub accepts columns only for an annotation on one line.
    lines.push(
      command(
        level,
        [
          ['file', repositoryPath(result.filePath, context)],
          ['line', message.line],
          ['endLine', message.endLine],
          ['col', sameLine ? message.column : undefined],
          ['endColumn', sameLine ? message.endColumn : undefined],
          ['title', message.ruleId ? `lint-articles(${message.ruleId})` : 'lint-articles'],
        ],
        bodyOf(message),
      ),
    );
  }
  if (hidden.error + hidden.warning > 0) {
    lines.push(
      command(
        'notice',
        [['title', 'lint-articles']],
        `${hidden.error} more error(s) and ${hidden.warning} more warning(s) not shown as annotations (GitHub shows ${annotationLimit} of each per step); run lint-articles locally or see the step summary for all of them`,
      ),
    );
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

function escapeMarkdownCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[<>&]/g, (character) => `&#${character.charCodeAt(0)};`).replace(/\r\n|\r|\n/g, '<br>');
}

/** The Markdown step summary: totals and a table of every message. */
export function formatGithubSummary(results: readonly LintResult[], context: FormatContext): string {
  const all = flatten(results).sort(bySeverity);
  const errors = all.filter(({ message }) => isError(message)).length;
  const warnings = all.length - errors;
  const files = results.filter((result) => result.messages.length > 0).length;
  let output = '## lint-articles\n\n';
  if (all.length === 0) return `${output}No problems in ${results.length} article(s).\n`;
  output += `${errors} error(s) and ${warnings} warning(s) in ${files} of ${results.length} article(s).\n\n`;
  output += '| Severity | File | Line | Rule | Message |\n| --- | --- | --- | --- | --- |\n';
  for (const { result, message } of all) {
    output += `| ${isError(message) ? 'error' : 'warning'} | ${escapeMarkdownCell(repositoryPath(result.filePath, context))} | ${message.line}:${message.column} | ${escapeMarkdownCell(message.ruleId ?? '')} | ${escapeMarkdownCell(message.message)} |\n`;
  }
  return output;
}
