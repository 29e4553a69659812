/**
 * The adapter from lint-articles rules to a unified plugin, in the manner of unified-lint-rule:
 * each finding becomes a vfile message stamped with `ruleId`, `source`, `url` and `fatal` (true for
 * errors, false for warnings), so vfile-reporter and the rest of the vfile tooling work unchanged.
 */
import type { Root } from 'nlcst';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { loadConfig } from './config/load.js';
import { createLinter, type Linter } from './linter.js';
import type { LintMessage } from './engine/types.js';

export interface RetextLintArticlesOptions {
  /** The configured linter; without one, a linter of `.linterrc.json` found from the working folder (or the defaults) is made on first use. */
  linter?: Linter;
}

/** Copies one lint message onto a vfile as a VFileMessage with ESLint's extra fields kept. */
export function toVFileMessage(message: LintMessage, file?: VFile): VFileMessage {
  const place =
    message.endLine !== undefined && message.endColumn !== undefined
      ? { start: { line: message.line, column: message.column }, end: { line: message.endLine, column: message.endColumn } }
      : { line: message.line, column: message.column };
  const vfileMessage = new VFileMessage(message.message, {
    place,
    ruleId: message.ruleId ?? 'fatal',
    source: 'lint-articles',
  });
  vfileMessage.fatal = message.severity === 2 ? true : false;
  if (message.url !== undefined) vfileMessage.url = message.url;
  if (message.note !== undefined) vfileMessage.note = message.note;
  if (message.actual !== undefined) vfileMessage.actual = message.actual;
  if (message.expected !== undefined) vfileMessage.expected = [...message.expected];
  if (file) {
    vfileMessage.file = file.path ?? '';
    file.messages.push(vfileMessage);
  }
  return vfileMessage;
}

/**
 * `unified().use(retextEnglish).use(retextLintArticles, { linter })`: lints the file's value with
 * the configured linter (which reads the untouched text, not the tree) and adds its messages.
 */
export const retextLintArticles: Plugin<[RetextLintArticlesOptions?], Root> = function (options) {
  let linter = options?.linter;
  return (_tree, file) => {
    // `unified().use(retextLintArticles)` with no options, as retext plugins are used: the project's configuration.
    linter ??= createLinter(loadConfig(file.cwd ? { cwd: file.cwd } : {}));
    const result = linter.lintText(String(file.value), file.path ?? '<text>');
    for (const message of result.messages) toVFileMessage(message, file);
  };
};
