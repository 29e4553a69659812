/** The generic engines that turn a data rule file into a rule, one per kind. */
import type { Rule } from '../engine/types.js';
import { createConsistencyRule } from './consistency.js';
import { createPhraseRule } from './phrase.js';
import type { Termbase, TermbaseKind } from './termbase.js';

export type KindFactory = (termbase: Termbase) => Rule<unknown>;

export const kinds: Partial<Record<TermbaseKind, KindFactory>> = {
  substitution: createPhraseRule as KindFactory,
  existence: createPhraseRule as KindFactory,
  consistency: createConsistencyRule as KindFactory,
};
