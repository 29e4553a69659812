/** What is left of a picture that did not come along: a pointer to it in the text, or a gallery counter. */
import { insertAfterWord, insertLine, type Mechanism } from '../mechanism.js';

const inline = ['(see chart below)', '(see photo above)', '(see the map below)', '(see graphic below)', '(see table below)', '(see video above)', '(photo above)', '(chart below)', '(see pictures below)', '(see infographic below)'];
const lines = ['Image 3 of 12', 'Photo 1 of 8', '1 / 12', 'Photo gallery (14 photos)', '4/9', 'Image 2/7', 'Click to enlarge', 'Enlarge image'];

export const captionLeftovers: Mechanism = {
  name: 'caption-leftovers',
  deletable: true,
  inject: (article, random) => (random.chance(0.6) ? insertAfterWord(article, random.pick(inline), random) : insertLine(article, random.pick(lines), random)),
};
