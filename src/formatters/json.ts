/** ESLint's JSON format: the array of LintResult, field for field. */
import { jsonOf } from '../engine/stored-result.js';
import type { LintResult } from '../engine/types.js';

export function formatJson(results: readonly LintResult[]): string {
  return [...formatJsonChunks(results)].join('');
}

/**
 * The same text in pieces of a few hundred results, for a writer that need not hold the whole
 * report: the report of 10,000 articles is 17 MB as one string, and twice that while it is built.
 */
export function* formatJsonChunks(results: readonly LintResult[], resultsPerChunk = 256): Generator<string> {
  if (results.length === 0) {
    yield '[]';
    return;
  }
  for (let start = 0; start < results.length; start += resultsPerChunk) {
    const pieces = results.slice(start, start + resultsPerChunk).map(jsonOf);
    yield `${start === 0 ? '[' : ','}${pieces.join(',')}${start + resultsPerChunk >= results.length ? ']' : ''}`;
  }
}
