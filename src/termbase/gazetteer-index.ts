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

/** A form of an entity: its text, the index of its entity among the named entries, its role, its words in `words`. */
export interface IndexedForm {
  text: string;
  entity: number;
  role: FormRole;
  words: number[];
}

/**
 * The index as the build writes it. Lists of numbers are strings of base-36 numbers joined by
 * commas, and forms and words are strings of fields joined by U+0001: parsing strings costs a
 * fraction of parsing as many numbers, and a run decodes only the keys its articles ask for.
 */
export interface GazetteerIndexData {
  /** What the index was made from (`gazetteerIndexKey`). */
  key: string;
  /** Each form: text, entity, role, words ("Markus Söder␁1␁0␁2,3"). */
  forms: string[];
  /** Each distinct word of the forms: the word, its plain and transliteration keys, its umlaut transcription where it differs. */
  words: string[];
  /** Every fold key of every form word: pairs of form and word position. */
  fold: Record<string, string>;
  /** The transliteration key of every form word. */
  translit: Record<string, string>;
  /** Words of six letters or more, by first letter and length: slips of one or two letters. Triples of form, position and word, so that the word is compared before its form is read. */
  near: Record<string, string>;
  /** Words of four or five letters in a name of several words, by first letter and length, as triples like `near`. */
  short: Record<string, string>;
  /** Forms by their squashed key (spaces and hyphens out). */
  squash: Record<string, string>;
  /** Every word of every name, alias and native name, folded. */
  formWords: string[];
}

const separator = '\u0001';
const encode = (numbers: readonly number[]): string => numbers.map((number) => number.toString(36)).join(',');
const decode = (text: string): number[] => (text === '' ? [] : text.split(',').map((part) => Number.parseInt(part, 36)));

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
  const forms: string[] = [];
  const wordList: string[] = [];
  const tables = { fold: new Map<string, number[]>(), translit: new Map<string, number[]>(), near: new Map<string, number[]>(), short: new Map<string, number[]>(), squash: new Map<string, number[]>() };
  const add = (table: Map<string, number[]>, key: string, ...values: number[]): void => {
    const list = table.get(key);
    if (list) list.push(...values);
    else table.set(key, values);
  };
  const wordAt = new Map<string, number>();
  const wordIndexOf = (word: string): number => {
    let at = wordAt.get(word);
    if (at === undefined) {
      const keys = keysOf(word);
      at = wordList.length;
      wordList.push([word, keys.plain, keys.translit, ...keys.folds.slice(1, 2)].join(separator));
      wordAt.set(word, at);
    }
    return at;
  };
  entries.forEach((entry, entity) => {
    const name = entry.name ?? '';
    const entityForms: Array<[string, FormRole]> = [
      [name, 'name'],
      ...(entry.aliases ?? []).map((alias): [string, FormRole] => [alias, 'alias']),
      // The name in its own language is right in English copy too ("Perussuomalaiset", "Sejm").
      ...(entry.native ?? []).map((native): [string, FormRole] => [native, 'alias']),
      ...surnamesOf(entry, name).map((surname): [string, FormRole] => [surname, 'surname']),
    ];
    for (const [text, role] of entityForms) {
      const form = forms.length;
      const formWords = words(text);
      forms.push([text, entity.toString(36), roles.indexOf(role).toString(36), encode(formWords.map(wordIndexOf))].join(separator));
      add(tables.squash, squashKey(text), form);
      formWords.forEach((word, position) => {
        const keys = keysOf(word);
        for (const key of keys.folds) add(tables.fold, key, form, position);
        add(tables.translit, keys.translit, form, position);
        const lengthKey = `${keys.plain[0] ?? ''}${keys.plain.length}`;
        if (allowedDistance(keys.plain.length) > 0) add(tables.near, lengthKey, form, position, wordIndexOf(word));
        else if (keys.plain.length >= 4 && formWords.length > 1) add(tables.short, lengthKey, form, position, wordIndexOf(word));
      });
    }
  });
  // "Republican" (of the Republican People's Party) or "Congreso" is a word in its own right,
  // never a slip of another entity's single-word name ("Repubblica", "Congress").
  const formWords = new Set<string>();
  for (const entry of entries) {
    for (const form of [entry.name ?? '', ...(entry.aliases ?? []), ...(entry.native ?? [])]) for (const word of words(form)) formWords.add(keysOf(word).plain);
  }
  const encoded = (table: Map<string, number[]>): Record<string, string> => Object.fromEntries([...table].map(([key, values]) => [key, encode(values)]));
  return {
    key: gazetteerIndexKey(entries),
    forms,
    words: wordList,
    fold: encoded(tables.fold),
    translit: encoded(tables.translit),
    near: encoded(tables.near),
    short: encoded(tables.short),
    squash: encoded(tables.squash),
    formWords: [...formWords].sort(),
  };
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

export type LinkTable = 'fold' | 'translit' | 'near' | 'short' | 'squash';

/** Reads an index, decoding each form, word and key when first asked for. */
export class GazetteerIndex {
  readonly #data: GazetteerIndexData;
  readonly #forms: Array<IndexedForm | undefined> = [];
  readonly #words: Array<WordKeys | undefined> = [];
  readonly #numbers = new Map<string, number[]>();

  constructor(data: GazetteerIndexData) {
    this.#data = data;
  }

  get formCount(): number {
    return this.#data.forms.length;
  }

  get formWords(): readonly string[] {
    return this.#data.formWords;
  }

  formAt(at: number): IndexedForm | undefined {
    let form = this.#forms[at];
    if (!form) {
      const encoded = this.#data.forms[at];
      if (encoded === undefined) return undefined;
      const [text = '', entity = '0', role = '0', wordIndexes = ''] = encoded.split(separator);
      form = { text, entity: Number.parseInt(entity, 36), role: roles[Number.parseInt(role, 36)] ?? 'alias', words: decode(wordIndexes) };
      this.#forms[at] = form;
    }
    return form;
  }

  /** The keys of a word of the forms, as `keysOf` gives them. */
  wordKeysAt(at: number): WordKeys {
    let keys = this.#words[at];
    if (!keys) {
      const [word = '', plain = '', translit = '', transcribed] = (this.#data.words[at] ?? '').split(separator);
      keys = { word, plain, folds: transcribed === undefined ? [plain] : [plain, transcribed], translit };
      this.#words[at] = keys;
    }
    return keys;
  }

  /** The numbers under a key of a table: pairs of form and position (`fold`, `translit`), triples of form, position and word (`near`, `short`), or forms (`squash`). A key such as "constructor" is no property of the index. */
  numbersAt(table: LinkTable, key: string): readonly number[] {
    const links = this.#data[table];
    if (!Object.hasOwn(links, key)) return [];
    // Keys such as "s7" are asked for by many words: each is decoded once.
    const cacheKey = `${table}\u0000${key}`;
    let numbers = this.#numbers.get(cacheKey);
    if (!numbers) {
      numbers = decode(links[key] ?? '');
      this.#numbers.set(cacheKey, numbers);
    }
    return numbers;
  }
}
