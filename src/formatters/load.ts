/**
 * Formatters by name, each loaded when asked for: a run prints one format, and importing all nine
 * costs a one-file lint more than the one it uses.
 */
import type { LintResult } from '../engine/types.js';
import type { FormatContext } from './context.js';

export type Formatter = (results: readonly LintResult[], context: FormatContext) => string;

/** A formatter module of the user's: like ESLint's, its default export may return a promise. */
export type CustomFormatter = (results: readonly LintResult[], context: FormatContext) => string | Promise<string>;

const loaders = {
  stylish: async () => (await import('./stylish.js')).formatStylish,
  json: async () => (await import('./json.js')).formatJson,
  github: async () => (await import('./github.js')).formatGithub,
  sarif: async () => (await import('./sarif.js')).formatSarif,
  rdjson: async () => (await import('./rdjson.js')).formatRdjson,
  gitlab: async () => (await import('./gitlab.js')).formatGitlab,
  checkstyle: async () => (await import('./checkstyle.js')).formatCheckstyle,
  junit: async () => (await import('./junit.js')).formatJunit,
  html: async () => (await import('./html.js')).formatHtml,
  unix: async () => (await import('./unix.js')).formatUnix,
} satisfies Record<string, () => Promise<Formatter>>;

export type FormatName = keyof typeof loaders;
export const formatNames = Object.keys(loaders).sort() as FormatName[];

/** Formats that show the article's lines or convert columns, and so want `context.sources`. */
export const formatsReadingSources: ReadonlySet<FormatName> = new Set<FormatName>(['html', 'rdjson']);

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(loaders, name);
}

/** `./my-formatter.mjs`, `../x.js`, `/abs/path.cjs`: a path, never a bare word (a misspelt format name). */
export function isFormatterPath(value: string): boolean {
  return /[\\/]/.test(value) || /\.[cm]?js$/.test(value);
}

/** Why a formatter module cannot be used; the command line prints it and exits 2. */
export class FormatterError extends Error {
  override name = 'FormatterError';
}

/**
 * A formatter named by path, as ESLint's `--format ./my-formatter.js`: the module's default export
 * (or its `format` export) is called with the results and the same context as the built-in ones.
 */
export async function loadFormatterModule(path: string, cwd: string): Promise<CustomFormatter> {
  const { resolve } = await import('node:path');
  const { existsSync } = await import('node:fs');
  const { pathToFileURL } = await import('node:url');
  const absolute = resolve(cwd, path);
  if (!existsSync(absolute)) throw new FormatterError(`Formatter module ${path} not found (looked at ${absolute})`);
  let module: { default?: unknown; format?: unknown };
  try {
    module = (await import(pathToFileURL(absolute).href)) as { default?: unknown; format?: unknown };
  } catch (error) {
    throw new FormatterError(`Formatter module ${path} failed to load: ${error instanceof Error ? error.message : String(error)}`);
  }
  const candidate = typeof module.default === 'function' ? module.default : module.format;
  if (typeof candidate !== 'function') {
    throw new FormatterError(`Formatter module ${path} exports no function: write \`export default (results, context) => string\``);
  }
  const formatter = candidate as CustomFormatter;
  return async (results, context) => {
    let text: unknown;
    try {
      text = await formatter(results, context);
    } catch (error) {
      throw new FormatterError(`Formatter module ${path} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (typeof text !== 'string') throw new FormatterError(`Formatter module ${path} returned ${text === null ? 'null' : typeof text}, not a string`);
    return text;
  };
}

export function loadFormatter(name: FormatName): Promise<Formatter> {
  return loaders[name]();
}

/** The piecewise writer of a format that has one (JSON), so that a large report is never one string. */
export async function loadChunkedFormatter(name: FormatName): Promise<((results: readonly LintResult[]) => Iterable<string>) | undefined> {
  return name === 'json' ? (await import('./json.js')).formatJsonChunks : undefined;
}
