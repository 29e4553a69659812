import type { Rule } from './types.js';

/**
 * Declares a code rule. The identity function exists for its types: `check` receives options of
 * exactly the shape of `defaultOptions`, so a misspelt option is a compile error.
 */
export function defineRule<Options>(rule: Rule<Options>): Rule<Options> {
  return rule;
}

/** Base of every rule's documentation link; the anchor is the rule id. */
export const docsBase = 'https://github.com/lint-articles/lint-articles/blob/main/rules/README.md#';

export function docsUrlOf(id: string): string {
  return docsBase + id;
}
