/**
 * The word index of a gazetteer: every correct form of every entity (its name, aliases, names in
 * its own language and surnames) and each word of each form under the keys a capitalised word of
 * an article is looked up by (fold, transliteration, first letter and length, squashed form).
 *
 * Working the keys out for a few thousand entities costs a third of a second, at every start-up
 * of a one-file lint. So the build works them out once for the bundled table and writes them to
 * dist/termbase/gazetteer-index.json, with a key made of what they depend on; a run reads that file
 * while its key still matches the table it loaded, and works the index out itself otherwise (a
 * user's own gazetteer, a run from the sources).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { allowedDistance, keysOf, squashKey, type WordKeys } from '../text/name-keys.js';
import type { Termbase, TermbaseEntry } from './types.js';

export type FormRole = 'name' | 'alias' | 'surname';
const roles: readonly FormRole[] = ['name', 'alias', 'surname'];

/** One correct form: its text, the index of its entity among the named entries, its role, and its words in `words`. */
export type IndexedForm = [text: string, entity: number, role: number, words: number[]];

/** A word of the forms and its keys: the word, its plain and transliteration keys, its umlaut transcription where it differs. */
export type IndexedWord = [word: string, plain: string, translit: string, transcribed?: string];

/** Links by key, each link two numbers in a row: the form's index and the word's position in it. */
type Links = Record<string, number[]>;

export interface GazetteerIndexData {
  /** What the index was made from (`gazetteerIndexKey`). */
  key: string;
  forms: IndexedForm[];
  /** Every distinct word of the forms with its keys, which the near-miss checks compare. */
  words: IndexedWord[];
  /** Every fold key of every form word. */
  fold: Links;
  /** The transliteration key of every form word. */
  translit: Links;
  /** Words of six letters or more, by first letter and length: slips of one or two letters. */
  near: Links;
  /** Words of four or five letters in a name of several words, by first letter and length. */
  short: Links;
  /** Forms by their squashed key (spaces and hyphens out), as form indexes. */
  squash: Record<string, number[]>;
  /** Every word of every name, alias and native name, folded. */
  formWords: string[];
}

const words = (text: string): string[] => text.trim().split(/\s+/u);

/** The entries a gazetteer indexes: those with a name, in table order. */
export function namedEntries(termbase: Termbase): TermbaseEntry[] {
  return termbase.entries.filter((entry) => entry.name !== undefined);
}

/** The surnames a person is written by: "Markus Soeder" gives "Soeder", "Sauli Niinisto" gives "Niinisto". */
export function surnamesOf(entry: TermbaseEntry, name: string): string[] {
  if (entry.type !== 'person') return [];
  const surname = entry.surname ?? words(name).at(-1) ?? name;
  const size = words(surname).length;
  const found = new Set<string>([surname]);
  for (const alias of entry.aliases ?? []) {
    const aliasWords = words(alias);
    if (aliasWords.length > size) found.add(aliasWords.slice(-size).join(' '));
  }
  return [...found];
}

/** The fields of the entries the index depends on, hashed. */
export function gazetteerIndexKey(entries: readonly TermbaseEntry[]): string {
  const fields = entries.map((entry) => [entry.id, entry.name, entry.type, entry.surname, entry.aliases, entry.native]);
  return createHash('sha1').update(JSON.stringify(fields)).digest('hex');
}

/** Works the index out: the forms of each entity in order, and each word under its keys. */
export function buildGazetteerIndex(entries: readonly TermbaseEntry[]): GazetteerIndexData {
  const index: GazetteerIndexData = { key: gazetteerIndexKey(entries), forms: [], words: [], fold: {}, translit: {}, near: {}, short: {}, squash: {}, formWords: [] };
  const wordAt = new Map<string, number>();
  const wordIndexOf = (word: string): number => {
    let at = wordAt.get(word);
    if (at === undefined) {
      const keys = keysOf(word);
      at = index.words.length;
      index.words.push(keys.folds.length > 1 ? [word, keys.plain, keys.translit, keys.folds[1] ?? ''] : [word, keys.plain, keys.translit]);
      wordAt.set(word, at);
    }
    return at;
  };
  const add = (links: Record<string, number[]>, key: string, ...values: number[]): void => {
    const list = Object.hasOwn(links, key) ? links[key] : undefined;
    if (list) list.push(...values);
    else links[key] = values;
  };
  entries.forEach((entry, entity) => {
    const name = entry.name ?? '';
    const forms: Array<[string, FormRole]> = [
      [name, 'name'],
      ...(entry.aliases ?? []).map((alias): [string, FormRole] => [alias, 'alias']),
      // The name in its own language is right in English copy too ("Perussuomalaiset", "Sejm").
      ...(entry.native ?? []).map((native): [string, FormRole] => [native, 'alias']),
      ...surnamesOf(entry, name).map((surname): [string, FormRole] => [surname, 'surname']),
    ];
    for (const [text, role] of forms) {
      const form = index.forms.length;
      const formWords = words(text);
      index.forms.push([text, entity, roles.indexOf(role), formWords.map(wordIndexOf)]);
      add(index.squash, squashKey(text), form);
      formWords.forEach((word, position) => {
        const keys = keysOf(word);
        for (const key of keys.folds) add(index.fold, key, form, position);
        add(index.translit, keys.translit, form, position);
        const lengthKey = `${keys.plain[0] ?? ''}${keys.plain.length}`;
        if (allowedDistance(keys.plain.length) > 0) add(index.near, lengthKey, form, position);
        else if (keys.plain.length >= 4 && formWords.length > 1) add(index.short, lengthKey, form, position);
      });
    }
  });
  // "Republican" (of the Republican People's Party) or "Congreso" is a word in its own right,
  // never a slip of another entity's single-word name ("Repubblica", "Congress").
  const formWords = new Set<string>();
  for (const entry of entries) {
    for (const form of [entry.name ?? '', ...(entry.aliases ?? []), ...(entry.native ?? [])]) for (const word of words(form)) formWords.add(keysOf(word).plain);
  }
  index.formWords = [...formWords].sort();
  return index;
}

/** The file the build writes the bundled gazetteer's index to. */
export const builtGazetteerIndexFile = fileURLToPath(new URL('./gazetteer-index.json', import.meta.url));

/** The built index when it was made from these entries; undefined when there is none or it is stale. */
function readBuiltGazetteerIndex(key: string, file: string): GazetteerIndexData | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const built = JSON.parse(readFileSync(file, 'utf8')) as GazetteerIndexData;
    return built.key === key ? built : undefined;
  } catch {
    return undefined;
  }
}

/** The index of a gazetteer: the one the build wrote when it matches, else worked out now. */
export function gazetteerIndexOf(entries: readonly TermbaseEntry[], file = builtGazetteerIndexFile): GazetteerIndexData {
  return readBuiltGazetteerIndex(gazetteerIndexKey(entries), file) ?? buildGazetteerIndex(entries);
}

/** The role a form's number stands for. */
export function roleOf(code: number): FormRole {
  return roles[code] ?? 'alias';
}

/** The links under a key; a key such as "constructor" is no property of the index. */
export function linksAt(links: Readonly<Record<string, number[]>>, key: string): readonly number[] {
  return Object.hasOwn(links, key) ? (links[key] ?? []) : [];
}

/** The keys of each word of the index, as `keysOf` gives them, made on first use. */
export function wordKeysTable(index: GazetteerIndexData): (at: number) => WordKeys {
  const made: Array<WordKeys | undefined> = [];
  return (at) => {
    let keys = made[at];
    if (!keys) {
      const [word, plain, translit, transcribed] = index.words[at] ?? ['', '', ''];
      keys = { word, plain, folds: transcribed === undefined ? [plain] : [plain, transcribed], translit };
      made[at] = keys;
    }
    return keys;
  };
}
