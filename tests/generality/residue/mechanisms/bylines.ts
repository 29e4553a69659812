/** Byline widgets: a name with its label, date, reading time or follow button, as page furniture prints them. */
import { bylineNames, fill, insertLine, localeTimestamp, type Mechanism } from '../mechanism.js';

const templates = [
  'Posted by {name}', 'Written by {name}', 'Author: {name}', 'By {name} | {stamp}', 'By {name} · {minutes} min read', '{name} · {minutes} min read',
  'Autor: {name}', 'Auteur : {name}', 'Kirjoittaja: {name}', 'Posted by admin', 'By {name} - {stamp}', '{name} | {stamp}',
  'By {name} Follow', 'Written by {name} | {stamp}', 'Posted on {stamp} by {name}',
];

export const bylines: Mechanism = {
  name: 'bylines',
  deletable: true,
  inject: (article, random) =>
    insertLine(article, fill(random.pick(templates), { name: random.pick(bylineNames), stamp: localeTimestamp(random), minutes: String(2 + random.below(12)) }), random),
};
