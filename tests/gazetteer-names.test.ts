/**
 * Every name and alias the gazetteer lists is accepted as written, wherever a name stands in a
 * sentence: as the subject, after a title, as a possessive, quoted, and at the start of a line.
 * One generated test instead of a templated example per name; an entry's own examples show what
 * it does with a misspelling.
 */
import { describe, expect, it } from 'vitest';
import { createDataRule } from '../src/kinds/index.js';
import { loadTermbases } from '../src/termbase/load.js';
import { lintWith } from './helpers/rule-tester.js';

const frames = [
  (name: string) => `${name} spoke to reporters on Tuesday.`,
  (name: string) => `Reporters waited for ${name} outside the building.`,
  (name: string) => `The visit of ${name}’s delegation was postponed.`,
  (name: string) => `“We agreed,” ${name} said after the meeting.`,
  (name: string) => `Talks ended.\n${name}\nAnalysts expect more.`,
];

const gazetteers = loadTermbases().filter(({ data }) => data.kind === 'gazetteer');

describe.each(gazetteers.map((termbase) => [termbase.data.id, termbase] as const))('%s', (_id, termbase) => {
  const rule = createDataRule(termbase);
  const names = termbase.data.entries.flatMap((entry) => [entry.name, ...(entry.aliases ?? [])].filter((name): name is string => typeof name === 'string').map((name) => [entry.id, name] as const));

  it('should list names to check', () => {
    expect(names.length).toBeGreaterThan(0);
  });

  it.each(names)('should accept every listed form of `%s`: %s', (_entry, name) => {
    for (const frame of frames) {
      const text = frame(name);
      expect(lintWith(rule, text).map((message) => message.message), text).toEqual([]);
    }
  });
});
