/**
 * Loads data rules: the bundled rules/*.json and any termbases a configuration names. Every file is
 * validated against the schema, then checked for what a schema cannot say: a pattern that does not
 * compile, a phrase claimed by two files, a replacement another row would match again (a fix loop).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, parseJsonFile } from '../config/errors.js';
import { validateAgainst } from '../config/validate.js';
import type { Rule } from '../engine/types.js';
import { kinds } from './index.js';
import { phraseKey } from './matching.js';
import type { LoadedTermbase, Termbase } from './termbase.js';

export const bundledRulesDirectory = fileURLToPath(new URL('../../rules/', import.meta.url));

export function readTermbase(path: string): LoadedTermbase {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`Cannot read termbase (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`, {
      file: path,
      mend: 'Check the path in `termbases`',
    });
  }
  const value = parseJsonFile(text, path);
  validateAgainst('termbase.schema.json', value, path);
  const data = value as Termbase;
  const expectedId = basename(path, '.json');
  if (data.id !== expectedId) {
    throw new ConfigError('Rule id differs from the file name', {
      file: path,
      keyPath: 'id',
      given: JSON.stringify(data.id),
      expected: JSON.stringify(expectedId),
      mend: 'Rename the file or the id so that they agree',
    });
  }
  checkEntries({ path, data });
  return { path, data };
}

function checkEntries({ path, data }: LoadedTermbase): void {
  const ids = new Set<string>();
  data.entries.forEach((entry, index) => {
    const keyPath = `entries[${index}]`;
    if (ids.has(entry.id)) {
      throw new ConfigError(`Duplicate entry id \`${entry.id}\``, { file: path, keyPath: `${keyPath}.id`, mend: 'Give each entry its own id' });
    }
    ids.add(entry.id);
    const needsMatcher = data.kind === 'substitution' || data.kind === 'existence';
    if (data.kind === 'consistency' && (entry.variants?.length ?? 0) < 2) {
      throw new ConfigError(`Entry \`${entry.id}\` lists fewer than two variants`, { file: path, keyPath: `${keyPath}.variants`, mend: 'List every spelling of the one thing' });
    }
    if (needsMatcher && !entry.find && !entry.pattern) {
      throw new ConfigError(`Entry \`${entry.id}\` finds nothing`, { file: path, keyPath, expected: '`find` or `pattern`', mend: 'Add the phrases the entry finds' });
    }
    if (data.kind === 'gazetteer' && entry.name === undefined) {
      throw new ConfigError(`Entry \`${entry.id}\` names no entity`, { file: path, keyPath, expected: 'a `name`', mend: 'Add the correct English form of the name' });
    }
    if (data.kind === 'given-name' && (entry.name === undefined || (entry.meanings?.length ?? 0) === 0)) {
      throw new ConfigError(`Entry \`${entry.id}\` lacks a given name or its English forms`, { file: path, keyPath, expected: '`name` and `meanings`', mend: 'Add the foreign given name and the English names MT writes for it' });
    }
    if (entry.pattern !== undefined) {
      try {
        const regex = new RegExp(entry.pattern, 'u');
        if (regex.test('')) throw new Error('it matches the empty string');
      } catch (error) {
        throw new ConfigError(`Pattern of entry \`${entry.id}\` is not usable: ${error instanceof Error ? error.message : String(error)}`, {
          file: path,
          keyPath: `${keyPath}.pattern`,
          given: JSON.stringify(entry.pattern),
          mend: 'Write a pattern that compiles with the u flag and matches at least one character',
        });
      }
    }
  });
}

/** Refuses a phrase claimed by two files: which rule reports it would depend on load order. */
export function checkAcrossTermbases(termbases: readonly LoadedTermbase[]): void {
  const owners = new Map<string, string>();
  for (const { path, data } of termbases) {
    if (data.kind !== 'substitution' && data.kind !== 'existence') continue;
    for (const entry of data.entries) {
      for (const phrase of entry.find ?? []) {
        const key = phraseKey(phrase, true);
        const owner = owners.get(key);
        if (owner && owner !== `${data.id}/${entry.id}`) {
          throw new ConfigError(`Phrase \`${phrase}\` is listed twice`, {
            file: path,
            keyPath: `entries(${entry.id}).find`,
            given: `also in ${owner}`,
            mend: 'Keep the phrase in one entry only',
          });
        }
        owners.set(key, `${data.id}/${entry.id}`);
      }
    }
  }
}

export function listBundledTermbaseFiles(directory = bundledRulesDirectory): string[] {
  let names: string[];
  try {
    names = readdirSync(directory);
  } catch {
    return [];
  }
  return names.filter((name) => name.endsWith('.json')).sort().map((name) => join(directory, name));
}

export function createDataRule({ path, data }: LoadedTermbase): Rule<unknown> {
  const factory = kinds[data.kind];
  if (!factory) {
    throw new ConfigError(`Unsupported kind \`${data.kind}\``, { file: path, keyPath: 'kind', mend: 'Use a kind listed in the termbase schema' });
  }
  return factory(data);
}

export function loadTermbases(extraPaths: readonly string[] = []): LoadedTermbase[] {
  const loaded = [...listBundledTermbaseFiles(), ...extraPaths].map(readTermbase);
  checkAcrossTermbases(loaded);
  return loaded;
}
