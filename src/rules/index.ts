/** The registry of rules that need code; data rules come from rules/*.json. */
import type { Rule } from '../engine/types.js';
import { authorBio } from './author-bio.js';
import { breadcrumb } from './breadcrumb.js';
import { captionResidue } from './caption-residue.js';
import { hashtagList } from './hashtag-list.js';

export const codeRules: ReadonlyArray<Rule<unknown>> = [
  authorBio as Rule<unknown>,
  breadcrumb as Rule<unknown>,
  captionResidue as Rule<unknown>,
  hashtagList as Rule<unknown>,
];
