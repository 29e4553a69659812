/**
 * The residue and fragment floors: per mechanism at least 85% of injected pieces found, at least
 * 80% of residue lines deleted exactly by the certain fix, and nothing said about untouched copy.
 * A foreign fragment is never deleted by the fix: what belongs there is its translation, which the
 * text does not give, so it is flagged (and a deletion at most suggested on a caption line).
 */
import { describe, expect, it } from 'vitest';
import { corpusAvailable, formatResidueTable, runResidueSuite } from './residue/suite.js';
import { residueMechanisms } from './residue/mechanisms/index.js';

describe.skipIf(!corpusAvailable)('generality suite: residue and fragments', () => {
  it('should find 85% of every mechanism, delete 80% of residue exactly and no fragment, and say nothing on untouched copy', () => {
    const rows = runResidueSuite();
    console.log(formatResidueTable(rows));
    for (const row of rows) {
      const mechanism = residueMechanisms.find((item) => item.name === row.mechanism);
      expect(row.injected, row.mechanism).toBeGreaterThanOrEqual(300);
      expect(row.found / row.injected, `${row.mechanism} found`).toBeGreaterThanOrEqual(0.85);
      if (mechanism?.deletable) expect(row.deleted / row.injected, `${row.mechanism} deleted by the fix`).toBeGreaterThanOrEqual(0.8);
      else expect(row.deleted, `${row.mechanism} deleted by the fix`).toBe(0);
      expect(row.untouched, `${row.mechanism} messages on untouched articles`).toBe(0);
      expect(row.stray, `${row.mechanism} messages on untouched parts of injected articles`).toBe(0);
    }
  });
});
