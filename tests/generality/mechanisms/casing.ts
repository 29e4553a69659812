/**
 * Casing damage on a name the article writes normally elsewhere: a name in capitals inside running
 * text ("XI Jinping", "Jussi VIRTANEN") or a proper name in lowercase ("virtanen said").
 */
import { fill, insertParagraphs, mark, roleSentences, storyOf, type Mechanism, type Role } from '../mechanism.js';
import { peopleOf } from '../people.js';

const people = peopleOf({ eastAsian: true });
const roles = Object.keys(roleSentences) as Role[];

export const casing: Mechanism = {
  name: 'casing',
  inArticle: true,
  inject(article, random) {
    const person = random.pick(people);
    const role = random.pick(roles.filter((item) => item !== 'possessive' && item !== 'according'));
    let name: string;
    if (person.surnameFirst) {
      name = `${mark(person.surname.toUpperCase(), person.surname)} ${person.given}`;
    } else if (random.chance(0.5)) {
      name = `${person.given} ${mark(person.surname.toUpperCase(), person.surname)}`;
    } else {
      name = `${person.given} ${mark(person.surname.toLowerCase(), person.surname)}`;
    }
    // Not at the start of a sentence: "On Monday, …" keeps the name inside running text.
    const damaged = `On Monday, ${fill(roleSentences[role], { name })}`;
    return insertParagraphs(article, storyOf(random, person, damaged), random);
  },
};
