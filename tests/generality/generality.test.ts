/**
 * The generality floors: per mechanism at least 85% of injected artifacts found, 70% restored by
 * the fix or the first suggestion, and nothing said about the untouched copy. The run without the
 * gazetteer and meaning tables is in without-knowledge.test.ts, a file of its own so that the two
 * runs and the residue suite share the test workers.
 */
import { describe, expect, it } from 'vitest';
import { corpusAvailable, formatTable, runSuite } from './suite.js';

/** About ten seconds of one core; a loaded machine stretches that past the default minute. */
const suiteTimeout = 300_000;

describe.skipIf(!corpusAvailable)('generality suite', () => {
  it('should find 85% and restore 70% of every mechanism, with no message on untouched copy', () => {
    const rows = runSuite();
    console.log(formatTable(rows, 'With the gazetteer and meaning tables'));
    for (const row of rows) {
      expect(row.injected, row.mechanism).toBeGreaterThanOrEqual(300);
      expect(row.found / row.injected, `${row.mechanism} found`).toBeGreaterThanOrEqual(0.85);
      expect(row.restored / row.injected, `${row.mechanism} restored`).toBeGreaterThanOrEqual(0.7);
      // The closed-list names tables (misspelt-name, translated-name) are measured as `all names rules`.
      expect(row.untouched, `${row.mechanism} messages of the names model on untouched articles`).toBe(0);
      expect(row.stray, `${row.mechanism} messages on untouched parts of injected articles`).toBe(0);
    }
  }, suiteTimeout);

});
