/** Counters a page prints about an author or a post, left as a line of their own. */
import { counterNumber, fill, insertLine, type Mechanism } from '../mechanism.js';

const templates = [
  '{n} Articles', '{n} views', '{n} Views', '{n} Comments', '{n} comments', 'Views: {n}', '{n} shares', 'Hits: {n}', 'Hits:{n}',
  '{n} reads', '{n} Aufrufe', '{n} Kommentare', '{n} vues', '{n} commentaires', '{n} visualizaciones', '{n} visualizzazioni',
  '{n} просмотров', '{n} katselukertaa', '{n} views · {m} comments', '{n} Posts', 'Visitors: {n}', '{n} likes · {m} shares',
];

export const counters: Mechanism = {
  name: 'counters',
  deletable: true,
  inject: (article, random) => insertLine(article, fill(random.pick(templates), { n: counterNumber(random), m: counterNumber(random) }), random),
};
