import { describe, expect, it } from 'vitest';
import { emptyKnowledge, type NamesKnowledge } from '../../src/names/knowledge.js';
import { createNameMeaningRule } from '../../src/rules/name-meaning.js';
import { applySuggestion, compact, fixWith, lintWith } from '../helpers/rule-tester.js';

/** A knowledge of two surnames, as the meaning tables would give them. */
function knowledge(): NamesKnowledge {
  const known = emptyKnowledge();
  known.meanings.set('rhine', [{ surname: 'Rhein', language: 'German', meaning: 'Rhine' }]);
  known.meanings.set('stone', [{ surname: 'Kivi', language: 'Finnish', meaning: 'stone' }]);
  known.meanings.set('mayor', [{ surname: 'Le Maire', language: 'French', meaning: 'mayor' }]);
  return known;
}

const rule = createNameMeaningRule(knowledge());

describe('name-meaning', () => {
  it('should read a titled introduction under the translated surname as the same person', () => {
    const text = 'The new leader, Parliament Speaker Aino Stone, thanked the party. Aino Kivi was elected, and Kivi thanked her voters. Stone said the work starts now.';
    expect(compact(rule, text).map((line) => line.split(': ')[0])).toEqual(['1:41-1:46', '1:119-1:124']);
  });

  it('should fix a surname rendered as its meaning where the person speaks', () => {
    const text = 'Hesse premier Boris Rhein opened the debate. Rhine said the state would borrow less.';
    expect(compact(rule, text)).toEqual([
      '1:46-1:51: `Rhine` stands where `Boris Rhein` (introduced at 1:15) is the speaker; German `Rhein` means `Rhine` [name-meaning]',
    ]);
    expect(fixWith(rule, text)).toBe('Hesse premier Boris Rhein opened the debate. Rhein said the state would borrow less.');
  });

  it('should flag the meaning in apposition, as a possessor and as the subject', () => {
    const text = 'The poet Aleksis Kivi arrived. Stone, 38, read first. Stone’s book sold well. Stone will travel to Turku.';
    expect(lintWith(rule, text).map((message) => message.expected?.[0])).toEqual(['Kivi', 'Kivi', 'Kivi']);
  });

  it('should take the article MT added along with the meaning, and only suggest an English surname', () => {
    const text = 'Finance Minister Bruno Le Maire spoke. The Mayor said growth would slow.';
    expect(fixWith(rule, text)).toBe(text);
    expect(applySuggestion(rule, text)).toBe('Finance Minister Bruno Le Maire spoke. Le Maire said growth would slow.');
  });

  it('should suggest a sound-alike without a table', () => {
    const bare = createNameMeaningRule(emptyKnowledge());
    const [message] = lintWith(bare, 'Hesse premier Boris Rhein opened the debate. Rhine said the state would borrow less.');
    expect(message?.expected).toEqual(['Rhein']);
    expect(message?.fix).toBeUndefined();
  });

  describe('almost matches', () => {
    it('should stay silent where the word has its ordinary role', () => {
      expect(compact(rule, 'Hesse premier Boris Rhein spoke. Barges on the Rhine carried coal. The Rhine is low.')).toEqual([]);
      expect(compact(rule, 'Finance Minister Bruno Le Maire spoke. The mayor of Lyon disagreed.')).toEqual([]);
    });

    it('should stay silent where the article introduces nobody of that surname', () => {
      expect(compact(rule, 'Rhine said nothing. Stone said little.')).toEqual([]);
    });
  });
});
