/**
 * Literal translations of names, generated rather than listed: a name in its own language
 * ("Perussuomalaiset", "Rassemblement national", "Сила Сибири", "국민의힘") is translated word by
 * word through a reviewed glossary (rules/knowledge/literal-glossary.json), the way machine
 * translation renders a name it does not know ("Basic Finns", "National Gathering", "Force of
 * Siberia", "Power of the People"). Compound words are split into glossary words ("Bundestag":
 * Bundes + Tag, "Federal Day"); Romance word order is tried both ways ("France insoumise":
 * "Unsubmissive France"); "A of the B" is tried as "B A" ("Corriere della Sera": "Evening Courier");
 * the Korean and Japanese "A의 B" / "AのB" as "B of the A" and "A B".
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ConfigError, parseJsonFile } from '../config/errors.js';
import { validateAgainst } from '../config/validate.js';
import { isLatinPhrase } from '../match/matching.js';
import { escapeRegExp } from '../text/characters.js';
import { countryWords } from '../text/countries.js';
import type { Termbase, TermbaseEntry } from './types.js';
import { lazy } from '../text/memo.js';

export interface GlossaryWord {
  en: string[];
  source: string;
}

export interface LiteralGlossary {
  languages: Record<string, { language: string; words: Record<string, GlossaryWord> }>;
  /** Phrases made of ordinary English words that a name's literal form must never be ("evening post"). */
  ordinary: string[];
  /**
   * Words that show an article is about a country, by ISO code, beyond the names, demonyms and
   * capitals the country packages give: the European Union's, "Kremlin", regions ("Catalonia").
   */
  countries: Record<string, string[]>;
}

export const literalGlossaryFile = fileURLToPath(new URL('../../rules/knowledge/literal-glossary.json', import.meta.url));

/** The bundled glossary, read and validated once. */
const bundledGlossary = lazy(() => readGlossaryFile(literalGlossaryFile));

/** The glossary of a file, the bundled one read only once. */
export function readLiteralGlossary(path = literalGlossaryFile): LiteralGlossary {
  return path === literalGlossaryFile ? bundledGlossary() : readGlossaryFile(path);
}

function readGlossaryFile(path: string): LiteralGlossary {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`Cannot read the literal-translation glossary (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`, { file: path, mend: 'Restore the file from the package' });
  }
  const value = parseJsonFile(text, path);
  validateAgainst('literal-glossary.schema.json', value, path);
  return value as LiteralGlossary;
}

/** Languages whose adjectives follow the noun: "Rassemblement national", "Italia Viva". */
const adjectiveAfterNoun = new Set(['fr', 'it', 'es', 'pt', 'ro', 'ca']);
/** The genitive particles of Korean and Japanese: "국민의힘" is "power of the people". */
const genitiveParticles = new Set(['의', 'の']);
const functionWords = new Set(['of', 'the', 'and', 'for', 'to', 'a', 'of the']);
/** Forms of one name are capped: a name of many ambiguous words would otherwise multiply. */
const mostForms = 64;

interface Slot {
  options: string[];
  translated: boolean;
  particle: boolean;
}

/** Splits a word into glossary words, fewest pieces first ("bundesnachrichtendienst"). */
function segment(word: string, words: Record<string, GlossaryWord>): string[][] | undefined {
  const best: Array<string[] | undefined> = [[]];
  for (let end = 1; end <= word.length; end++) {
    for (let start = 0; start < end; start++) {
      const before = best[start];
      const piece = word.slice(start, end);
      if (!before || !words[piece]) continue;
      // Latin pieces of one or two letters would split anything ("de", "i" are words of their own).
      if (piece.length < 3 && /\p{Script=Latin}/u.test(piece)) continue;
      const candidate = [...before, piece];
      const current = best[end];
      if (!current || candidate.length < current.length) best[end] = candidate;
    }
  }
  const found = best[word.length];
  if (!found || found.length === 0) return undefined;
  return [found];
}

function cartesian(lists: readonly string[][]): string[] {
  let forms = [''];
  for (const options of lists) {
    const next: string[] = [];
    for (const form of forms) for (const option of options) if (next.length < mostForms) next.push(form ? `${form} ${option}` : option);
    forms = next;
  }
  return forms;
}

function slotsOf(text: string, words: Record<string, GlossaryWord>): Slot[] {
  const tokens = text
    .split(/\s+/u)
    .filter(Boolean)
    // "RedaktionsNetzwerk": a capital inside a word starts a new word.
    .flatMap((token) => token.split(/(?<=\p{Ll})(?=\p{Lu})/u));
  return tokens.map((token) => {
    const key = token.toLowerCase();
    const known = words[key];
    // Only a content word counts as translated: "De Nederlandsche Bank" is not translated by "the".
    if (known) return { options: known.en, translated: !known.en.every((word) => functionWords.has(word)), particle: genitiveParticles.has(key) };
    const pieces = segment(key, words)?.[0];
    if (pieces) {
      const slots = pieces.map((piece) => ({ options: words[piece]?.en ?? [piece], translated: true, particle: genitiveParticles.has(piece) }));
      // A compound with a genitive inside ("국민의힘") is reordered like separate words.
      if (slots.some((slot) => slot.particle)) return { options: reorderGenitive(slots), translated: true, particle: false };
      return { options: cartesian(slots.map((slot) => slot.options)), translated: true, particle: false };
    }
    return { options: [token], translated: false, particle: false };
  });
}

/** "A의 B" / "AのB": "B of the A", "B of A" and "A B". */
function reorderGenitive(slots: readonly Slot[]): string[] {
  const at = slots.findIndex((slot) => slot.particle);
  const before = cartesian(slots.slice(0, at).map((slot) => slot.options));
  const after = cartesian(slots.slice(at + 1).map((slot) => slot.options));
  const forms: string[] = [];
  for (const a of before) for (const b of after) forms.push(`${b} of the ${a}`, `${b} of ${a}`, `${a} ${b}`);
  return forms;
}

/** The orders to try: as written, each neighbouring pair swapped (Romance), "A of the B" as "B A". */
function ordersOf(slots: readonly Slot[], language: string): Slot[][] {
  const orders: Slot[][] = [[...slots]];
  if (adjectiveAfterNoun.has(language)) {
    for (let index = 0; index + 1 < slots.length; index++) {
      const swapped = [...slots];
      const left = swapped[index];
      const right = swapped[index + 1];
      if (!left || !right) continue;
      swapped[index] = right;
      swapped[index + 1] = left;
      orders.push(swapped);
    }
  }
  return orders;
}

function tidy(form: string): string {
  return form.replace(/\s+/gu, ' ').trim();
}

/** "Courier of the Evening" -> "Evening Courier"; "Board of Resolution" stays as it is too. */
function ofVariants(form: string): string[] {
  const match = /^(.+?) of (?:the )?(\S+)$/u.exec(form);
  return match?.[1] && match[2] ? [form, `${match[2]} ${match[1]}`] : [form];
}

/** Whether a form is, or lies inside, one of the ordinary English phrases the glossary lists. */
export function isOrdinaryPhrase(form: string, glossary: LiteralGlossary): boolean {
  const padded = ` ${form.toLowerCase()} `;
  return glossary.ordinary.some((phrase) => ` ${phrase.toLowerCase()} `.includes(padded));
}

/** Title case for display; matching ignores case. */
function titled(form: string): string {
  return form
    .split(' ')
    .map((word, index) => (index > 0 && functionWords.has(word.toLowerCase()) ? word.toLowerCase() : word.charAt(0).toUpperCase() + word.slice(1)))
    .join(' ');
}

/**
 * The literal English forms of one name written in `language`, without the name itself. Parts of a
 * name joined by a dash are also translated alone ("Справедливая Россия — За правду").
 */
export function literalFormsOf(name: string, language: string | undefined, glossary: LiteralGlossary): string[] {
  const words = language ? glossary.languages[language]?.words : undefined;
  if (!words) return [];
  const forms = new Set<string>();
  const parts = [name, ...name.split(/\s[–—-]\s/u).filter((part) => part !== name)];
  for (const part of parts) {
    const slots = slotsOf(part, words);
    if (!slots.some((slot) => slot.translated)) continue;
    for (const order of ordersOf(slots, language ?? '')) {
      for (const form of cartesian(order.map((slot) => slot.options))) {
        for (const variant of ofVariants(tidy(form))) {
          forms.add(titled(variant));
          // A leading article is often dropped: "La France insoumise" -> "France Unsubmissive".
          if (/^the /iu.test(variant)) forms.add(titled(variant.slice(4)));
        }
      }
    }
  }
  const own = name.toLowerCase();
  return [...forms].filter((form) => form.toLowerCase() !== own && form.split(' ').length > 1).sort();
}

export interface LiteralFormOf {
  entry: TermbaseEntry;
  /** The name it translates ("Perussuomalaiset"). */
  source: string;
}

/**
 * The literal forms worth reporting for a table of entities, by lowercase form: each entity's own
 * name and its names in its own language translated, less the forms that are right for some entity
 * or lie inside a right name ("Defence Forces" in "Finnish Defence Forces"), those that are or lie
 * inside an ordinary English phrase of the glossary ("Evening Post"), and those two entities share.
 */
export function reportableLiteralForms(entries: readonly TermbaseEntry[], glossary: LiteralGlossary): Map<string, LiteralFormOf> {
  const lower = (text: string): string => text.toLowerCase();
  const correct = new Set<string>();
  for (const entry of entries) for (const form of [entry.name ?? '', ...(entry.aliases ?? []), ...(entry.native ?? [])]) if (form) correct.add(lower(form));
  // Every run of words inside a correct form, so that "lies inside a right name" is one look-up.
  const insideForms = new Set<string>();
  for (const form of correct) {
    const words = form.split(' ');
    for (let start = 0; start < words.length; start++) for (let end = start + 1; end <= words.length; end++) insideForms.add(words.slice(start, end).join(' '));
  }
  const insideCorrect = (form: string): boolean => insideForms.has(form);
  const byKey = new Map<string, LiteralFormOf>();
  const shared = new Set<string>();
  for (const entry of entries) {
    // People's names are not translated word by word (their surnames are: rules/meanings/).
    if (entry.name === undefined || entry.type === 'person') continue;
    // A body of no one language (EU, international) has an English name; its other names may be in any.
    const sources = entry.language ? [entry.name, ...(entry.native ?? [])] : (entry.native ?? []);
    const languages = entry.language ? [entry.language] : Object.keys(glossary.languages);
    for (const source of sources) {
      for (const language of languages) {
        for (const form of literalFormsOf(source, language, glossary)) {
          const key = lower(form);
          // "Just Russia — За правду": a word the glossary lacks stays in its script, and English copy never has that.
          if (!isLatinPhrase(form)) continue;
          if (correct.has(key) || insideCorrect(key) || isOrdinaryPhrase(key, glossary)) continue;
          const before = byKey.get(key);
          if (before && before.entry !== entry) shared.add(key);
          else byKey.set(key, { entry, source });
        }
      }
    }
  }
  for (const key of shared) byKey.delete(key);
  return byKey;
}

export interface LiteralIndex {
  /** By lowercase form. */
  byKey: Map<string, LiteralFormOf>;
  /** By ISO code, one pattern of the words that show an article is about the country. */
  countryPattern(country: string): RegExp | undefined;
}

const lowerCase = (text: string): string => text.toLowerCase();
const titleWords = (text: string): string => text.replace(/(^|\s)(\p{Ll})/gu, (_, space: string, letter: string) => `${space}${letter.toUpperCase()}`);

/**
 * The literal forms a gazetteer reports: the reportable forms of its entities less those a
 * substitution table loaded with it already reports, by a listed phrase or by a pattern whose
 * replacement is the same entity ("Basic Finns" for the Finns Party).
 */
export function gazetteerLiteralIndex(termbase: Termbase, glossary = readLiteralGlossary()): LiteralIndex {
  const key = literalIndexKey(termbase, glossary);
  const built = readBuiltLiteralIndex(key, termbase);
  const byKey = built ?? computeLiteralForms(termbase, glossary);
  // Asked for only when an article holds a literal form, and then for its entity's country alone.
  let words: Map<string, Set<string>> | undefined;
  const patterns = new Map<string, RegExp | undefined>();
  return {
    byKey,
    countryPattern(country) {
      if (!patterns.has(country)) {
        words ??= countryWordSets(glossary);
        const set = words.get(country);
        patterns.set(country, set ? countryPatternOf(set) : undefined);
      }
      return patterns.get(country);
    },
  };
}

/**
 * By ISO code, the words that show an article is about the country: those the country packages
 * give (src/text/countries.ts) and the glossary's own (the European Union's, "Kremlin", regions
 * such as "Catalonia").
 */
export function countryWordSets(glossary: LiteralGlossary): Map<string, Set<string>> {
  const byCountry = new Map<string, Set<string>>();
  for (const [country, words] of [...countryWords(), ...Object.entries(glossary.countries)]) {
    const set = byCountry.get(country) ?? new Set<string>();
    for (const word of words) set.add(word);
    byCountry.set(country, set);
  }
  return byCountry;
}

/** One pattern of a country's words, each a whole word. */
export function countryPatternOf(words: ReadonlySet<string>): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...words].map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'u');
}

/** The file the build writes the bundled gazetteer's literal forms to (dist/termbase/literal-index.json). */
export const builtLiteralIndexFile = fileURLToPath(new URL('./literal-index.json', import.meta.url));

interface BuiltLiteralIndex {
  key: string;
  forms: Array<[string, string, string]>;
}

/** What the literal forms depend on: the entities' names, the glossary, the other tables' phrases and patterns. */
export function literalIndexKey(termbase: Termbase, glossary: LiteralGlossary): string {
  const entities = termbase.entries.map((entry) => [entry.id, entry.name, entry.type, entry.language, entry.aliases, entry.native]);
  const others = (termbase.companions ?? []).map((table) => table.entries.map((entry) => [entry.find, entry.pattern, entry.suggest, entry.replace, entry.caseSensitive]));
  return createHash('sha1').update(JSON.stringify([entities, glossary, others])).digest('hex');
}

function readBuiltLiteralIndex(key: string, termbase: Termbase): Map<string, LiteralFormOf> | undefined {
  if (!existsSync(builtLiteralIndexFile)) return undefined;
  let built: BuiltLiteralIndex;
  try {
    built = JSON.parse(readFileSync(builtLiteralIndexFile, 'utf8')) as BuiltLiteralIndex;
  } catch {
    return undefined;
  }
  if (built.key !== key) return undefined;
  const byId = new Map(termbase.entries.map((entry) => [entry.id, entry]));
  const byKey = new Map<string, LiteralFormOf>();
  for (const [form, id, source] of built.forms) {
    const entry = byId.get(id);
    if (!entry) return undefined;
    byKey.set(form, { entry, source });
  }
  return byKey;
}

/** The build's step: the literal forms of a gazetteer with the key a run checks them by. */
export function buildLiteralIndex(termbase: Termbase, glossary = readLiteralGlossary()): BuiltLiteralIndex {
  const forms = [...computeLiteralForms(termbase, glossary)].map(([form, { entry, source }]): [string, string, string] => [form, entry.id, source]);
  return { key: literalIndexKey(termbase, glossary), forms: forms.sort((a, b) => a[0].localeCompare(b[0])) };
}

function computeLiteralForms(termbase: Termbase, glossary: LiteralGlossary): Map<string, LiteralFormOf> {
  const reportable = reportableLiteralForms(termbase.entries, glossary);
  // Only the names that have literal forms are looked for among the tables' replacements, and only
  // those patterns are compiled: a table of calques has hundreds of patterns for other things.
  const named = new Set<string>();
  for (const { entry } of reportable.values()) for (const name of [entry.name ?? '', ...(entry.aliases ?? [])]) named.add(lowerCase(name));
  const listedElsewhere = new Set<string>();
  const patternsFor = new Map<string, RegExp[]>();
  for (const table of termbase.companions ?? []) {
    for (const entry of table.entries) {
      for (const phrase of entry.find ?? []) listedElsewhere.add(lowerCase(phrase));
      if (entry.pattern === undefined) continue;
      for (const target of [...(entry.suggest ?? []), ...(entry.replace !== undefined ? [entry.replace] : [])]) {
        const key = lowerCase(target.replace(/^the /iu, ''));
        if (!named.has(key)) continue;
        const flags = (entry.caseSensitive ?? table.defaults?.caseSensitive ?? true) ? 'u' : 'iu';
        const list = patternsFor.get(key) ?? [];
        list.push(new RegExp(entry.pattern, flags));
        patternsFor.set(key, list);
      }
    }
  }
  const byKey = new Map<string, LiteralFormOf>();
  for (const [key, found] of reportable) {
    if (listedElsewhere.has(key)) continue;
    const ownPatterns = [found.entry.name ?? '', ...(found.entry.aliases ?? [])].flatMap((name) => patternsFor.get(lowerCase(name)) ?? []);
    if (ownPatterns.some((pattern) => pattern.test(key) || pattern.test(titleWords(key)))) continue;
    byKey.set(key, found);
  }
  return byKey;
}
