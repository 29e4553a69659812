/**
 * reviewdog's Diagnostic Format (rdjson): one DiagnosticResult with a diagnostic per message and
 * the fixes as suggestions, which reviewdog posts as suggested changes on a pull request.
 * reviewdog counts columns in UTF-8 bytes; with the article's text in the context the UTF-16
 * columns of lint-articles are converted, without it they are passed as they are.
 */
import type { Fix, LintMessage, LintResult } from '../engine/types.js';
import { Article } from '../engine/article.js';
import { repositoryPath, toolInformationUri, toolName, type FormatContext } from './context.js';

interface Position {
  line: number;
  column: number;
}

class SourceLines {
  readonly article: Article;
  constructor(text: string) {
    this.article = new Article(text);
  }

  /** UTF-16 column of a line to reviewdog's UTF-8 byte column. */
  byteColumn(line: number, column: number): number {
    return Buffer.byteLength((this.article.lines[line - 1]?.text ?? '').slice(0, column - 1), 'utf8') + 1;
  }

  position(offset: number): Position {
    const point = this.article.toPoint(offset);
    return { line: point.line, column: this.byteColumn(point.line, point.column) };
  }
}

function severityOf(message: LintMessage): 'ERROR' | 'WARNING' {
  return message.severity === 2 || message.fatal ? 'ERROR' : 'WARNING';
}

function suggestionOf(fix: Fix, lines: SourceLines | undefined) {
  return lines ? { range: { start: lines.position(fix.range[0]), end: lines.position(fix.range[1]) }, text: fix.text } : undefined;
}

export function formatRdjson(results: readonly LintResult[], context: FormatContext): string {
  const diagnostics: unknown[] = [];
  for (const result of results) {
    const text = context.sources?.get(result.filePath);
    const lines = text === undefined ? undefined : new SourceLines(text);
    const column = (line: number, value: number) => (lines ? lines.byteColumn(line, value) : value);
    for (const message of result.messages) {
      const fixes = [...(message.fix ? [message.fix] : []), ...(message.suggestions ?? []).map((suggestion) => suggestion.fix)];
      const suggestions = fixes.map((fix) => suggestionOf(fix, lines)).filter((suggestion) => suggestion !== undefined);
      diagnostics.push({
        message: message.note ? `${message.message}\n${message.note}` : message.message,
        location: {
          path: repositoryPath(result.filePath, context),
          range: {
            start: { line: message.line, column: column(message.line, message.column) },
            ...(message.endLine !== undefined && message.endColumn !== undefined
              ? { end: { line: message.endLine, column: column(message.endLine, message.endColumn) } }
              : {}),
          },
        },
        severity: severityOf(message),
        ...(message.ruleId ? { code: { value: message.ruleId, ...(message.url ? { url: message.url } : {}) } } : {}),
        ...(suggestions.length > 0 ? { suggestions } : {}),
      });
    }
  }
  return JSON.stringify({ source: { name: toolName, url: toolInformationUri }, diagnostics }, null, 2);
}
