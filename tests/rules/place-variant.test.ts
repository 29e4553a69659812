import { describe, expect, it } from 'vitest';
import { emptyKnowledge } from '../../src/names/knowledge.js';
import { createPlaceVariantRule } from '../../src/rules/place-variant.js';
import { compact, lintWith } from '../helpers/rule-tester.js';

const rule = createPlaceVariantRule(emptyKnowledge());

describe('place-variant', () => {
  it('should suggest the English form the article uses for a place word a letter off', () => {
    const text = 'Premier Jonas Halvorsen opened the Bavarian State Assembly. Later the Bavarrian State Assembly voted on the budget.';
    const messages = lintWith(rule, text);
    expect(messages.map((message) => [message.column, message.actual, message.fix, message.suggestions?.[0]?.fix.text])).toEqual([[71, 'Bavarrian', undefined, 'Bavarian']]);
    expect(messages[0]?.note).toBe('the article writes `Bavarian` at 1:36, a word English knows; `Bavarrian`, which it does not, doubles or halves a letter of it');
  });

  it('should read the words of a title before a name, spelt by sound', () => {
    const text = 'The Bavarian cabinet met. Bavaryan State Premier Jonas Halvorsen said the vote would be close.';
    expect(compact(rule, text)).toEqual(['1:27-1:35: Replace `Bavaryan` with `Bavarian` [place-variant]']);
  });

  describe('almost matches', () => {
    it('should stay silent on another language\'s form that drops the English ending', () => {
      expect(compact(rule, 'Premier Jonas Halvorsen of Fratelli d’Italia spoke. The Italian cabinet met on Monday.')).toEqual([]);
    });

    it('should stay silent on words English knows, and where the odd spelling is the article\'s own majority', () => {
      expect(compact(rule, 'Premier Jonas Halvorsen flew to Kyiv. The Kiev Opera was closed.')).toEqual([]);
      expect(compact(rule, 'Premier Jonas Halvorsen met the Bavarrian Club. The Bavarrian Club and the Bavarian team played.')).toEqual([]);
    });
  });
});
