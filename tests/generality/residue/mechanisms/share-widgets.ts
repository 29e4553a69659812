/** Rows of share and follow buttons that a scraper copies as words. */
import { insertLine, type Mechanism } from '../mechanism.js';

const networks = ['Facebook', 'Twitter', 'X', 'WhatsApp', 'LinkedIn', 'Telegram', 'Email', 'Reddit', 'Pinterest', 'Messenger'];
const leads = ['Share', 'Share:', 'Share on', 'Share this article', 'Share this:', 'Teilen', 'Partager', 'Compartir', 'Condividi', 'Jaa', 'Dela', 'Follow us', 'Follow us on'];

export const shareWidgets: Mechanism = {
  name: 'share-widgets',
  deletable: true,
  inject: (article, random) => {
    const count = 2 + random.below(4);
    const picked: string[] = [];
    while (picked.length < count) {
      const network = random.pick(networks);
      if (!picked.includes(network)) picked.push(network);
    }
    const joiner = random.pick([' ', ' | ', ' · ', ', ']);
    const tail = random.chance(0.3) ? `${joiner}${random.pick(['Print', 'Copy link', 'Tweet'])}` : '';
    return insertLine(article, `${random.pick(leads)} ${picked.join(joiner)}${tail}`, random);
  },
};
