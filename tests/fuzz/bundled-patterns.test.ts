/**
 * recheck over every `pattern` of the bundled rules. The analysis takes seconds per pattern, so it
 * runs in the long campaign (`npm run fuzz`, or FUZZ_RUNS set) rather than in every test run.
 */
import { describe, it } from 'vitest';
import { loadTermbases } from '../../src/kinds/load.js';
import { checkBacktracking } from '../../src/kinds/safety.js';
import { fuzzRuns } from './arbitraries.js';

describe.skipIf(fuzzRuns === 0)('bundled patterns (long campaign only: analysis takes seconds per pattern)', () => {
  it('should find no exponential backtracking in the patterns of the bundled rules', () => {
    for (const { path, data } of loadTermbases()) {
      data.entries.forEach((entry, index) => {
        if (entry.pattern === undefined) return;
        const caseSensitive = entry.caseSensitive ?? data.defaults?.caseSensitive ?? true;
        checkBacktracking(entry.pattern, caseSensitive ? 'gu' : 'giu', { file: path, keyPath: `entries[${index}].pattern`, entryId: entry.id });
      });
    }
  });
});
