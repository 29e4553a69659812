/**
 * A result read back from the `--cache` file keeps the JSON text it was stored as. The JSON report
 * writes that text as it is, instead of parsing ten thousand results to write them out again; any
 * other reader parses the messages when it first asks for them.
 */
import type { LintMessage, LintResult } from './types.js';

const storedJson = Symbol('lint-articles.stored-json');

/** The counts of a result, kept beside its JSON so that a run can total them without parsing. */
export type ResultCounts = Pick<LintResult, 'errorCount' | 'fatalErrorCount' | 'warningCount' | 'fixableErrorCount' | 'fixableWarningCount'>;

type StoredResult = LintResult & { readonly [storedJson]?: string };

export function countsOf(result: LintResult): ResultCounts {
  const { errorCount, fatalErrorCount, warningCount, fixableErrorCount, fixableWarningCount } = result;
  return { errorCount, fatalErrorCount, warningCount, fixableErrorCount, fixableWarningCount };
}

export function isResultCounts(value: unknown): value is ResultCounts {
  if (typeof value !== 'object' || value === null) return false;
  const counts = value as Record<string, unknown>;
  return ['errorCount', 'fatalErrorCount', 'warningCount', 'fixableErrorCount', 'fixableWarningCount'].every((key) => Number.isInteger(counts[key]));
}

/**
 * The result stored as `json` (the `JSON.stringify` of a result without `output`), its messages
 * parsed on first read. Its keys come in the order of a result made by `resultOf`, so it
 * stringifies to the same text.
 */
export function storedResult(filePath: string, json: string, counts: ResultCounts): LintResult {
  let messages: LintMessage[] | undefined;
  const result: StoredResult = {
    filePath,
    get messages(): LintMessage[] {
      messages ??= (JSON.parse(json) as LintResult).messages;
      return messages;
    },
    ...counts,
    [storedJson]: json,
  };
  return result;
}

/** The JSON text of a result: the stored text when it has one. */
export function jsonOf(result: LintResult): string {
  return (result as StoredResult)[storedJson] ?? JSON.stringify(result);
}
