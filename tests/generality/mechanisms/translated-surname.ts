/**
 * A surname rendered as the English word it means or sounds like ("Rhine" for Boris Rhein,
 * "Stone" for Aleksis Kivi), in each role position the person takes: speaking, attributed,
 * acting, in apposition, possessive, the subject of a sentence, elected.
 */
import { fill, insertParagraphs, mark, roleSentences, storyOf, type Mechanism, type Role } from '../mechanism.js';
import { meaningfulSurnames } from '../people.js';

const roles = Object.keys(roleSentences) as Role[];

export const translatedSurname: Mechanism = {
  name: 'translated-surname',
  inArticle: false,
  inject(article, random) {
    const person = random.pick(meaningfulSurnames);
    const role = random.pick(roles);
    const damaged = fill(roleSentences[role], { name: mark(person.rendering, person.surname) });
    return insertParagraphs(article, storyOf(random, person, damaged), random);
  },
};
