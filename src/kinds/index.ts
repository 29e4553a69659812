/** The generic engines that turn a data rule file into a rule, one per kind. */
import { ConfigError } from '../config/errors.js';
import type { Rule } from '../engine/types.js';
import { Matcher } from '../match/matcher.js';
import type { LoadedTermbase, Termbase, TermbaseKind } from '../termbase/types.js';
import { createConsistencyRule } from './consistency.js';
import { createGazetteerRule } from './gazetteer.js';
import { createGivenNameRule } from './given-name.js';
import { createPhraseRule } from './phrase.js';
import { createSurnameMeaningRule } from './surname-meaning.js';

/** Makes the rule of one data file; its phrases and patterns are compiled by the linter's matcher. */
export type KindFactory = (termbase: Termbase, matcher: Matcher) => Rule<unknown>;

export const kinds: Partial<Record<TermbaseKind, KindFactory>> = {
  substitution: createPhraseRule as KindFactory,
  existence: createPhraseRule as KindFactory,
  consistency: createConsistencyRule as KindFactory,
  gazetteer: createGazetteerRule as KindFactory,
  'given-name': createGivenNameRule as KindFactory,
  'surname-meaning': createSurnameMeaningRule as KindFactory,
};

/**
 * The rule of one loaded data file, made by the factory of its kind. A linter passes its one
 * matcher to all its data rules, so that an article's words are looked up once for all tables.
 */
export function createDataRule({ path, data }: LoadedTermbase, matcher = new Matcher()): Rule<unknown> {
  const factory = kinds[data.kind];
  if (!factory) {
    throw new ConfigError(`Unsupported kind \`${data.kind}\``, { file: path, keyPath: 'kind', mend: 'Use a kind listed in the termbase schema' });
  }
  return factory(data, matcher);
}
