/** The public API of lint-articles. */
export { Article } from './engine/article.js';
export type { Line, Point, Span } from './engine/article.js';
export { defineRule, docsUrlOf } from './engine/define-rule.js';
export { applyFixes, fixUntilStable } from './engine/fix.js';
export { createLinter, resultOf } from './linter.js';
export type { Linter } from './linter.js';
export { runRules } from './engine/lint.js';
export type { ActiveRule } from './engine/lint.js';
export type * from './engine/types.js';
export { loadConfig, readConfigFile, findConfigFile, defaultConfig } from './config/load.js';
export type { Config } from './config/load.js';
export { ConfigError } from './config/errors.js';
export { loadTermbases } from './termbase/load.js';
export { createDataRule } from './kinds/index.js';
export type { Termbase, TermbaseEntry } from './termbase/types.js';
export { retextLintArticles, toVFileMessage } from './plugin.js';
export type { RetextLintArticlesOptions } from './plugin.js';
export { loadProcessorsFor, loadAllProcessors } from './engine/processors.js';
// ESLint's and textlint's everyday entry points, configured as the command line is.
export { lintText, fixText, lintFiles, outputFixes, loadFormatter } from './node/api.js';
export type { LinterOptions, LintTextOptions, LintFilesOptions, FormatterOptions, LoadedFormatter } from './node/api.js';
export type { FormatContext } from './formatters/context.js';

// The API lints any file name it is given, so it loads every processor up front.
await (await import('./engine/processors.js')).loadAllProcessors();
