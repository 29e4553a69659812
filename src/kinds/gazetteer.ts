/**
 * The gazetteer kind: a table of entities (people, parties, institutions, companies, pipelines,
 * agencies, places), each with its correct English form, the other correct forms (`aliases`:
 * "Sergey Lavrov", "Markus Soeder", "Nato", "Brics"), the wrong forms seen in print
 * (`misspellings`: "Sperbank", certain fixes) and whole-phrase `corrections` ("the administration of
 * the trump").
 *
 * Beyond the listed wrong forms, capitalised words are matched against the table for near misses,
 * which become suggestions:
 * - a Finnish genitive left on a name ("Discussions ... are planned Wang Yin with." for "Wang Yin
 *   kanssa", with Wang Yi; "Niinistön"),
 * - a Latin-script name re-transliterated through Cyrillic ("Kaya Kallas", "Sauli Niiniste"),
 * - a slip of one or two letters in a long name ("Antti Häkkinen" for Antti Häkkänen),
 * - a name run together or split ("Nordstream" for Nord Stream).
 *
 * The table's words are indexed by the build (src/termbase/gazetteer-index.ts) and read when the rule is
 * created; an article costs one phrase regex and one word scan.
 */
import { defineRule } from '../engine/define-rule.js';
import { fillTemplate, quote } from '../engine/messages.js';
import type { Confidence, Finding, Rule } from '../engine/types.js';
import type { Matcher } from '../match/matcher.js';
import { phraseKey } from '../match/matching.js';
import {
  allowedDistance,
  hasForeignCaseEndingWord,
  isNearWord,
  isOneLetterOff,
  isTransliteratedLanguage,
  keysOf,
  squashKey,
  stripDiacritics,
  type WordKeys,
} from '../text/name-keys.js';
import { windowsOf, type NameToken, type NameWindow } from '../text/name-tokens.js';
import { isCountryWord } from '../text/countries.js';
import { wordsAroundNames } from '../termbase/word-lists.js';
import { GazetteerIndex, gazetteerIndexOf, namedEntries, surnamesOf, type FormRole, type LinkTable } from '../termbase/gazetteer-index.js';
import { gazetteerLiteralIndex } from '../termbase/literal-forms.js';
import { isInAddress, opensSentence } from '../text/context.js';
import type { Termbase, TermbaseEntry } from '../termbase/types.js';
import { metaOf } from '../termbase/types.js';

interface Entity {
  entry: TermbaseEntry;
  name: string;
  /** Names from Cyrillic, Chinese, Korean…: transliteration variants ("Sergei"/"Sergey") are correct. */
  transliterated: boolean;
  evidence: string;
}

/** A correct form of an entity, its words and their keys worked out when a candidate is first compared with it. */
class Form {
  readonly text: string;
  readonly role: FormRole;
  readonly entity: Entity;
  readonly #wordIndexes: readonly number[];
  readonly #index: GazetteerIndex;
  #words: string[] | undefined;
  #wordKeys: WordKeys[] | undefined;
  #length: number | undefined;

  constructor(text: string, role: FormRole, entity: Entity, wordIndexes: readonly number[], index: GazetteerIndex) {
    this.text = text;
    this.role = role;
    this.entity = entity;
    this.#wordIndexes = wordIndexes;
    this.#index = index;
  }

  get words(): string[] {
    this.#words ??= words(this.text);
    return this.#words;
  }

  /** Length without diacritics, to skip forms that no slip could reach. */
  get length(): number {
    this.#length ??= stripDiacritics(this.text).length;
    return this.#length;
  }

  get wordKeys(): WordKeys[] {
    this.#wordKeys ??= this.#wordIndexes.map((at) => this.#index.wordKeysAt(at));
    return this.#wordKeys;
  }
}

/** `short`: one letter off in a word of four or five letters, only ever a slip beside exact words ("Mark Ruute"). */
type Relation = 'equal' | 'variant' | 'ending' | 'near' | 'short';

interface NearMiss {
  form: Form;
  reason: string;
  /** Needs the entity to be named correctly elsewhere in the article. */
  needsEvidence: boolean;
}

interface Wrong {
  entity: Entity;
  replacement: string;
}

const words = (text: string): string[] => text.trim().split(/\s+/u);

/** Surnames shorter than this are too common to guess at ("Wang", "Li", "Kim"). */
const shortestGuessedSurname = 6;
/** Single-word names shorter than this are matched only exactly ("NATO", "Yle", "Saab"). */
const shortestGuessedName = 6;

/** The correct form with as many words as the wrong one: "Kosinyak-Kamysh" -> "Kosiniak-Kamysz". */
function replacementFor(wrong: string, entity: Entity): string {
  const count = words(wrong).length;
  const surname = entity.entry.type === 'person' ? (entity.entry.surname ?? words(entity.name).at(-1)) : undefined;
  if (surname !== undefined && count === words(surname).length && count < words(entity.name).length) return surname;
  return entity.name;
}

function evidenceOf(entry: TermbaseEntry): string {
  return [entry.note, entry.source ? `Source: ${entry.source}` : undefined].filter(Boolean).join(' ');
}

/**
 * Whether an article is about a country: it names the country, or an entity of that country
 * correctly. Asked only for the countries of the literal forms found, and answered once each.
 */
function aboutCountry(text: string, present: ReadonlyMap<Entity, number>, countryPattern: (country: string) => RegExp | undefined): (country: string) => boolean {
  const answers = new Map<string, boolean>();
  return (country) => {
    let answer = answers.get(country);
    if (answer === undefined) {
      answer = [...present.keys()].some((entity) => entity.entry.country === country) || (countryPattern(country)?.test(text) ?? false);
      answers.set(country, answer);
    }
    return answer;
  };
}

/** A word of a form at a position, and how a candidate word relates to it. */
interface WordLink {
  form: Form;
  position: number;
  relation: Relation;
}

/** Whether a run of the article puts `surname` after a given name that the entity's own name lacks. */
function introducesOwnPerson(runs: readonly (readonly NameToken[])[], surname: string, entityName: string): boolean {
  const entityWords = new Set(entityName.split(/\s+/u).map((word) => stripDiacritics(word)));
  for (const run of runs) {
    for (let index = 1; index < run.length; index++) {
      if (run[index]?.bare !== surname) continue;
      const given = run[index - 1]?.bare ?? '';
      if (/^\p{Lu}\p{Ll}+$/u.test(given) && !wordsAroundNames().titles.has(given.toLowerCase()) && !entityWords.has(stripDiacritics(given))) return true;
    }
  }
  return false;
}

export function createGazetteerRule(termbase: Termbase, matcher: Matcher): Rule<Record<string, never>> {
  const named = namedEntries(termbase);
  const entities: Entity[] = named.map((entry) => ({
    entry,
    name: entry.name ?? '',
    transliterated: isTransliteratedLanguage(entry.language),
    evidence: evidenceOf(entry),
  }));

  // Word-level indexes, made by the build: a candidate word is looked up, never compared with every form.
  const index = new GazetteerIndex(gazetteerIndexOf(named));
  const forms: Array<Form | undefined> = [];
  const formAt = (at: number): Form | undefined => {
    let form = forms[at];
    if (!form) {
      const found = index.formAt(at);
      const entity = found ? entities[found.entity] : undefined;
      if (!found || !entity) return undefined;
      form = new Form(found.text, found.role, entity, found.words, index);
      forms[at] = form;
    }
    return form;
  };
  /** The links of one key of one table, decoded once: a key such as "s7" is asked for by many words. */
  const decoded = new Map<string, WordLink[]>();
  const linksUnder = (table: LinkTable, key: string, relation: Relation): WordLink[] => {
    const cacheKey = `${relation}\u0000${key}`;
    const cached = decoded.get(cacheKey);
    if (cached) return cached;
    const found = index.numbersAt(table, key);
    const list: WordLink[] = [];
    for (let at = 0; at + 1 < found.length; at += 2) {
      const form = formAt(found[at] ?? -1);
      if (form) list.push({ form, position: found[at + 1] ?? 0, relation });
    }
    decoded.set(cacheKey, list);
    return list;
  };
  /**
   * The links under a key of `near` or `short` whose word passes `test`: each distinct word is
   * compared once, and only the forms of the words that pass are read.
   */
  const passingLinks = (table: 'near' | 'short', key: string, test: (formWord: WordKeys) => boolean, relation: Relation): WordLink[] => {
    const found = index.numbersAt(table, key);
    const verdicts = new Map<number, boolean>();
    const list: WordLink[] = [];
    for (let at = 0; at + 2 < found.length; at += 3) {
      const word = found[at + 2] ?? -1;
      let passes = verdicts.get(word);
      if (passes === undefined) {
        passes = test(index.wordKeysAt(word));
        verdicts.set(word, passes);
      }
      const form = passes ? formAt(found[at] ?? -1) : undefined;
      if (form) list.push({ form, position: found[at + 1] ?? 0, relation });
    }
    return list;
  };
  const formsBySquash = (key: string): Form[] => index.numbersAt('squash', key).flatMap((at) => formAt(at) ?? []);
  const formWords = new Set(index.formWords);

  /** Every form word a candidate word may stand for, and how; cached, as capitalised words recur. */
  const linkCache = new Map<string, WordLink[]>();
  function linksOf(word: string): WordLink[] {
    const cached = linkCache.get(word);
    if (cached) return cached;
    const keys = keysOf(word);
    const links: WordLink[] = [];
    const seen = new Set<string>();
    const take = (link: WordLink, relation: Relation): void => {
      const id = `${link.form.entity.name}\u0000${link.form.text}\u0000${link.position}`;
      if (seen.has(id)) return;
      seen.add(id);
      links.push({ form: link.form, position: link.position, relation });
    };
    for (const key of keys.folds) for (const link of linksUnder('fold', key, 'equal')) take(link, 'equal');
    for (const link of linksUnder('translit', keys.translit, 'variant')) take(link, 'variant');
    // "Niinistön", "Yin": the Finnish genitive "-n" after a vowel, "-in" after a consonant.
    for (const cut of [1, 2]) {
      const base = keys.plain.slice(0, -cut);
      for (const link of linksUnder('fold', base, 'equal')) {
        const formWord = link.form.wordKeys[link.position];
        if (formWord && hasForeignCaseEndingWord(keys, formWord)) take(link, 'ending');
      }
    }
    if (allowedDistance(keys.plain.length) > 0) {
      for (let length = keys.plain.length - 2; length <= keys.plain.length + 2; length++) {
        for (const link of passingLinks('near', `${keys.plain[0] ?? ''}${length}`, (formWord) => isNearWord(keys, formWord), 'near')) take(link, 'near');
      }
    }
    if (keys.plain.length >= 4 && keys.plain.length <= 5) {
      for (let length = 4; length <= 5; length++) {
        for (const link of passingLinks('short', `${keys.plain[0] ?? ''}${length}`, (formWord) => isOneLetterOff(keys, formWord), 'short')) take(link, 'short');
      }
    }
    if (linkCache.size > 50_000) linkCache.clear();
    linkCache.set(word, links);
    return links;
  }

  /**
   * How each word of a window relates to the words of each form of the same length; kept for the
   * windows of the article being checked (emptied as each check starts), as both passes over it
   * ask. Callers only read it.
   */
  let relationsByWindow = new Map<NameWindow, Map<Form, Relation[]>>();
  const noRelations = new Map<Form, Relation[]>();
  function relationsOf(window: NameWindow): Map<Form, Relation[]> {
    // Most capitalised words stand for no form at all: answered without touching the cache.
    const first = window.tokens[0];
    const firstLinks = first ? linksOf(first.bare) : [];
    if (firstLinks.length === 0) return noRelations;
    let relations = relationsByWindow.get(window);
    if (!relations) {
      relations = findRelations(window, firstLinks);
      relationsByWindow.set(window, relations);
    }
    return relations;
  }

  function findRelations(window: NameWindow, firstLinks: readonly WordLink[]): Map<Form, Relation[]> {
    const size = window.tokens.length;
    const matches = new Map<Form, Relation[]>();
    for (const link of firstLinks) {
      if (link.position !== 0 || link.form.words.length !== size) continue;
      if (link.relation === 'ending' && size > 1) continue;
      matches.set(link.form, [link.relation]);
    }
    for (let index = 1; index < size && matches.size > 0; index++) {
      const token = window.tokens[index];
      const links = token ? linksOf(token.bare) : [];
      for (const [form, relations] of matches) {
        const link = links.find((candidate) => candidate.form === form && candidate.position === index && (candidate.relation !== 'ending' || index === size - 1));
        if (link) relations.push(link.relation);
        else matches.delete(form);
      }
    }
    return matches;
  }

  // Listed wrong forms: one case-sensitive alternation, each a certain fix.
  const wrongByKey = new Map<string, Wrong>();
  for (const entity of entities) {
    for (const misspelling of entity.entry.misspellings ?? []) {
      wrongByKey.set(phraseKey(misspelling, true), { entity, replacement: replacementFor(misspelling, entity) });
    }
    for (const [wrong, right] of Object.entries(entity.entry.corrections ?? {})) {
      wrongByKey.set(phraseKey(wrong, true), { entity, replacement: right });
    }
  }
  // One case-sensitive alternation of every wrong form; a large one is looked up word by word.
  const wrongForms = matcher.compilePhraseTable([...wrongByKey.keys()], true);

  const literal = gazetteerLiteralIndex(termbase);
  const literalForms = matcher.compilePhraseTable([...literal.byKey.keys()], false);
  const entityOf = new Map(entities.map((entity) => [entity.entry, entity]));

  /** The forms a window spells correctly (case, diacritics and umlaut transcription aside). */
  const correctFormsOf = (window: NameWindow): Form[] => {
    const relations = relationsOf(window);
    if (relations.size === 0) return [];
    return [...relations].filter(([, found]) => found.every((relation) => relation === 'equal')).map(([form]) => form);
  };

  /** The near misses of one window of capitalised words, by the kinds of slip described above. */
  function nearMissesOf(window: NameWindow): NearMiss[] {
    const candidateWords = window.words;
    const text = candidateWords.join(' ');
    const found: NearMiss[] = [];
    const single = candidateWords.length === 1;
    const length = stripDiacritics(text).length;

    if (candidateWords.length <= 2 && length >= shortestGuessedSurname) {
      for (const form of formsBySquash(squashKey(text))) {
        if (form.words.length === candidateWords.length) continue;
        found.push({ form, reason: `${quote(text)} runs together or splits ${quote(form.text)}`, needsEvidence: false });
      }
    }

    for (const [form, relations] of relationsOf(window)) {
      // A transliterated name has many right spellings: "Sergei"/"Sergey", "Zelensky"/"Zelenskyy".
      const accepted = relations.map((relation): Relation => (relation === 'variant' && form.entity.transliterated ? 'equal' : relation));
      if (accepted.every((relation) => relation === 'equal')) continue;
      const slips = accepted.filter((relation) => relation !== 'equal');
      if (single) {
        const surname = form.role === 'surname';
        const relation = slips[0];
        if (relation === 'short') continue;
        // A one-word name that is an English word ("Economist", "Shell") has English words for neighbours ("Economics").
        if (form.entity.entry.alsoEnglish && form.words.length === 1) continue;
        if (relation === 'variant' && length >= 5) {
          found.push({ form, reason: `${quote(text)} is ${quote(form.text)} transliterated back from Cyrillic`, needsEvidence: false });
        } else if (relation === 'ending' && form.length >= 5) {
          found.push({ form, reason: `${quote(text)} is ${quote(form.text)} with a foreign case ending`, needsEvidence: form.length < 6 || surname });
        } else if (relation === 'near' && length >= (surname ? shortestGuessedSurname : shortestGuessedName)) {
          found.push({ form, reason: `${quote(text)} is one or two letters from ${quote(form.text)}`, needsEvidence: surname });
        }
        continue;
      }
      // In a full name at least one word must be right as written: "Antti Häkkinen", "Kaya Kallas".
      const anchored = accepted.some((relation) => relation === 'equal') || relations.every((relation) => relation === 'variant');
      if (!anchored) continue;
      // A short word one letter off counts only as the one slip beside words written exactly.
      if (slips.includes('short') && slips.length > 1) continue;
      const lastWord = stripDiacritics(candidateWords.at(-1) ?? '');
      const reason = slips.includes('ending')
        ? `${quote(text)} is ${quote(form.text)} with a foreign case ending`
        : slips.every((relation) => relation === 'variant')
          ? `${quote(text)} is ${quote(form.text)} transliterated back from Cyrillic`
          : `${quote(text)} is one or two letters from ${quote(form.text)}`;
      // "Wang Yin" could be someone else; it is Wang Yi when the article also names Wang Yi.
      found.push({ form, reason, needsEvidence: slips.includes('ending') && lastWord.length < 5 });
    }
    return found;
  }

  return defineRule({
    meta: metaOf(termbase, 'fix'),
    defaultOptions: {},
    check(context) {
      const { article } = context;
      const text = article.text;
      const taken: Array<[number, number]> = [];
      const overlaps = (start: number, end: number): boolean => taken.some(([a, b]) => start < b && end > a);
      const template = termbase.message;
      const report = (start: number, end: number, expected: string, confidence: Confidence, note: string, entity: Entity): void => {
        const actual = article.source.slice(start, end);
        if (actual === expected) return;
        const finding: Finding = {
          start,
          end,
          actual,
          expected: [expected],
          // "Cook", "Fox", "Shell": a name that is also an English word or surname is never changed unasked.
          confidence: entity.entry.alsoEnglish && confidence === 'certain' ? 'likely' : confidence,
          ...(template ? { message: fillTemplate(template, actual, [expected]) } : {}),
          entryId: entity.entry.id,
        };
        const evidence = [note, entity.evidence].filter(Boolean).join(' ');
        if (evidence) finding.note = evidence;
        taken.push([start, end]);
        context.report(finding);
      };

      if (wrongForms) {
        for (const match of wrongForms.scan(article)) {
          const wrong = wrongByKey.get(phraseKey(match.text, true));
          if (!wrong || overlaps(match.start, match.end) || isInAddress(text, match.start, match.end)) continue;
          report(match.start, match.end, wrong.replacement, 'certain', `${quote(match.text)} is a known wrong form of ${quote(wrong.entity.name)}.`, wrong.entity);
        }
      }

      relationsByWindow = new Map();
      const runs = article.nameRuns;
      const literalMatches = literalForms ? literalForms.scan(article) : [];
      const present = new Map<Entity, number>();
      const inName = new Set<NameToken>();
      const known = new Set<NameToken>();
      // First the names written correctly: they are evidence, and their words are not guessed at.
      for (const run of runs) {
        for (let size = Math.min(4, run.length); size >= 1; size--) {
          for (const window of article.nameWindows(run, size)) {
            const forms = correctFormsOf(window);
            if (forms.length === 0) continue;
            for (const form of forms) if (!present.has(form.entity)) present.set(form.entity, window.start);
            // A surname of several words ("von der Leyen", "Barth Eide") written right leaves the given
            // name before it open to a check, as a one-word surname does.
            const onlySurname = forms.every((form) => form.role === 'surname');
            for (const token of window.tokens) (size > 1 && !onlySurname ? inName : known).add(token);
          }
        }
      }
      // A name translated word by word ("Basic Finns"), where the article is about the entity's country.
      if (literalMatches.length > 0) {
        const isAbout = aboutCountry(text, present, (country) => literal.countryPattern(country));
        for (const match of literalMatches) {
          const found = literal.byKey.get(match.text.toLowerCase());
          const entity = found ? entityOf.get(found.entry) : undefined;
          if (!found || !entity || overlaps(match.start, match.end) || isInAddress(text, match.start, match.end)) continue;
          const country = entity.entry.country;
          if (country === undefined || !isAbout(country)) continue;
          report(match.start, match.end, entity.name, 'likely', `${quote(match.text)} is ${quote(found.source)} translated word by word.`, entity);
        }
      }

      // "Angara" and "Micron" are words in their own right when the article uses them as words.
      const isUsedAsWord = (candidate: string): boolean => article.standsAlone(candidate.toLowerCase());

      for (const run of runs) {
        for (let size = Math.min(4, run.length); size >= 1; size--) {
          for (const window of article.nameWindows(run, size)) {
            if (window.tokens.some((token) => inName.has(token))) continue;
            if (size === 1 && window.tokens.some((token) => known.has(token))) continue;
            if (overlaps(window.start, window.end)) continue;
            if (size === 1 && formWords.has(stripDiacritics(window.text).toLowerCase())) continue;
            // Most windows are near no name: the checks of their surroundings wait for one that is.
            const found = nearMissesOf(window);
            if (found.length === 0) continue;
            // "Ankara" is a capital, never a slip of the news agency Antara.
            if (size === 1 && isCountryWord(window.text)) continue;
            const sentenceStart = size === 1 && opensSentence(text, window.start);
            const misses = found.filter((miss) => !(miss.needsEvidence || sentenceStart) || present.has(miss.form.entity));
            if (misses.length > 0 && size === 1 && isUsedAsWord(window.text)) continue;
            const targets = new Set(misses.map((miss) => miss.form.entity));
            const miss = misses[0];
            // Two different entities within reach: not a slip anyone can settle.
            if (!miss || targets.size !== 1 || isInAddress(text, window.start, window.end)) continue;
            // "Anna Nowak … Nowak declined": the article introduces a person of its own under this
            // surname, with a given name the listed Katalin Novák does not have.
            if (size === 1 && introducesOwnPerson(runs, window.text, miss.form.entity.name)) continue;
            const seen = present.get(miss.form.entity);
            const where = seen === undefined ? '' : ` ${quote(miss.form.entity.name)} is named at ${article.toPoint(seen).line}:${article.toPoint(seen).column}.`;
            report(window.start, window.end, miss.form.text, 'likely', `${miss.reason}.${where}`, miss.form.entity);
            for (const token of window.tokens) inName.add(token);
          }
        }
      }
    },
  });
}
