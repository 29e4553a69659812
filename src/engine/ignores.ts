/**
 * The `ignore` list of .linterrc.json: drop a rule's messages (or only those of some of its data
 * entries) in files matching globs, e.g. a house style that spells `Kraft Siberia` on purpose in
 * an article about the translation itself.
 */
import { createRequire } from 'node:module';
import { isAbsolute, relative, sep } from 'node:path';
import type { Config } from '../config/load.js';
import type { LintMessage } from './types.js';

export type IgnoreFilter = (filePath: string, messages: LintMessage[]) => LintMessage[];

export function compileIgnores(config: Pick<Config, 'ignore' | 'baseDirectory'>): IgnoreFilter {
  if (config.ignore.length === 0) return (_filePath, messages) => messages;
  // Loaded only for a configuration with an `ignore` list: most runs have none.
  const picomatch = createRequire(import.meta.url)('picomatch') as typeof import('picomatch');
  const entries = config.ignore.map((entry) => ({
    matches: picomatch(entry.files, { dot: true }),
    rules: entry.rules ? new Set(entry.rules) : undefined,
    entries: entry.entries ? new Set(entry.entries) : undefined,
  }));
  return (filePath, messages) => {
    const path = isAbsolute(filePath) ? relative(config.baseDirectory, filePath) : filePath;
    const posix = path.split(sep).join('/');
    const applying = entries.filter((entry) => entry.matches(posix));
    if (applying.length === 0) return messages;
    return messages.filter(
      (message) =>
        message.ruleId === null ||
        !applying.some(
          (entry) =>
            (!entry.rules || entry.rules.has(message.ruleId ?? '')) &&
            (!entry.entries || (message.entryId !== undefined && entry.entries.has(message.entryId))),
        ),
    );
  };
}
