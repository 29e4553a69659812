import { describe, expect, it } from 'vitest';
import { sortAndDeduplicate } from '../../src/engine/report.js';
import type { LintMessage } from '../../src/engine/types.js';

const message = (ruleId: string, column: number, overrides: Partial<LintMessage> = {}): LintMessage => ({
  ruleId,
  severity: 2,
  message: `from ${ruleId}`,
  line: 1,
  column,
  endLine: 1,
  endColumn: column + 10,
  expected: ['Nord Stream'],
  confidence: 'certain',
  ...overrides,
});

describe('sortAndDeduplicate', () => {
  it('should sort by position, then rule id', () => {
    expect(sortAndDeduplicate([message('b', 5), message('a', 9), message('a', 5, { expected: ['x'] })]).map((item) => `${item.column}${item.ruleId}`)).toEqual(['5a', '5b', '9a']);
  });

  it('should keep the certain message when another rule suggests the same text on the same span', () => {
    const kept = sortAndDeduplicate([message('name-inconsistency', 1, { confidence: 'likely', severity: 1 }), message('misspelt-name', 1)]);
    expect(kept.map((item) => item.ruleId)).toEqual(['misspelt-name']);
  });

  it('should keep the message with the stronger evidence when two equally sure rules propose the same text on one span', () => {
    const poor = message('name-meaning', 1, { confidence: 'likely', message: 'Consider replacing `Kivi` with `Kivinen`', note: 'expected `Kivinen`' });
    const rich = message('translated-surname', 1, {
      confidence: 'likely',
      message: 'Possibly a surname translated as a word: `Kivi` (say `Kivinen`)',
      note: '`Aino Kivinen` is introduced at 3:1; `Kivi` here is said to speak',
    });
    expect(sortAndDeduplicate([poor, rich]).map((item) => item.ruleId)).toEqual(['translated-surname']);
    expect(sortAndDeduplicate([rich, poor]).map((item) => item.ruleId)).toEqual(['translated-surname']);
  });

  it('should keep both when they propose different text', () => {
    expect(sortAndDeduplicate([message('a', 1), message('b', 1, { expected: ['Nord Stream 2'] })])).toHaveLength(2);
  });

  it('should keep messages that propose nothing, once each', () => {
    const plain = message('a', 1, { expected: [], confidence: 'possible' });
    expect(sortAndDeduplicate([plain, { ...plain }])).toHaveLength(1);
  });
});
