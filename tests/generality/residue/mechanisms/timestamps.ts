/** A page's date line in the format of the locale the article was translated from (ten locales). */
import { insertLine, localeTimestamp, type Mechanism } from '../mechanism.js';

export const timestamps: Mechanism = {
  name: 'timestamps',
  deletable: true,
  inject: (article, random) => insertLine(article, localeTimestamp(random), random),
};
