/**
 * recheck over every `pattern` of the bundled rules, and over the fast flavour each one scans
 * with. The analysis takes seconds per pattern, so it runs in the long campaign (`npm run fuzz`,
 * or FUZZ_RUNS set) rather than in every test run.
 */
import { describe, it } from 'vitest';
import { loadTermbases } from '../../src/termbase/load.js';
import { flavourSourceOf } from '../../src/match/matching.js';
import { checkBacktracking } from '../../src/termbase/safety.js';
import { fuzzRuns } from './arbitraries.js';

describe.skipIf(fuzzRuns === 0)('bundled patterns (long campaign only: analysis takes seconds per pattern)', () => {
  it('should find no exponential backtracking in the patterns of the bundled rules', () => {
    for (const { path, data } of loadTermbases()) {
      data.entries.forEach((entry, index) => {
        if (entry.pattern === undefined) return;
        const caseSensitive = entry.caseSensitive ?? data.defaults?.caseSensitive ?? true;
        const flags = caseSensitive ? 'gu' : 'giu';
        checkBacktracking(entry.pattern, flags, { file: path, keyPath: `entries[${index}].pattern`, entryId: entry.id }, { refuse: 'exponential' });
        // The relaxed flavour scans the whole article too: it must be as safe as the pattern.
        const flavour = flavourSourceOf(new RegExp(entry.pattern, flags));
        if (flavour) checkBacktracking(flavour.source, flavour.flags, { file: path, keyPath: `entries[${index}].pattern (fast flavour)`, entryId: entry.id }, { refuse: 'exponential' });
      });
    }
  });
});
