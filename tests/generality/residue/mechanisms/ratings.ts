/** Star ratings and scores of a rating widget, alone or beside a visitor counter. */
import { counterNumber, fill, insertLine, type Mechanism } from '../mechanism.js';

const stars = ['★★★★★', '★★★★☆', '★★★☆☆', '★★☆☆☆', '★★★★½'.replace('½', '☆')];
const templates = ['Rating: {stars}', 'Visitors: {n} Rating: {stars}', 'Rating: {score}/5', 'Rating: {score}/10 ({n} votes)', '{stars} ({n} votes)', 'Bewertung: {stars}', 'Note: {score}/5', 'Views: {n} Rating: {stars}'];

export const ratings: Mechanism = {
  name: 'ratings',
  deletable: true,
  inject: (article, random) =>
    insertLine(
      article,
      fill(random.pick(templates), { stars: random.pick(stars), n: counterNumber(random), score: `${1 + random.below(4)}.${random.below(10)}` }),
      random,
    ),
};
