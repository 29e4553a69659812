/**
 * The texts the messages of a report refer to, for formats that show lines or convert columns:
 * the fixed output when there is one, else the file as read now. A file that cannot be read again
 * is left out, and the formatter falls back to what the messages carry.
 */
import type { LintResult } from '../engine/types.js';
import { readArticle } from './files.js';

export function readSources(results: readonly LintResult[], known: ReadonlyMap<string, string> = new Map()): Map<string, string> {
  const sources = new Map<string, string>();
  for (const result of results) {
    if (result.messages.length === 0) continue;
    const text = result.output ?? known.get(result.filePath);
    if (text !== undefined) {
      sources.set(result.filePath, text);
      continue;
    }
    const read = readArticle(result.filePath, Number.MAX_SAFE_INTEGER);
    if (read.kind === 'text') sources.set(result.filePath, read.text);
  }
  return sources;
}
