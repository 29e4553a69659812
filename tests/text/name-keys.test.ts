import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stripDiacritics } from '../../src/text/name-keys.js';

/** The full folding, as the keys define it, without the shortcut for ASCII. */
const folded = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘ʼ`´]/g, "'")
    .toLowerCase();

describe('stripDiacritics', () => {
  it('should fold printable ASCII as the full folding does', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...' `\'-.AbZz09Ww'.split('')) }), (text) => stripDiacritics(text) === folded(text)));
  });

  it('should take the marks off other letters and fold the unsplittable ones', () => {
    expect(stripDiacritics('Erdoğan')).toBe('erdogan');
    expect(stripDiacritics('Władysław')).toBe('wladyslaw');
    expect(stripDiacritics('O`Neill')).toBe("o'neill");
  });
});
