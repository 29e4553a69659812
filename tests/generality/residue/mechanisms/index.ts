/** The residue and fragment mechanisms of the generality suite, one per file, sorted. */
import type { Mechanism } from '../mechanism.js';
import { bylines } from './bylines.js';
import { captionLeftovers } from './caption-leftovers.js';
import { commentPrompts } from './comment-prompts.js';
import { counters } from './counters.js';
import { foreignFragments } from './foreign-fragments.js';
import { ratings } from './ratings.js';
import { runTogetherPromos } from './run-together-promos.js';
import { shareWidgets } from './share-widgets.js';
import { sourceLines } from './source-lines.js';
import { timestamps } from './timestamps.js';

export const residueMechanisms: readonly Mechanism[] = [
  bylines,
  captionLeftovers,
  commentPrompts,
  counters,
  foreignFragments,
  ratings,
  runTogetherPromos,
  sourceLines,
  shareWidgets,
  timestamps,
];
