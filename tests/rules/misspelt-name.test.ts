import { describe, expect, it } from 'vitest';
import { createDataRule } from '../../src/kinds/index.js';
import { loadTermbases } from '../../src/termbase/load.js';
import { applySuggestion, compact, fixWith, lintWith } from '../helpers/rule-tester.js';

const termbase = loadTermbases().find((loaded) => loaded.data.id === 'misspelt-name');
if (!termbase) throw new Error('rules/misspelt-name.json is missing');
const rule = createDataRule(termbase);

describe('misspelt-name', () => {
  describe('listed wrong forms', () => {
    it('should fix a listed misspelling with certainty', () => {
      const text = 'Banks such as Sperbank and VTB lent in yuan.';
      expect(compact(rule, text)).toEqual(['1:15-1:23: Replace `Sperbank` with `Sberbank` [misspelt-name]']);
      expect(fixWith(rule, text)).toBe('Banks such as Sberbank and VTB lent in yuan.');
    });

    it('should replace a misspelt surname by the surname, not the full name', () => {
      expect(fixWith(rule, 'Minister Kosinyak-Kamysh spoke.')).toBe('Minister Kosiniak-Kamysz spoke.');
    });

    it('should keep the possessive after a fixed name', () => {
      expect(fixWith(rule, 'Sperbank’s loans grew.')).toBe('Sberbank’s loans grew.');
    });

    it('should fix a lowercased agency name', () => {
      expect(fixWith(rule, 'tass: the spokesman said so.')).toBe('TASS: the spokesman said so.');
    });

    it('should leave its own fix alone on a second pass', () => {
      const fixed = fixWith(rule, 'Nordstream 2 and Sperbank were named.');
      expect(fixed).toBe('Nord Stream 2 and Sberbank were named.');
      expect(lintWith(rule, fixed)).toEqual([]);
    });
  });

  describe('near misses', () => {
    it('should suggest the name when a Finnish genitive is left on it and the article names it correctly', () => {
      const text = 'Wang Yi arrived. Talks are planned Wang Yin with.';
      const messages = lintWith(rule, text);
      expect(messages.map((message) => [message.message, message.confidence])).toEqual([['Possibly a misspelt name: `Wang Yin` (say `Wang Yi`)', 'likely']]);
      expect(messages[0]?.note).toContain('`Wang Yi` is named at 1:1');
      expect(applySuggestion(rule, text)).toBe('Wang Yi arrived. Talks are planned Wang Yi with.');
    });

    it('should suggest the name for a one-letter slip in a full name', () => {
      expect(applySuggestion(rule, 'Defence Minister Antti Häkkinen spoke.')).toBe('Defence Minister Antti Häkkänen spoke.');
    });

    it('should suggest the name for a Latin-script name transliterated back from Cyrillic', () => {
      expect(applySuggestion(rule, 'EU foreign policy chief Kaia Kallas spoke.')).toBe('EU foreign policy chief Kaja Kallas spoke.');
      expect(applySuggestion(rule, 'Minister Wladislav Kosiniak-Kamysh spoke.')).toBe('Minister Władysław Kosiniak-Kamysz spoke.');
    });

    it('should suggest the name for a genitive on a long surname', () => {
      expect(applySuggestion(rule, 'It was Sauli Niinistön plan.')).toBe('It was Sauli Niinistö plan.');
    });

    it('should suggest the name for a name run together', () => {
      expect(applySuggestion(rule, 'Gas went through NordStream in 2021.')).toBe('Gas went through Nord Stream in 2021.');
    });

    it('should suggest the surname for a slip when the article names the person', () => {
      const text = 'Sergei Lavrov arrived. Lavrof then left.';
      expect(compact(rule, text)).toEqual(['1:24-1:30: Possibly a misspelt name: `Lavrof` (say `Lavrov`) [misspelt-name]']);
    });
  });

  describe('correct copy', () => {
    it('should accept known correct variants', () => {
      const text = [
        'Sergey Lavrov met Sergei Lavrov’s deputy.',
        'Bavarian leader Markus Soeder and Söder’s party.',
        'Erdogan and Recep Tayyip Erdoğan met in İzmir, also spelt Izmir, in Türkiye (Turkey).',
        'Nato, NATO, Brics and BRICS met; Sberbank d.d. and Gazprombank too.',
        'Sauli Niinisto and Volodymyr Zelenskyy and Zelensky and Dmitri Peskov spoke.',
      ].join('\n');
      expect(compact(rule, text)).toEqual([]);
    });

    it('should accept a different person who shares a surname', () => {
      expect(compact(rule, 'Wang Wentao met Wang Yi; Mr Wang said little. Jean-Marie Le Pen and Marine Le Pen.')).toEqual([]);
    });
  });

  describe('almost matches', () => {
    it('should stay silent on a genitive-like short name when the article never names the entity', () => {
      expect(compact(rule, 'The painter Wang Yin opened a show.')).toEqual([]);
    });

    it('should stay silent on a similar surname of someone else', () => {
      expect(compact(rule, 'Mika Häkkinen won the race, and Antti Kaikkonen watched.')).toEqual([]);
    });

    it('should stay silent on a genitive written without its apostrophe and on hashtags', () => {
      expect(compact(rule, 'Sergei Lavrov arrived. #Lavrovs #visit. The Lavrovs left.')).toEqual([]);
    });

    it('should stay silent on a name inside a web address', () => {
      expect(compact(rule, 'Source: https://tass.com/politics/1605477\nMore at tass.com and www.tass.ru, or write to desk@tass.com.')).toEqual([]);
    });

    it('should stay silent on a word that opens a sentence when the article never names the entity', () => {
      expect(compact(rule, 'Sporting a neon jacket, the singer took the stage.')).toEqual([]);
    });

    it('should still suggest the name for a slip that opens a sentence when the article names the entity', () => {
      const text = 'The Storting met on Monday. Storling members then voted.';
      expect(compact(rule, text)).toEqual(['1:29-1:37: Possibly a misspelt name: `Storling` (say `Storting`) [misspelt-name]']);
    });

    it('should stay silent on a word the article also uses in lowercase', () => {
      expect(compact(rule, 'Gazprom reported. Gazpron is a typo only where gazpron is no word.')).toEqual([]);
    });
  });
});
