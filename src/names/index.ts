/** The rules of the names model, made with what the bundled and configured tables know. */
import type { Rule } from '../engine/types.js';
import type { LoadedTermbase } from '../termbase/types.js';
import { createNameCaseEndingRule } from '../rules/name-case-ending.js';
import { createNameCasingRule } from '../rules/name-casing.js';
import { createNameMeaningRule } from '../rules/name-meaning.js';
import { createNameVariantRule } from '../rules/name-variant.js';
import { knowledgeOf } from './knowledge.js';

export function createNamesRules(termbases: readonly LoadedTermbase[]): Array<Rule<unknown>> {
  const knowledge = knowledgeOf(termbases);
  return [createNameCaseEndingRule(knowledge), createNameCasingRule(knowledge), createNameMeaningRule(knowledge), createNameVariantRule(knowledge)];
}
