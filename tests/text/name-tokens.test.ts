/**
 * Runs of capitalised words are found by hand on plain text; the pattern they are defined by is
 * the reference, checked here character class by character class.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findNameRuns, patternRuns, scanRuns, windowsOf } from '../../src/text/name-tokens.js';
import { fuzzParameters } from '../fuzz/arbitraries.js';

const pieces = [
  'Wang', 'Yi', 'Nord', 'Stream', 'Ursula', 'Leyen', 'A', 'É', 'Ž', 'Ж', 'ǅ', 'Lavrov', 'word', 'é', 'ß', 'x',
  '1', '22', '²', 'Ⅻ', '\u0301', ' ', ' ', '  ', '\u00A0', "'", '’', "'s", '’s', '-', '‐', '#', '@', '_',
  'von ', 'van ', 'de ', 'del ', 'della ', 'dem ', 'al ', 'da', ',', '.', '\n', '“', '(',
];

describe('name runs', () => {
  it('should find by hand exactly the runs the pattern finds', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 16 }), (parts) => {
        const text = parts.join('');
        expect(scanRuns(text), JSON.stringify(text)).toEqual(patternRuns(text));
      }),
      fuzzParameters(3000),
    );
  });

  it('should keep particles, trailing numbers and possessives as the pattern says', () => {
    const text = 'Ursula von der Leyen met Nord Stream 2 staff, Lavrov’s aide and #Lavrov, and Luiz Inácio Lula da Silva.';
    expect(findNameRuns(text).map((run) => run.map((token) => token.text).join(' '))).toEqual([
      'Ursula von der Leyen',
      'Nord Stream 2',
      'Lavrov’s',
      'Luiz Inácio Lula da Silva',
    ]);
    expect(findNameRuns('Lavrov’s Foreign Ministry')[0]?.map((token) => token.bare)).toEqual(['Lavrov']);
  });

  it('should fall back to the pattern on text with surrogate pairs, where scanning code units would differ', () => {
    const text = 'The 𝐀 of Nord Stream 2 😀 Wang Yi';
    const spans = findNameRuns(text).flatMap((run) => [run[0]?.start, run.at(-1)?.end]);
    expect(spans).toEqual(patternRuns(text));
    expect(findNameRuns(text).map((run) => run.map((token) => token.text).join(' '))).toEqual(['The 𝐀', 'Nord Stream 2', 'Wang Yi']);
    expect(scanRuns(text)).not.toEqual(patternRuns(text));
  });

  it('should give each window its words without a possessive, and the same windows when asked again', () => {
    const text = 'Foreign Minister Sergei Lavrov’s Deputy Ryabkov said so.';
    const [run] = findNameRuns(text);
    if (!run) throw new Error('no run');
    const pairs = windowsOf(run, 2, text);
    expect(pairs.map((window) => window.words)).toEqual([
      ['Foreign', 'Minister'],
      ['Minister', 'Sergei'],
      ['Sergei', 'Lavrov'],
    ]);
    expect(pairs.map((window) => window.text)).toEqual(['Foreign Minister', 'Minister Sergei', 'Sergei Lavrov']);
    expect(windowsOf(run, 2, text)).toBe(pairs);
  });
});
