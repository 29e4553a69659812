/**
 * One person's name spelt another way in the same article, with no table: a premier introduced as
 * "Volker Bouffier" and later "Bofier" or "Bouffir"; a minister "Kaja Kallas" and later "Kalas";
 * "José Albares" and later "Jos Albares". The spelling of the full introduction, written more
 * often, is the name; the rare one is flagged with it.
 *
 * What stays silent: another person who shares the surname or sounds like it ("Tim Cook" beside a
 * Koch: another given name is another person), a given name in another transliteration
 * (Sergei/Sergey), umlaut transcription (Söder/Soeder), a word the article also uses in
 * lowercase, and a tie where two spellings are written equally often.
 */
import { defineRule, docsUrlOf } from '../engine/define-rule.js';
import { quote, unexpected } from '../engine/messages.js';
import type { Confidence, Rule } from '../engine/types.js';
import { isEnglishProperWord, isEnglishSurname, isEnglishWord, isPeopleName } from '../text/english.js';
import type { NamesKnowledge } from '../names/knowledge.js';
import { isParticle } from '../names/mentions.js';
import { namesOf, whereOf, type Person } from '../names/model.js';
import { roleOf } from '../names/roles.js';
import { caseEndingOf, fold, soundsAlike, type Relation } from '../names/spelling.js';

const described: Record<Relation, string> = {
  casing: 'is written in other case',
  diacritics: 'has lost its diacritics',
  transcription: 'transcribes its umlauts',
  deleted: 'drops a letter',
  doubled: 'doubles or halves a letter',
  transliteration: 'follows another transliteration',
  phonetic: 'sounds the same',
  near: 'is one letter off',
};

/** Relations that make a variant of a given name: dropped letters, not another transliteration. */
const givenNameRelations = new Set<Relation>(['deleted', 'doubled', 'diacritics']);

export function createNameVariantRule(knowledge: NamesKnowledge): Rule<unknown> {
  return defineRule({
    meta: {
      id: 'name-variant',
      category: 'names',
      description: 'A person the article introduces, spelt another way in one place',
      docsUrl: docsUrlOf('name-variant'),
      defaultSeverity: 'error',
      fixable: 'fix',
    },
    defaultOptions: {},
    check(context) {
      const { article } = context;
      const model = namesOf(article, knowledge);
      if (model.people.length === 0) return;
      const { spellings } = model;
      for (const part of model.parts) {
        for (let position = 0; position < part.words.length; position++) {
          const word = part.words[position];
          if (!word) continue;
          const candidate = word.bare;
          if (spellings.has(candidate) || isParticle(candidate) || candidate.length < 3) continue;
          if (!/^\p{Lu}\p{Ll}/u.test(candidate) || model.lowercase.has(candidate.toLowerCase())) continue;
          // "German" beside "Germany": English knows the word as a name of its own; it stands for the
          // person only beside the person's other name ("Anne Lind") or in a person's place ("Lindy is").
          const properWord = isEnglishProperWord(candidate);
          if (properWord && part.words.length < 2 && !roleOf(part.mention, word, word)) continue;
          // Every person and name word this spelling could stand for.
          const matches: Array<{ person: Person; index: number; relation: Relation }> = [];
          for (const { person, index, relation } of model.matchesOf(candidate)) {
            // A name written wholly without its diacritics ("Poysti" in a photo credit, "Erdogan") is a house style.
            if (!relation || relation === 'casing' || relation === 'transcription' || relation === 'diacritics') continue;
            matches.push({ person, index, relation });
          }
          const targets = new Set(matches.map((match) => match.person.words[match.index]));
          if (targets.size !== 1) continue;
          // The other words of the mention must be this person's: "Tim Cook" is not Robert Koch.
          const fitting = matches.filter(({ person, index, relation }) => {
            const isGiven = index < person.words.length - 1;
            if (isGiven && !givenNameRelations.has(relation)) return false;
            for (let offset = -position; offset < part.words.length - position; offset++) {
              if (offset === 0) continue;
              const other = part.words[position + offset]?.bare;
              const expected = person.words[index + offset];
              if (other === undefined) continue;
              if (expected === undefined || fold(expected) !== fold(other)) return false;
            }
            // A given name is flagged only beside its surname: "Jos Albares".
            return !isGiven || part.words.length > position + 1;
          });
          const match = fitting[0];
          if (!match) continue;
          const target = match.person.words[match.index] ?? '';
          // "Virtaselle", "Delacroixin": a case ending, which name-case-ending reports.
          if (caseEndingOf(candidate, target)) continue;
          // A capitalised English word stands for the name only in a person's place: "Count said".
          const englishWord = isEnglishWord(candidate);
          if (englishWord && !roleOf(part.mention, word, word)) continue;
          const targetCount = model.counts.get(target) ?? 0;
          const candidateCount = model.counts.get(candidate) ?? 0;
          const known = knowledge.surnames.has(fold(target)) || knowledge.people.has(fold(match.person.name));
          // The spelling written more often is the name; on a tie, the one the article introduced with a title.
          const introduced = match.person.introduction;
          const inIntroduction = introduced.words.some((other) => other.bare === target);
          const tieBroken = targetCount === candidateCount && match.person.titled && inIntroduction;
          if (targetCount < candidateCount || (targetCount === candidateCount && !tieBroken && !known)) continue;
          const englishSurname = isEnglishSurname(candidate);
          const english = englishSurname || englishWord || properWord;
          // Two signals make a fix certain: the table and the introduction, or the majority and the sound.
          const certain =
            !english &&
            !isPeopleName(candidate) &&
            match.relation !== 'diacritics' &&
            match.relation !== 'near' &&
            (known || (targetCount >= 2 && soundsAlike(candidate, target)));
          const confidence: Confidence = certain ? 'certain' : 'likely';
          context.report({
            start: word.start,
            end: word.start + candidate.length,
            actual: candidate,
            expected: [target],
            confidence,
            message: unexpected(candidate, [target]),
            note: `${quote(match.person.name)} is introduced at ${whereOf(article, match.person.start)} and ${quote(target)} is written ${targetCount} ${targetCount === 1 ? 'time' : 'times'}${known ? ' (a known name)' : ''}; ${quote(candidate)} ${described[match.relation]}${englishSurname ? ', and is also an English surname' : ''}`,
          });
        }
      }
      reportKnownGivenNames(context, model, knowledge);
    },
  });
}

const surnameIndexes = new WeakMap<NamesKnowledge, Map<string, string[]>>();

/** The known two-word names by folded surname, built once per set of tables. */
function knownBySurname(knowledge: NamesKnowledge): Map<string, string[]> {
  let index = surnameIndexes.get(knowledge);
  if (!index) {
    index = new Map();
    for (const name of knowledge.people.values()) {
      const words = name.split(' ');
      if (words.length !== 2) continue;
      const key = fold(words[1] ?? '');
      index.set(key, [...(index.get(key) ?? []), name]);
    }
    surnameIndexes.set(knowledge, index);
  }
  return index;
}

/** Whether one given name is the other with one letter added or dropped: "Anne" for "Ann", not "Sergey" for "Sergei". */
function isOneLetterLonger(long: string, short: string): boolean {
  if (long.length !== short.length + 1 || short.length < 3 || long.charAt(0) !== short.charAt(0)) return false;
  let at = 0;
  while (at < short.length && short[at] === long[at]) at++;
  return long.slice(at + 1) === short.slice(at);
}

/**
 * "Swedish Foreign Minister Anne Linde" where the gazetteer knows Ann Linde: a known person's
 * surname with a given name one letter longer or shorter. The table and the surname are two
 * signals, but another person may bear the other given name, so the known form is a suggestion.
 */
function reportKnownGivenNames(context: Parameters<Rule<unknown>['check']>[0], model: ReturnType<typeof namesOf>, knowledge: NamesKnowledge): void {
  if (knowledge.people.size === 0) return;
  for (const person of model.people) {
    // A wrong form the gazetteer lists ("Michael Barnier") is fixed whole by the gazetteer's rule.
    if (person.words.length !== 2 || knowledge.people.has(fold(person.name)) || knowledge.wrongForms.has(fold(person.name)) || isEnglishSurname(person.surname)) continue;
    const given = person.words[0] ?? '';
    const known = (knownBySurname(knowledge).get(fold(person.surname)) ?? []).filter((name) => !name.startsWith(`${given} `));
    const [name] = known;
    if (known.length !== 1 || !name) continue;
    const knownGiven = name.split(' ')[0] ?? '';
    const [a, b] = [fold(given), fold(knownGiven)];
    if (!isOneLetterLonger(a, b) && !isOneLetterLonger(b, a)) continue;
    for (const part of model.parts) {
      part.words.forEach((word, index) => {
        const next = part.words[index + 1];
        if (word.bare !== given || !next) return;
        if (next.bare !== person.surname && !model.matchesOf(next.bare).some((match) => match.person === person)) return;
        context.report({
          start: word.start,
          end: word.start + given.length,
          actual: given,
          expected: [knownGiven],
          confidence: 'likely',
          message: unexpected(given, [knownGiven]),
          note: `${quote(name)} is a known name, and ${quote(person.name)} introduced at ${whereOf(context.article, person.start)} bears the surname with ${quote(given)}, one letter off`,
        });
      });
    }
  }
}
