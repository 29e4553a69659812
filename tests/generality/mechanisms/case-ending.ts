/**
 * Case endings of the source language left on a name the article introduces: a Finnish genitive
 * or allative ("Virtasen", "Virtaselle" for Virtanen; "Wang Wentaon"), an Estonian comitative, a
 * Slavic genitive or instrumental, a Turkish genitive after an apostrophe, a German genitive "s"
 * without its apostrophe.
 */
import { fill, insertParagraphs, mark, roleSentences, storyOf, type Mechanism } from '../mechanism.js';
import { peopleOf, type Person } from '../people.js';
import type { Random } from '../random.js';

const people = peopleOf({ eastAsian: true });
const isVowel = (letter: string): boolean => /[aeiouyäöüå]/iu.test(letter.normalize('NFD').charAt(0));

/** The bent name and what should stand for it, or undefined where the family does not fit. */
type Bend = (surname: string, random: Random) => { wrong: string; right: string } | undefined;

const finnishEndings = ['n', 'lle', 'lta', 'sta', 'ssa', 'ksi', 'na'];
/** Finnish: "-n", "-lle", … after a vowel, "-in", "-ille" after a consonant, "-nen" → "-se-". */
const finnish: Bend = (surname, random) => {
  const ending = random.pick(finnishEndings);
  if (surname.endsWith('nen')) return { wrong: `${surname.slice(0, -3)}se${ending}`, right: surname };
  const last = surname.at(-1) ?? '';
  return { wrong: isVowel(last) ? surname + ending : `${surname}i${ending}`, right: surname };
};

const estonianEndings = ['le', 'lt', 'ga', 'st', 'ks'];
const estonian: Bend = (surname, random) => {
  const last = surname.at(-1) ?? '';
  const ending = random.pick(estonianEndings);
  return { wrong: isVowel(last) ? surname + ending : `${surname}i${ending}`, right: surname };
};

const slavicEndings = ['a', 'u', 'om', 'em', 'owi'];
/** Polish or Czech cases of a surname that ends in a consonant: "Dvořáka", "Sikorskiego" is left out. */
const slavic: Bend = (surname, random) => {
  const last = surname.at(-1) ?? '';
  if (isVowel(last)) return undefined;
  return { wrong: surname + random.pick(slavicEndings), right: surname };
};

const turkishEndings = ["'nin", "'ın", "'in", "'a", "'e", "'dan", "'la"];
const turkish: Bend = (surname, random) => ({ wrong: surname + random.pick(turkishEndings), right: surname });

/** German: "Hoffmanns Vorschlag" comes out as "Hoffmanns proposal". */
const germanGenitive: Bend = (surname) => {
  if (/[sßxz]$/u.test(surname)) return undefined;
  return { wrong: `${surname}s`, right: `${surname}'s` };
};

const byLanguage: Record<string, Bend[]> = {
  fi: [finnish],
  et: [estonian],
  pl: [slavic],
  cs: [slavic],
  tr: [turkish],
  de: [germanGenitive],
  zh: [finnish],
  ko: [finnish],
};
const anyFamily: Bend[] = [finnish, estonian, slavic, turkish];

function bend(person: Person, random: Random): { wrong: string; right: string } | undefined {
  const families = byLanguage[person.language] ?? anyFamily;
  const family = random.chance(0.7) ? random.pick(families) : random.pick(anyFamily);
  const target = person.surnameFirst ? person.given : person.surname;
  return family(target, random);
}

export const caseEnding: Mechanism = {
  name: 'case-ending',
  inArticle: true,
  inject(article, random) {
    for (;;) {
      const person = random.pick(people);
      const bent = bend(person, random);
      if (!bent) continue;
      let damaged: string;
      if (bent.right.endsWith("'s")) {
        damaged = fill(roleSentences.possessive.replace("{name}'s", '{name}'), { name: mark(bent.wrong, bent.right) });
      } else if (person.surnameFirst) {
        damaged = fill(random.pick(['talks with {name} ended without a statement.', 'A letter to {name} was published on Friday.']), {
          name: `${person.surname} ${mark(bent.wrong, bent.right)}`,
        });
      } else {
        damaged = fill(random.pick(['talks with {full} ended without a statement.', 'A letter to {full} was published on Friday.', 'the meeting with {name} lasted two hours.']), {
          full: `${person.given} ${mark(bent.wrong, bent.right)}`,
          name: mark(bent.wrong, bent.right),
        });
      }
      return insertParagraphs(article, storyOf(random, person, damaged), random);
    }
  },
};
