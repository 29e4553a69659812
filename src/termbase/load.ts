/**
 * Loads data rules: the bundled rules/*.json and any termbases a configuration names. Every file is
 * validated against the schema, then checked for what a schema cannot say: a pattern that does not
 * compile, a phrase claimed by two files, a replacement another row would match again (a fix loop).
 * The bundled files are checked so when the package is built (checkTermbasesInFull); a run skips the
 * checks for a bundled file whose text is still the one the build checked.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, parseJsonFile } from '../config/errors.js';
import { validateAgainst } from '../config/validate.js';
import { flavourSourceOf, phraseKey } from '../match/matching.js';
import { checkBacktracking } from './safety.js';
import type { LoadedTermbase, Termbase } from './types.js';

export const bundledRulesDirectory = fileURLToPath(new URL('../../rules/', import.meta.url));

/**
 * The SHA-1 of each bundled file's text as the build checked it in full, by file name. Written into
 * dist/ by src/config/build-validators.mjs; absent beside the sources, so the tests check every file.
 */
export type CheckedTermbases = Readonly<Record<string, string>>;

export const checkedTermbasesFile = fileURLToPath(new URL('./checked-termbases.json', import.meta.url));

export interface ReadTermbaseOptions {
  /**
   * Analyse each `pattern` for catastrophic backtracking. On for users' tables; the bundled ones
   * are analysed by the test suite instead, so that a run does not pay for it on every start.
   */
  checkBacktracking?: boolean;
  /**
   * Texts already checked in full (by the build, for the bundled files): a file in the same folder
   * as the list whose text hashes to its entry is only parsed. Validation and the entry checks cost
   * about a fifth of a one-file lint, mostly compiling every `pattern` once more.
   */
  checked?: { directory: string; hashes: CheckedTermbases };
}

export function hashTermbaseText(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

function isChecked(path: string, text: string, checked: ReadTermbaseOptions['checked']): boolean {
  if (!checked || resolve(dirname(path)) !== resolve(checked.directory)) return false;
  const hash = checked.hashes[basename(path)];
  return hash !== undefined && hash === hashTermbaseText(text);
}

export function readTermbase(path: string, options: ReadTermbaseOptions = {}): LoadedTermbase {
  return readAndCheck(path, options).termbase;
}

/** Reads one table; `checked` says whether its checks were skipped as made before. */
function readAndCheck(path: string, options: ReadTermbaseOptions): { termbase: LoadedTermbase; checked: boolean } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`Cannot read termbase (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`, {
      file: path,
      mend: 'Check the path in `termbases`',
    });
  }
  if (isChecked(path, text, options.checked)) {
    return { termbase: { path, data: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as Termbase }, checked: true };
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
  checkEntries({ path, data }, options);
  return { termbase: { path, data }, checked: false };
}

function checkEntries({ path, data }: LoadedTermbase, options: ReadTermbaseOptions): void {
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
      if (options.checkBacktracking) {
        const caseSensitive = entry.caseSensitive ?? data.defaults?.caseSensitive ?? true;
        const flags = caseSensitive ? 'gu' : 'giu';
        checkBacktracking(entry.pattern, flags, { file: path, keyPath: `${keyPath}.pattern`, entryId: entry.id });
        // The fast flavour a pattern is scanned with runs over the whole article too.
        const flavour = flavourSourceOf(new RegExp(entry.pattern, flags));
        if (flavour) checkBacktracking(flavour.source, flavour.flags, { file: path, keyPath: `${keyPath}.pattern (fast flavour)`, entryId: entry.id });
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

/** The list of bundled files the build checked; none when running from the sources or a partial build. */
export function readCheckedTermbases(file = checkedTermbasesFile): CheckedTermbases {
  if (!existsSync(file)) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as CheckedTermbases;
  } catch {
    return {};
  }
}

export function loadTermbases(extraPaths: readonly string[] = []): LoadedTermbase[] {
  const checked = { directory: bundledRulesDirectory, hashes: readCheckedTermbases() };
  const read = [
    ...listBundledTermbaseFiles().map((path) => readAndCheck(path, { checked })),
    ...extraPaths.map((path) => readAndCheck(path, { checkBacktracking: true })),
  ];
  const loaded = read.map(({ termbase }) => termbase);
  // The build refused bundled files that claim one phrase twice; a user's or an edited table may still clash.
  if (read.some((item) => !item.checked)) checkAcrossTermbases(loaded);
  return loaded;
}
