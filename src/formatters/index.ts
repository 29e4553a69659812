/** Formatters by name; each is a pure function from results to one string. */
import type { LintResult } from '../engine/types.js';
import { formatJson } from './json.js';
import { formatStylish, type FormatContext } from './stylish.js';

export type { FormatContext };
export type Formatter = (results: readonly LintResult[], context: FormatContext) => string;

export const formatters = {
  stylish: formatStylish,
  json: formatJson,
} satisfies Record<string, Formatter>;

export type FormatName = keyof typeof formatters;
export const formatNames = Object.keys(formatters).sort() as FormatName[];
