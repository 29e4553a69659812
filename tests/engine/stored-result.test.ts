/**
 * Results read back from the cache keep their JSON text: the JSON report must come out byte for
 * byte as for a result linted now, and every other reader must see the same messages.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resultOf } from '../../src/linter.js';
import { countsOf, isResultCounts, jsonOf, storedResult } from '../../src/engine/stored-result.js';
import type { LintMessage } from '../../src/engine/types.js';
import { asciiJson } from '../../src/node/cache.js';

const messages: LintMessage[] = [
  { ruleId: 'translated-name', severity: 2, message: 'Replace `Kraft Siberia` with `Power of Siberia`', line: 2, column: 43, note: 'German “Kraft Sibiriens”', fix: { range: [44, 57], text: 'Power of Siberia' } },
  { ruleId: 'name-inconsistency', severity: 1, message: 'Unexpected `Sperbank`', line: 3, column: 1 },
];

describe('stored results', () => {
  it('should write the stored text, stringify to it, and parse the same messages', () => {
    const result = resultOf('story.txt', messages);
    const json = JSON.stringify(result);
    const stored = storedResult('story.txt', json, countsOf(result));
    expect(jsonOf(stored)).toBe(json);
    expect(JSON.stringify(stored)).toBe(json);
    expect(stored.messages).toEqual(messages);
    expect(stored.errorCount + stored.warningCount).toBe(2);
    expect(jsonOf(result)).toBe(json);
  });

  it('should only take counts that are whole numbers', () => {
    expect(isResultCounts(countsOf(resultOf('a.txt', messages)))).toBe(true);
    expect(isResultCounts({ errorCount: 1 })).toBe(false);
    expect(isResultCounts(null)).toBe(false);
  });
});

describe('the cache file text', () => {
  it('should be ASCII and parse back to the same value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ unit: 'binary' }), (value, text) => {
        const json = JSON.stringify({ value, text });
        const ascii = asciiJson(json);
        expect(/^[\x00-\x7f]*$/.test(ascii)).toBe(true);
        expect(JSON.parse(ascii)).toEqual(JSON.parse(json));
      }),
      { numRuns: 300 },
    );
  });
});
