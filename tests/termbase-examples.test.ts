/**
 * Every example in rules/*.json runs as a test: `output` is the text after --fix with that rule,
 * `valid` says the entry stays silent, `suggestion` is the text after the first suggestion.
 */
import { describe, expect, it } from 'vitest';
import { createDataRule } from '../src/kinds/index.js';
import { loadTermbases } from '../src/termbase/load.js';
import { applyFixes } from '../src/engine/fix.js';
import { fixWith, lintWith } from './helpers/rule-tester.js';

const termbases = loadTermbases();

describe.each(termbases.map((termbase) => [termbase.data.id, termbase] as const))('%s', (_id, termbase) => {
  const rule = createDataRule(termbase);
  for (const entry of termbase.data.entries) {
    entry.examples.forEach((example, index) => {
      const ownMessages = () => lintWith(rule, example.text).filter((message) => message.ruleId === rule.meta.id);
      if (example.valid) {
        it(`should accept example ${index + 1} of \`${entry.id}\``, () => {
          expect(ownMessages().map((message) => message.message)).toEqual([]);
        });
      }
      if (example.output !== undefined) {
        it(`should fix example ${index + 1} of \`${entry.id}\``, () => {
          expect(ownMessages().length).toBeGreaterThan(0);
          expect(fixWith(rule, example.text)).toBe(example.output);
        });
      }
      if (example.suggestion !== undefined) {
        it(`should suggest for example ${index + 1} of \`${entry.id}\``, () => {
          const suggestion = ownMessages()[0]?.suggestions?.[0];
          expect(suggestion).toBeDefined();
          if (suggestion) expect(applyFixes(example.text, [suggestion.fix]).output).toBe(example.suggestion);
        });
      }
      if (!example.valid && example.output === undefined && example.suggestion === undefined) {
        it(`should flag example ${index + 1} of \`${entry.id}\``, () => {
          expect(ownMessages().length).toBeGreaterThan(0);
        });
      }
    });
  }
});
