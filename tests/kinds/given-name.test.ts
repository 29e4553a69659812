/** The search for a full name in an article, checked against the regex it replaces. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findNamed } from '../../src/kinds/given-name.js';
import { escapeRegExp } from '../../src/text/characters.js';

describe('findNamed', () => {
  it('should find what the whole-word regex finds', () => {
    const piece = fc.constantFrom('Jean', 'Jean-Luc', 'Garrigues', 'Garriguesx', ' ', '  ', '\n', '\u00A0', 'x', 'é', '_', '9', '𝐀', '-', '.', 'jean');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), fc.constantFrom('Jean', 'Jean-Luc'), (parts, given) => {
        const text = parts.join('');
        const regex = new RegExp(`(?<![\\p{L}\\p{N}_])${escapeRegExp(given)}\\s+${escapeRegExp('Garrigues')}(?![\\p{L}\\p{N}_])`, 'u');
        const expected = regex.exec(text);
        const found = findNamed(text, given, 'Garrigues');
        expect(found, JSON.stringify(text)).toEqual(expected ? { index: expected.index, text: expected[0] } : undefined);
      }),
      { numRuns: 2000 },
    );
  });
});
