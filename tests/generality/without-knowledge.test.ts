/**
 * The mechanism, not the list: without the gazetteer and meaning tables, the in-article mechanisms
 * (variants of an introduced name, its case endings, casing, deleted letters) are still found at
 * least 70% of the time.
 */
import { describe, expect, it } from 'vitest';
import { mechanisms } from './mechanisms/index.js';
import { corpusAvailable, formatTable, runSuite } from './suite.js';

/** A few seconds of one core; a loaded machine stretches that past the default minute. */
const suiteTimeout = 300_000;

describe.skipIf(!corpusAvailable)('generality suite without the knowledge tables', () => {
  it('should still find 70% of in-article variants without the gazetteer and meaning tables', () => {
    const inArticle = mechanisms.filter((mechanism) => mechanism.inArticle);
    const rows = runSuite({ withoutKnowledge: true, mechanisms: inArticle });
    console.log(formatTable(rows, 'Without the gazetteer and meaning tables'));
    for (const row of rows) expect(row.found / row.injected, `${row.mechanism} found`).toBeGreaterThanOrEqual(0.7);
  }, suiteTimeout);
});
