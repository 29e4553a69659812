import { describe, expect, it } from 'vitest';
import { homoglyph, mayHaveForeignLetter } from '../../src/rules/homoglyph.js';
import type { Rule } from '../../src/engine/types.js';
import { compact, fixWith, lintWith } from '../helpers/rule-tester.js';

const rule = homoglyph as Rule<unknown>;

describe('homoglyph', () => {
  it('should report a Greek capital mu starting a Latin word', () => {
    expect(compact(rule, 'Μigration is a critical issue')).toEqual([
      '1:1-1:10: Replace `Μigration` with `Migration` [homoglyph]',
    ]);
  });

  it('should fix Cyrillic look-alikes to Latin letters', () => {
    expect(fixWith(rule, 'The Вank of Finlаnd')).toBe('The Bank of Finland');
  });

  it('should flag without a fix a foreign letter that has no Latin look-alike', () => {
    const messages = lintWith(rule, 'the Gaзprom deal');
    expect(messages.map((message) => message.message)).toEqual(['Check `Gaзprom`: it mixes letters of two alphabets that look alike; retype it']);
    expect(messages[0]?.fix).toBeUndefined();
  });

  it('should stay silent on words wholly in Greek or Cyrillic', () => {
    expect(lintWith(rule, 'ΣΥΡΙΖΑ and Μετανάστευση, «Газпром» and ВІДПОВІДЬ, Москва')).toEqual([]);
  });

  it('should stay silent on a mostly Cyrillic word and on Latin words next to Greek ones', () => {
    expect(lintWith(rule, 'Mосква, the αβ test, Erdoğan and Núñez')).toEqual([]);
  });

  it('should let its quick check pass every Greek and Cyrillic character', () => {
    const script = /[\p{Script=Greek}\p{Script=Cyrillic}]/u;
    const missed: string[] = [];
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const character = String.fromCodePoint(code);
      if (script.test(character) && !mayHaveForeignLetter.test(character)) missed.push(code.toString(16));
    }
    expect(missed).toEqual([]);
  });
});
