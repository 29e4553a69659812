/**
 * Letters deleted from a name, most often a letter the converter could not carry ("Jos" for José,
 * "Fernndez"), sometimes any letter ("Kalas" for Kallas), in the given name or the surname.
 */
import { fill, insertParagraphs, mark, roleSentences, storyOf, type Mechanism, type Role } from '../mechanism.js';
import { peopleOf } from '../people.js';

const people = peopleOf();
const roles = Object.keys(roleSentences) as Role[];
const nonAscii = /[^\x00-\x7F]/u;

export const deletedLetters: Mechanism = {
  name: 'deleted-letters',
  inArticle: true,
  inject(article, random) {
    for (;;) {
      const person = random.pick(people);
      const inGiven = random.chance(0.4);
      const target = inGiven ? person.given : person.surname;
      const places = [...target].map((letter, index) => ({ letter, index })).filter(({ index }) => index > 0);
      const unusual = places.filter(({ letter }) => nonAscii.test(letter));
      const choice = unusual.length > 0 && random.chance(0.7) ? random.pick(unusual) : random.pick(places);
      const wrong = [...target].filter((_, index) => index !== choice.index).join('');
      if (wrong.length < 3 || (inGiven && wrong.length < 4)) continue;
      const name = inGiven ? `${mark(wrong, target)} ${person.surname}` : `${person.given} ${mark(wrong, target)}`;
      const damaged = fill(roleSentences[random.pick(roles)], { name });
      return insertParagraphs(article, storyOf(random, person, damaged), random);
    }
  },
};
