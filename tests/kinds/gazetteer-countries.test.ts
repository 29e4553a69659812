import { describe, expect, it } from 'vitest';
import { createDataRule } from '../../src/kinds/index.js';
import { loadTermbases } from '../../src/termbase/load.js';
import type { LoadedTermbase } from '../../src/termbase/types.js';
import { lintWith } from '../helpers/rule-tester.js';

const bundled = loadTermbases().find(({ data }) => data.kind === 'gazetteer');
if (!bundled) throw new Error('no bundled gazetteer');
const withAgency: LoadedTermbase = {
  path: bundled.path,
  data: { ...bundled.data, entries: [...bundled.data.entries, { id: 'test-agency', name: 'Antara', type: 'agency', country: 'ID', source: 'https://example.org/antara', examples: [] }] },
};
const rule = createDataRule(withAgency);

describe('the gazetteer and the names of countries', () => {
  it('should not read a capital as a slip of a listed name one letter away', () => {
    expect(lintWith(rule, 'The envoy flew back to Ankara on Monday.')).toEqual([]);
  });

  it('should still read a word one letter from the listed name as its slip', () => {
    expect(lintWith(rule, 'The agency Antarra reported the talks on Monday.').map((message) => message.expected)).toEqual([['Antara']]);
  });
});
