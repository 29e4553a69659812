/** The per-code-unit category table the scanners read must say what the property escapes say. */
import { describe, expect, it } from 'vitest';
import { categoryOf, isLetterCode, isWordCode, letter, mark, number, upperCase } from '../../src/text/characters.js';

describe('character categories', () => {
  it('should agree with \\p{Lu}, \\p{L}, \\p{M} and \\p{N} for every code unit', () => {
    const differences: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const character = String.fromCharCode(code);
      const expected =
        (/\p{Lu}/u.test(character) ? upperCase : 0) | (/\p{L}/u.test(character) ? letter : 0) | (/\p{M}/u.test(character) ? mark : 0) | (/\p{N}/u.test(character) ? number : 0);
      if ((categoryOf(code) & (upperCase | letter | mark | number)) !== expected) differences.push(code.toString(16));
      if (isWordCode(code) !== /[\p{L}\p{N}_]/u.test(character) || isLetterCode(code) !== /\p{L}/u.test(character)) differences.push(`word or letter ${code.toString(16)}`);
    }
    expect(differences).toEqual([]);
  });

  it('should answer no past the end of a string', () => {
    expect(isWordCode(''.charCodeAt(0))).toBe(false);
    expect(isLetterCode(Number.NaN)).toBe(false);
  });
});
