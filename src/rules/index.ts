/** The registry of rules that need code; data rules come from rules/*.json. */
import type { Rule } from '../engine/types.js';
import { nameInconsistency } from './name-inconsistency.js';

export const codeRules: ReadonlyArray<Rule<unknown>> = [nameInconsistency as Rule<unknown>];
