/** The headings, prompts and placeholders of comment sections, in English and as translated pages keep them. */
import { counterNumber, fill, insertLine, type Mechanism } from '../mechanism.js';

const templates = [
  'Leave a Reply', 'Leave a comment', 'Add a comment', 'Write a comment', 'Post a comment', 'Add comment', 'Be the first to comment',
  'Be the first to comment!', 'Join the discussion', 'Log in to comment', 'Show comments', 'View comments ({n})', 'Comments ({n})',
  'Please enter your comment!', 'Please enter your name here', 'Submit comment', 'Schreibe einen Kommentar', 'Добавить комментарий',
  'Laisser un commentaire', 'Lascia un commento', 'Deja una respuesta', 'Kommentar schreiben', 'Leave a comment below',
];

export const commentPrompts: Mechanism = {
  name: 'comment-prompts',
  deletable: true,
  inject: (article, random) => insertLine(article, fill(random.pick(templates), { n: counterNumber(random) }), random),
};
