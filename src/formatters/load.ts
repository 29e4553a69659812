/**
 * Formatters by name, each loaded when asked for: a run prints one format, and importing all nine
 * costs a one-file lint more than the one it uses.
 */
import type { LintResult } from '../engine/types.js';
import type { FormatContext } from './context.js';

export type Formatter = (results: readonly LintResult[], context: FormatContext) => string;

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
} satisfies Record<string, () => Promise<Formatter>>;

export type FormatName = keyof typeof loaders;
export const formatNames = Object.keys(loaders).sort() as FormatName[];

/** Formats that show the article's lines or convert columns, and so want `context.sources`. */
export const formatsReadingSources: ReadonlySet<FormatName> = new Set<FormatName>(['html', 'rdjson']);

export function loadFormatter(name: FormatName): Promise<Formatter> {
  return loaders[name]();
}

/** The piecewise writer of a format that has one (JSON), so that a large report is never one string. */
export async function loadChunkedFormatter(name: FormatName): Promise<((results: readonly LintResult[]) => Iterable<string>) | undefined> {
  return name === 'json' ? (await import('./json.js')).formatJsonChunks : undefined;
}
