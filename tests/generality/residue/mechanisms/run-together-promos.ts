/** App, newsletter and follow promos whose spaces a scraper stripped, sometimes with the source language's copy glued on. */
import { insertLine, type Mechanism } from '../mechanism.js';

const english = [
  'If you want to get all the latest news on your phone download our new app',
  'Sign up for our morning newsletter and get the news before breakfast',
  'Follow us on our channels to get the most important stories of the day',
  'Download the app and never miss a story from your region again',
  'Subscribe now and read all our articles without any limits',
  'Get breaking news alerts straight to your phone with our free app',
];
const source = [
  'Wenn Sie alle aktuellen Nachrichten auf Ihrem Handy haben wollen',
  'Abonnez notre lettre pour recevoir les nouvelles du matin',
  'Descargue nuestra aplicación para recibir todas las noticias',
  'Lataa sovelluksemme ja saat uutiset ensimmäisenä',
];

const strip = (text: string): string => text.replace(/\s+/gu, '');

export const runTogetherPromos: Mechanism = {
  name: 'run-together-promos',
  deletable: true,
  inject: (article, random) => {
    let promo = strip(random.pick(english));
    if (random.chance(0.5)) promo = `[${promo}`;
    if (random.chance(0.3)) promo += `[${strip(random.pick(source))}`;
    if (random.chance(0.2)) promo += ']';
    return insertLine(article, promo, random);
  },
};
