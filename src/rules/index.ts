/** The registry of rules that need code; data rules come from rules/*.json. */
import type { Rule } from '../engine/types.js';
import { doubledSpace } from './doubled-space.js';
import { foreignQuote } from './foreign-quote.js';
import { homoglyph } from './homoglyph.js';
import { mojibake } from './mojibake.js';
import { quoteImbalance } from './quote-imbalance.js';

export const codeRules: ReadonlyArray<Rule<unknown>> = [doubledSpace as Rule<unknown>, foreignQuote as Rule<unknown>, homoglyph as Rule<unknown>, mojibake as Rule<unknown>, quoteImbalance as Rule<unknown>];
