/** The generic engines that turn a data rule file into a rule, one per kind. */
import type { Rule } from '../engine/types.js';
import { createConsistencyRule } from './consistency.js';
import { createGazetteerRule } from './gazetteer.js';
import { createGivenNameRule } from './given-name.js';
import { createPhraseRule } from './phrase.js';
import { createSurnameMeaningRule } from './surname-meaning.js';
import { ConfigError } from '../config/errors.js';
import type { LoadedTermbase, Termbase, TermbaseKind } from '../termbase/types.js';

export type KindFactory = (termbase: Termbase) => Rule<unknown>;

export const kinds: Partial<Record<TermbaseKind, KindFactory>> = {
  substitution: createPhraseRule as KindFactory,
  existence: createPhraseRule as KindFactory,
  consistency: createConsistencyRule as KindFactory,
  gazetteer: createGazetteerRule as KindFactory,
  'given-name': createGivenNameRule as KindFactory,
  'surname-meaning': createSurnameMeaningRule as KindFactory,
};

/** The rule of one loaded data file, made by the factory of its kind. */
export function createDataRule({ path, data }: LoadedTermbase): Rule<unknown> {
  const factory = kinds[data.kind];
  if (!factory) {
    throw new ConfigError(`Unsupported kind \`${data.kind}\``, { file: path, keyPath: 'kind', mend: 'Use a kind listed in the termbase schema' });
  }
  return factory(data);
}
