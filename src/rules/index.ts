/** The registry of rules that need code; data rules come from rules/*.json. */
import type { Rule } from '../engine/types.js';

export const codeRules: ReadonlyArray<Rule<unknown>> = [];
