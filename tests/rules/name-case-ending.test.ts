import { describe, expect, it } from 'vitest';
import { emptyKnowledge } from '../../src/names/knowledge.js';
import { createNameCaseEndingRule } from '../../src/rules/name-case-ending.js';
import { compact, fixWith, lintWith } from '../helpers/rule-tester.js';

const rule = createNameCaseEndingRule(emptyKnowledge());

describe('name-case-ending', () => {
  it('should fix a Finnish allative on a surname in -nen', () => {
    const text = 'Finance Minister Riikka Virtanen spoke. Virtanen said the budget holds. A letter to Virtaselle was sent.';
    expect(compact(rule, text)).toEqual(['1:85-1:95: Replace `Virtaselle` with `Virtanen` [name-case-ending]']);
    expect(fixWith(rule, text)).toBe('Finance Minister Riikka Virtanen spoke. Virtanen said the budget holds. A letter to Virtanen was sent.');
  });

  it('should flag the Finnish genitive of a name written surname first', () => {
    const text = 'Foreign Minister Wang Yi arrived. Wang Yi spoke. Talks with Wang Yin ended.';
    expect(compact(rule, text)).toEqual(['1:66-1:69: Replace `Yin` with `Yi` [name-case-ending]']);
  });

  it('should flag a Turkish suffix after an apostrophe', () => {
    const text = 'Minister Hakan Yıldırım spoke. Yıldırım said no. A call to Yıldırım’ın office went unanswered.';
    expect(compact(rule, text).length).toBe(1);
    expect(lintWith(rule, text)[0]?.expected).toEqual(['Yıldırım']);
  });

  it('should suggest the English possessive for a German genitive before a noun', () => {
    const text = 'Minister Katrin Hoffmann spoke. Hoffmann said yes. Hoffmanns proposal was welcomed.';
    const [message] = lintWith(rule, text);
    expect(message?.expected).toEqual(["Hoffmann's"]);
    expect(message?.fix).toBeUndefined();
  });

  it('should name the ending in the note', () => {
    const [message] = lintWith(rule, 'Finance Minister Riikka Virtanen spoke. Virtanen said so. Virtaselle it was sent.');
    expect(message?.note).toBe('`Riikka Virtanen` is introduced at 1:18; `Virtaselle` is `Virtanen` with the Finnish ending `-lle`');
  });

  describe('almost matches', () => {
    it('should stay silent on English plurals and possessives', () => {
      expect(compact(rule, 'Minister Katrin Hoffmann spoke. Hoffmann said yes. The Hoffmanns arrived. Hoffmann’s aides waited.')).toEqual([]);
    });

    it('should stay silent on the woman’s form of a Slavic surname', () => {
      expect(compact(rule, 'Minister Sergei Vorobyov spoke. Vorobyov said no. His wife Anna Vorobyova spoke too.')).toEqual([]);
    });

    it('should stay silent on a word English has ("Italian" beside "Italia")', () => {
      expect(compact(rule, 'Leader Antonio Italia spoke. Italia said yes. The Italian government agreed.')).toEqual([]);
    });
  });
});
