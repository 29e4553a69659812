/**
 * The texts the messages of a report refer to, for formats that show lines or convert columns:
 * the fixed output when there is one, else the file as read now. A file that cannot be read again
 * is left out, and the formatter falls back to what the messages carry.
 */
import type { LintResult } from '../engine/types.js';
import type { FixPass } from '../formatters/context.js';
import type { Linter } from '../linter.js';
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

/**
 * The passes --fix makes over each source that has a certain fix: the text each starts from and the
 * fixes it applies. One pass is not always all: two boilerplate sentences on one line are deleted
 * with the space between them, the second deletion overlaps the first and waits for the next pass.
 */
export function recordFixPasses(linter: Linter, results: readonly LintResult[], sources: ReadonlyMap<string, string>): Map<string, FixPass[]> {
  const passes = new Map<string, FixPass[]>();
  for (const result of results) {
    const source = sources.get(result.filePath);
    if (source === undefined || !result.messages.some((message) => message.fix)) continue;
    const recorded: FixPass[] = [];
    linter.fixText(source, result.filePath, { onPass: (text, fixes) => recorded.push({ text, fixes: [...fixes] }) });
    passes.set(result.filePath, recorded);
  }
  return passes;
}
