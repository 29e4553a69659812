/**
 * --stdin --ndjson: one `{"id", "text"}` object per input line, one result per output line, in
 * input order. Memory stays bounded whatever the size of the stream: lines are read one at a time
 * and the next is not linted while stdout is backed up (the write waits for 'drain'). A line that
 * is not such an object gives an error result naming its line number, and the stream goes on.
 */
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Linter } from '../linter.js';
import { resultOf } from '../linter.js';
import type { LintResult } from '../engine/types.js';
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
  const parsed = parseLine(line);
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

/** Streams NDJSON from `input` to `output`; resolves when the input ends and all is written. */
export async function lintNdjsonStream(input: Readable, output: Writable, linter: Linter, options: NdjsonOptions = {}): Promise<NdjsonSummary> {
  const summary: NdjsonSummary = { lines: 0, errorCount: 0, warningCount: 0 };
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    const result = lintNdjsonLine(line, lineNumber, linter, options);
    summary.lines++;
    summary.errorCount += result.errorCount;
    summary.warningCount += result.warningCount;
    if (!output.write(`${JSON.stringify(result)}\n`)) await once(output, 'drain');
  }
  return summary;
}
