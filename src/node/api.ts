/**
 * The programmatic API in the shape ESLint and textlint users reach for: `lintText`, `fixText`,
 * `lintFiles`, `outputFixes` and `loadFormatter`, each configured as the command line is (the
 * `.linterrc.json` found from `cwd`, or an explicit one) and each returning ESLint's LintResult.
 *
 *   const [result] = await lintText('Gas came via Kraft Siberia.', { filePath: 'story.txt' });
 *   const results = await lintFiles(['articles/'], { fix: true });
 *   await outputFixes(results);
 *   process.stdout.write((await loadFormatter('stylish')).format(results));
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { RuleConfig } from '../config/load.js';
import { ConfigError } from '../config/errors.js';
import { resultOf, type Linter } from '../linter.js';
import type { LintResult } from '../engine/types.js';
import type { FormatContext } from '../formatters/context.js';
import { formatNames, formatsReadingSources, loadFormatter as loadNamedFormatter, type FormatName } from '../formatters/load.js';
import { collectFilesAndSkipped, readArticle, writeArticleAtomically } from './files.js';
import { fileMessage, lintOneFile } from './lint-files.js';
import { encodeArticle, type DecodedFile } from './read.js';
import { repositoryRootFor } from './repository-root.js';
import { createLinterFromSetup } from './setup.js';
import { loadProcessorsFor } from '../engine/processors.js';
import { readSources, recordFixPasses } from './sources.js';

export interface LinterOptions {
  /** Where `.linterrc.json` is searched from and relative paths start; default: the working folder. */
  cwd?: string;
  /** An explicit configuration file, as --config. */
  configFile?: string;
  /** false: use the defaults and read no `.linterrc.json`, as --no-config-lookup. */
  useConfigFile?: boolean;
  /** Rule settings that win over the configuration, as --rule: `{ calque: 'off' }`. */
  rules?: Record<string, RuleConfig>;
  /** Report inline disable directives that silenced nothing, as --report-unused-disable-directives. */
  reportUnusedDisableDirectives?: boolean;
}

export interface LintTextOptions extends LinterOptions {
  /** Names the result and picks the processor: `story.md` lints the prose of Markdown only. */
  filePath?: string;
}

export interface LintFilesOptions extends LinterOptions {
  /** Compute certain fixes and return them as `output`; nothing is written until outputFixes(). */
  fix?: boolean;
  /** false: lint files that `ignores` and `ignorePatterns` would skip, as --no-ignore. */
  ignore?: boolean;
  /** More globs of files never to lint, relative to `cwd`, as --ignore-pattern. */
  ignorePatterns?: string[];
}

export interface FormatterOptions extends LinterOptions {
  /** ANSI colours in the stylish format; default false. */
  color?: boolean;
}

export interface LoadedFormatter {
  /** The report of these results as one string, as the command line prints it. */
  format(results: readonly LintResult[]): string;
}

const linters = new Map<string, Linter>();

/** One linter per configuration: loading the termbases costs more than linting an article. */
function linterFor(options: LinterOptions): Linter {
  const cwd = resolve(options.cwd ?? process.cwd());
  const setup = {
    cwd,
    ...(options.configFile !== undefined ? { configFile: options.configFile } : {}),
    useConfigFile: options.useConfigFile !== false,
    ruleOverrides: options.rules ?? {},
    reportUnusedDisableDirectives: options.reportUnusedDisableDirectives === true,
  };
  const key = JSON.stringify(setup);
  let linter = linters.get(key);
  if (!linter) {
    linter = createLinterFromSetup(setup);
    linters.set(key, linter);
  }
  return linter;
}

function filePathOf(options: LintTextOptions): string {
  return options.filePath === undefined ? '<text>' : resolve(options.cwd ?? process.cwd(), options.filePath);
}

/** Lints one text; resolves to one result in an array, as ESLint's `lintText`. */
export async function lintText(text: string, options: LintTextOptions = {}): Promise<LintResult[]> {
  const filePath = filePathOf(options);
  // `story.md` is linted through the Markdown processor, loaded on first use.
  await loadProcessorsFor([filePath]);
  return [linterFor(options).lintText(text, filePath)];
}

/** Lints and applies certain fixes until stable; `output` is the fixed text when it changed. */
export async function fixText(text: string, options: LintTextOptions = {}): Promise<LintResult[]> {
  const filePath = filePathOf(options);
  await loadProcessorsFor([filePath]);
  return [linterFor(options).fixText(text, filePath)];
}

/** What outputFixes needs to write a fixed file back as it was read (encoding, BOM); owner, group, mode and extended attributes are taken from the file itself when it is written. */
interface ReadState {
  bytes: Buffer;
  bom: boolean;
  encoding: DecodedFile['encoding'];
}

const readStates = new WeakMap<LintResult, ReadState>();

/**
 * Lints files, folders and globs as the command line does. A named file that is ignored gets a
 * result with one warning instead of a lint, as ESLint's `lintFiles`; a folder or glob whose every
 * file is ignored rejects with a ConfigError.
 */
export async function lintFiles(patterns: string | readonly string[], options: LintFilesOptions = {}): Promise<LintResult[]> {
  const linter = linterFor(options);
  const cwd = resolve(options.cwd ?? process.cwd());
  const { config } = linter;
  const { files, skipped } = collectFilesAndSkipped(typeof patterns === 'string' ? [patterns] : patterns, {
    cwd,
    files: config.files,
    ignores: config.ignores,
    baseDirectory: config.baseDirectory,
    ignorePatterns: options.ignorePatterns ?? [],
    ignore: options.ignore !== false,
  });
  const results = files.map((file) => {
    const result = lintOneFile(file, linter, options.fix ? { fixDryRun: true } : {});
    if (result.output !== undefined) {
      const read = readArticle(file, config.maxFileSize);
      if (read.kind === 'text') readStates.set(result, { bytes: read.bytes, bom: read.bom, encoding: read.encoding });
    }
    return result;
  });
  for (const { path, pattern } of skipped) {
    results.push(resultOf(path, [fileMessage(`File ignored because it matches \`${pattern}\`; not linted. Lint it with \`ignore: false\``, 1)]));
  }
  return results.sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
}

/**
 * Writes the `output` of each result to its file, atomically, keeping its encoding, BOM, owner,
 * group, mode and extended attributes (see writeArticleAtomically).
 * A file that changed on disk since lintFiles() read it is not overwritten: the promise rejects
 * naming every file that could not be written, after writing all the others.
 */
export async function outputFixes(results: readonly LintResult[]): Promise<void> {
  const failures: string[] = [];
  for (const result of results) {
    if (result.output === undefined || result.filePath.startsWith('<')) continue;
    let state = readStates.get(result);
    if (!state) {
      const read = readArticle(result.filePath, Number.MAX_SAFE_INTEGER);
      if (read.kind !== 'text') {
        failures.push(`${result.filePath}: ${read.kind === 'error' ? read.reason : 'not a text file'}`);
        continue;
      }
      state = { bytes: read.bytes, bom: read.bom, encoding: read.encoding };
    }
    if (encodeArticle(result.output, state.bom, state.encoding).equals(state.bytes)) continue;
    const failure = writeArticleAtomically({ path: result.filePath, text: result.output, bom: state.bom, encoding: state.encoding, original: state.bytes });
    if (failure) failures.push(`${result.filePath}: ${failure}`);
  }
  if (failures.length > 0) throw new Error(`Fixes not written: ${failures.join('; ')}`);
}

function readVersion(): string {
  return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

/** A built-in format by name (`stylish`, `json`, `github`, `sarif`, …), as ESLint's `loadFormatter`. */
export async function loadFormatter(name: string, options: FormatterOptions = {}): Promise<LoadedFormatter> {
  if (!(formatNames as readonly string[]).includes(name)) {
    throw new ConfigError(`Unknown format \`${name}\``, { expected: `one of ${formatNames.join(', ')}` });
  }
  const format = await loadNamedFormatter(name as FormatName);
  const linter = linterFor(options);
  const cwd = resolve(options.cwd ?? process.cwd());
  return {
    format(results) {
      const sources = formatsReadingSources.has(name as FormatName) ? readSources(results) : undefined;
      const context: FormatContext = {
        color: options.color === true,
        cwd,
        root: repositoryRootFor(cwd),
        toolVersion: readVersion(),
        rules: linter.rules.map((rule) => rule.meta),
        ...(sources ? { sources } : {}),
        // The review page replays --fix's passes, as on the command line.
        ...(name === 'html' && sources ? { fixPasses: recordFixPasses(linter, results, sources) } : {}),
      };
      return format(results, context);
    },
  };
}
