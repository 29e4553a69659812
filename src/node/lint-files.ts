/**
 * Lints files from disk: read untouched, lint (or fix), write fixed files atomically. Every
 * problem with one file becomes a message on that file; the others still run.
 */
import type { Linter } from '../linter.js';
import { resultOf } from '../linter.js';
import type { LintMessage, LintResult } from '../engine/types.js';
import { dirname } from 'node:path';
import { readArticle, removeStaleTemporaryFiles, writeArticleAtomically } from './files.js';

export interface LintFilesOptions {
  /** Apply certain fixes and write the files. */
  fix?: boolean;
  /** Compute fixes and report `output`, but write nothing. */
  fixDryRun?: boolean;
}

export function fileMessage(reason: string, severity: 1 | 2): LintMessage {
  const message: LintMessage = { ruleId: null, severity, message: reason, line: 1, column: 1 };
  if (severity === 2) message.fatal = true;
  return message;
}

export function lintOneFile(path: string, linter: Linter, options: LintFilesOptions = {}): LintResult {
  const read = readArticle(path, linter.config.maxFileSize);
  if (read.kind === 'error') return resultOf(path, [fileMessage(read.reason, read.severity)]);
  try {
    if (!options.fix && !options.fixDryRun) return linter.lintText(read.text, path);
    const result = linter.fixText(read.text, path);
    if (options.fix && result.output !== undefined) {
      removeStaleTemporaryFiles(dirname(path));
      const failure = writeArticleAtomically({ path, text: result.output, bom: read.bom, encoding: read.encoding, original: read.bytes });
      // Nothing was written, so every finding is still in the file: the report lists them all
      // beside the reason, and carries no output, since the file does not hold it.
      if (failure) return resultOf(path, [fileMessage(failure, 2), ...linter.lintText(read.text, path).messages]);
    }
    return result;
  } catch (error) {
    return resultOf(path, [fileMessage(`Internal error while linting: ${error instanceof Error ? error.message : String(error)}`, 2)]);
  }
}

export function lintFiles(paths: readonly string[], linter: Linter, options: LintFilesOptions = {}): LintResult[] {
  return paths.map((path) => lintOneFile(path, linter, options));
}
