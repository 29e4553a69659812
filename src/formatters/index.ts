/** Formatters by name; each is a pure function from results to one string. */
import type { LintResult } from '../engine/types.js';
import { formatCheckstyle } from './checkstyle.js';
import type { FormatContext } from './context.js';
import { formatGithub } from './github.js';
import { formatGitlab } from './gitlab.js';
import { formatHtml } from './html.js';
import { formatJson, formatJsonChunks } from './json.js';
import { formatJunit } from './junit.js';
import { formatRdjson } from './rdjson.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

export type { FormatContext };
export type Formatter = (results: readonly LintResult[], context: FormatContext) => string;

export const formatters = {
  stylish: formatStylish,
  json: formatJson,
  github: formatGithub,
  sarif: formatSarif,
  rdjson: formatRdjson,
  gitlab: formatGitlab,
  checkstyle: formatCheckstyle,
  junit: formatJunit,
  html: formatHtml,
} satisfies Record<string, Formatter>;

export type FormatName = keyof typeof formatters;
export const formatNames = Object.keys(formatters).sort() as FormatName[];

/** Formats that show the article's lines or convert columns, and so want `context.sources`. */
export const formatsReadingSources: ReadonlySet<FormatName> = new Set<FormatName>(['html', 'rdjson']);

/** Formats that can also be written piece by piece, so that a large report is never one string. */
export const chunkedFormatters: Partial<Record<FormatName, (results: readonly LintResult[]) => Iterable<string>>> = {
  json: formatJsonChunks,
};
