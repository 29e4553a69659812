/**
 * Variants of a name the article introduces: respelt by sound, by another language's
 * transliteration, with a letter dropped or doubled, or without its diacritics.
 */
import { fill, mark, roleSentences, storyOf, type Mechanism, type Role } from '../mechanism.js';
import { insertParagraphs } from '../mechanism.js';
import { peopleOf } from '../people.js';
import { deletedLetter, doubledLetter, lostDiacritics, phoneticRespelling, transliterationRespelling, type Alteration } from './spelling.js';

const people = peopleOf();
const alterations: Alteration[] = [phoneticRespelling, transliterationRespelling, deletedLetter, doubledLetter, lostDiacritics];
const roles = Object.keys(roleSentences) as Role[];

export const nameVariant: Mechanism = {
  name: 'name-variant',
  inArticle: true,
  inject(article, random) {
    for (;;) {
      const person = random.pick(people);
      const variant = random.pick(alterations)(person.surname, random);
      if (!variant || variant === person.surname || variant.length < 4) continue;
      const name = mark(variant, person.surname);
      const damaged = fill(roleSentences[random.pick(roles)], { name });
      return insertParagraphs(article, storyOf(random, person, damaged), random);
    }
  },
};
