/** The registry of rules that need code; data rules come from rules/*.json. One rule per line, sorted. */
import type { Rule } from '../engine/types.js';
import { emptyKnowledge, type NamesKnowledge } from '../names/knowledge.js';
import { authorBio } from './author-bio.js';
import { breadcrumb } from './breadcrumb.js';
import { captionResidue } from './caption-residue.js';
import { doubledSpace } from './doubled-space.js';
import { foreignQuote } from './foreign-quote.js';
import { hashtagList } from './hashtag-list.js';
import { homoglyph } from './homoglyph.js';
import { createLookalikeAbbreviationRule } from './lookalike-abbreviation.js';
import { mojibake } from './mojibake.js';
import { createNameCaseEndingRule } from './name-case-ending.js';
import { createNameCasingRule } from './name-casing.js';
import { createNameMeaningRule } from './name-meaning.js';
import { createNameVariantRule } from './name-variant.js';
import { nameInconsistency } from './name-inconsistency.js';
import { pageResidue } from './page-residue.js';
import { createPlaceVariantRule } from './place-variant.js';
import { quoteImbalance } from './quote-imbalance.js';
import { truncatedDuplicate } from './truncated-duplicate.js';
import { untranslated } from './untranslated.js';

/** The rules of the names model, made with what the gazetteer and meaning tables know. */
const namesRuleFactories: ReadonlyArray<(knowledge: NamesKnowledge) => Rule<unknown>> = [
  createLookalikeAbbreviationRule,
  createNameCaseEndingRule,
  createNameCasingRule,
  createNameMeaningRule,
  createNameVariantRule,
  createPlaceVariantRule,
];

/** Every code rule, the names rules made with the given knowledge (the linter's tables). */
export function createCodeRules(knowledge: NamesKnowledge): Array<Rule<unknown>> {
  return [...knowledgeFreeRules, ...namesRuleFactories.map((create) => create(knowledge))];
}

const knowledgeFreeRules: ReadonlyArray<Rule<unknown>> = [
  authorBio as Rule<unknown>,
  breadcrumb as Rule<unknown>,
  captionResidue as Rule<unknown>,
  doubledSpace as Rule<unknown>,
  foreignQuote as Rule<unknown>,
  hashtagList as Rule<unknown>,
  homoglyph as Rule<unknown>,
  mojibake as Rule<unknown>,
  nameInconsistency as Rule<unknown>,
  pageResidue as Rule<unknown>,
  quoteImbalance as Rule<unknown>,
  truncatedDuplicate as Rule<unknown>,
  untranslated as Rule<unknown>,
];

/** Every code rule with empty tables: their metadata, for docs, listings and the cache key. */
export const codeRules: ReadonlyArray<Rule<unknown>> = createCodeRules(emptyKnowledge());
