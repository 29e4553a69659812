/**
 * --stdin --ndjson: one `{"id", "text"}` object per input line, one result per output line, in
 * input order. Memory stays bounded whatever the size of the stream: lines are read one at a time
 * and the next is not linted while stdout is backed up (the write waits for 'drain'). A line that
 * is not such an object gives an error result naming its line number, and the stream goes on.
 */
import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import type { Linter } from '../linter.js';
import { resultOf } from '../linter.js';
import type { LintResult } from '../engine/types.js';
import { loadProcessorsFor } from '../engine/processors.js';
import { fileMessage } from './lint-files.js';

export type NdjsonId = string | number | null;

export interface NdjsonOptions {
  /** Report `output` with fixed text (fixes are never written anywhere else). */
  fix?: boolean;
  /** Keep errors only. */
  quiet?: boolean;
}

export interface NdjsonSummary {
  lines: number;
  errorCount: number;
  warningCount: number;
}

type ParsedLine = { id: NdjsonId; text: string; filePath: string } | { id: NdjsonId; problem: string };

function parseLine(line: string): ParsedLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { id: null, problem: `not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { id: null, problem: 'expected a JSON object with `id` and `text`' };
  const record = value as Record<string, unknown>;
  const rawId = record.id;
  const id: NdjsonId = typeof rawId === 'string' || typeof rawId === 'number' ? rawId : null;
  if (typeof record.text !== 'string') return { id, problem: '`text` must be a string' };
  // An optional file name picks the processor (.md lints prose only), as --stdin-filename does.
  const filePath = typeof record.filePath === 'string' ? record.filePath : '<text>';
  return { id, text: record.text, filePath };
}

/** Lints one NDJSON line; `lineNumber` is 1-based and named in the error result of a bad line. */
export function lintNdjsonLine(line: string, lineNumber: number, linter: Linter, options: NdjsonOptions = {}): { id: NdjsonId } & LintResult {
  return lintParsedLine(parseLine(line), lineNumber, linter, options);
}

function lintParsedLine(parsed: ParsedLine, lineNumber: number, linter: Linter, options: NdjsonOptions): { id: NdjsonId } & LintResult {
  let result: LintResult;
  if ('problem' in parsed) {
    result = resultOf(`<line ${lineNumber}>`, [fileMessage(`Malformed input at line ${lineNumber}: ${parsed.problem}`, 2)]);
  } else {
    try {
      result = options.fix ? linter.fixText(parsed.text, parsed.filePath) : linter.lintText(parsed.text, parsed.filePath);
    } catch (error) {
      result = resultOf(parsed.filePath, [fileMessage(`Internal error while linting line ${lineNumber}: ${error instanceof Error ? error.message : String(error)}`, 2)]);
    }
  }
  if (options.quiet) result = resultOf(result.filePath, result.messages.filter((message) => message.severity === 2), result.output);
  return { id: parsed.id, ...result };
}

/** One input line, or the number of bytes of a line too long to keep (its bytes are not kept). */
type InputLine = { text: string } | { tooLong: number };

/**
 * Splits a stream into lines without ever holding more than `limit` bytes of one line: the rest of
 * a longer line is counted and dropped as it arrives, so a 60 MB record costs no more memory than
 * a short one.
 */
export async function* boundedLines(input: AsyncIterable<Buffer | string>, limit: number): AsyncGenerator<InputLine> {
  let parts: Buffer[] = [];
  let kept = 0;
  let dropped = 0;
  const finish = (): InputLine => {
    let line: InputLine;
    if (dropped > 0) line = { tooLong: kept + dropped };
    else {
      const text = Buffer.concat(parts, kept).toString('utf8');
      line = { text: text.endsWith('\r') ? text.slice(0, -1) : text };
    }
    parts = [];
    kept = 0;
    dropped = 0;
    return line;
  };
  const take = (piece: Buffer): void => {
    if (dropped > 0 || kept + piece.length > limit) {
      dropped += piece.length;
      return;
    }
    parts.push(piece);
    kept += piece.length;
  };
  for await (const chunk of input) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let start = 0;
    for (let end = bytes.indexOf(10, start); end !== -1; end = bytes.indexOf(10, start)) {
      take(bytes.subarray(start, end));
      yield finish();
      start = end + 1;
    }
    // Copied: the stream may reuse its buffer for the next chunk.
    if (start < bytes.length) take(Buffer.from(bytes.subarray(start)));
  }
  if (kept + dropped > 0) yield finish();
}

/**
 * Streams NDJSON from `input` to `output`; resolves when the input ends and all is written, or
 * when `output` fails (a reader that went away: nothing more can be told to it).
 * A line longer than `maxLineBytes` (maxFileSize: a record is measured as it arrives, and its text
 * is never longer than its line) gets an error result and is never held in memory.
 */
export async function lintNdjsonStream(input: Readable, output: Writable, linter: Linter, options: NdjsonOptions = {}, maxLineBytes = linter.config.maxFileSize): Promise<NdjsonSummary> {
  const summary: NdjsonSummary = { lines: 0, errorCount: 0, warningCount: 0 };
  let lineNumber = 0;
  let failed = false;
  output.once('error', () => {
    failed = true;
  });
  for await (const line of boundedLines(input as AsyncIterable<Buffer | string>, maxLineBytes)) {
    lineNumber++;
    if ('text' in line && line.text.trim() === '') continue;
    let result: { id: NdjsonId } & LintResult;
    if ('tooLong' in line) {
      const message = fileMessage(`Record at line ${lineNumber} is over the limit of ${maxLineBytes} bytes (maxFileSize in .linterrc.json); not linted`, 1);
      result = { id: null, ...resultOf(`<line ${lineNumber}>`, [message]) };
    } else {
      const parsed = parseLine(line.text);
      // A record named `*.md` is linted as Markdown, as --stdin-filename would be.
      if ('filePath' in parsed) await loadProcessorsFor([parsed.filePath]);
      result = lintParsedLine(parsed, lineNumber, linter, options);
    }
    summary.lines++;
    summary.errorCount += result.errorCount;
    summary.warningCount += result.warningCount;
    if (failed || output.destroyed) break;
    if (!output.write(`${JSON.stringify(result)}\n`)) {
      try {
        await once(output, 'drain');
      } catch {
        break;
      }
    }
  }
  return summary;
}
