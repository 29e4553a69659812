/** The registry of rules that need code; data rules come from rules/*.json. */
import type { Rule } from '../engine/types.js';
import { mojibake } from './mojibake.js';

export const codeRules: ReadonlyArray<Rule<unknown>> = [mojibake as Rule<unknown>];
