/** The registry of rules that need code; data rules come from rules/*.json. One rule per line, sorted. */
import type { Rule } from '../engine/types.js';
import { authorBio } from './author-bio.js';
import { breadcrumb } from './breadcrumb.js';
import { captionResidue } from './caption-residue.js';
import { doubledSpace } from './doubled-space.js';
import { foreignQuote } from './foreign-quote.js';
import { hashtagList } from './hashtag-list.js';
import { homoglyph } from './homoglyph.js';
import { mojibake } from './mojibake.js';
import { nameInconsistency } from './name-inconsistency.js';
import { pageResidue } from './page-residue.js';
import { quoteImbalance } from './quote-imbalance.js';
import { truncatedDuplicate } from './truncated-duplicate.js';
import { untranslated } from './untranslated.js';

export const codeRules: ReadonlyArray<Rule<unknown>> = [
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
