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
  describe('a known person never introduced', () => {
    const known = knowledge();
    known.people.set('claire le maire', 'Claire Le Maire');
    const withPeople = createNameMeaningRule(known);

    it('should fix a known person\'s translated surname after the given name in a headline in capitals', () => {
      expect(fixWith(withPeople, 'CLAIRE THE MAYOR. The minister left Paris on Monday for talks in Brussels.')).toBe(
        'CLAIRE LE MAIRE. The minister left Paris on Monday for talks in Brussels.',
      );
    });

    it('should fix it in running text, giving both tables as evidence', () => {
      const text = 'On Monday Claire the Mayor said the budget would be cut again.';
      expect(compact(withPeople, text)).toEqual([
        '1:18-1:27: `the Mayor` follows `Claire` where the known `Claire Le Maire` stands; French `Le Maire` means `mayor` [name-meaning]',
      ]);
    });

    it('should stay silent in lowercase and across a sentence break', () => {
      expect(compact(withPeople, 'The singer claire the mayor knew was late. It was Claire. The Mayor spoke next.')).toEqual([]);
    });
  });

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
