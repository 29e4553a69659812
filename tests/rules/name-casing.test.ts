import { describe, expect, it } from 'vitest';
import { emptyKnowledge } from '../../src/names/knowledge.js';
import { createNameCasingRule } from '../../src/rules/name-casing.js';
import { compact, fixWith, lintWith } from '../helpers/rule-tester.js';

const rule = createNameCasingRule(emptyKnowledge());

describe('name-casing', () => {
  it('should fix a surname in capitals inside running text beside its given name', () => {
    const text = 'President Xi Jinping spoke first. On Monday, XI Jinping said the talks went well.';
    expect(compact(rule, text)).toEqual(['1:46-1:48: Replace `XI` with `Xi` [name-casing]']);
    expect(fixWith(rule, text)).toBe('President Xi Jinping spoke first. On Monday, Xi Jinping said the talks went well.');
  });

  it('should fix a surname in lowercase beside its given name', () => {
    const text = 'The analyst Margus Sepp spoke. Sepp said prices rise. On Monday, Margus sepp said they would fall.';
    expect(fixWith(rule, text)).toBe('The analyst Margus Sepp spoke. Sepp said prices rise. On Monday, Margus Sepp said they would fall.');
  });

  it('should suggest the surname for a Roman numeral standing before a name, with no table', () => {
    const messages = lintWith(rule, 'The delegation met Premier LI Qiangwei in the capital on Tuesday.');
    expect(messages.map((message) => [message.actual, message.fix, message.suggestions?.[0]?.fix.text])).toEqual([['LI', undefined, 'Li']]);
  });

  it('should fix a known name in capitals when the article names nobody else', () => {
    const known = { ...emptyKnowledge(), people: new Map([['xi jinping', 'Xi Jinping']]) };
    const text = 'The pipeline opened after XI Jinping pressed the button by video link.';
    expect(fixWith(createNameCasingRule(known), text)).toBe('The pipeline opened after Xi Jinping pressed the button by video link.');
  });

  describe('almost matches', () => {
    it('should stay silent on a Roman numeral after a name, in a unit\'s name, and on an abbreviation before an English word', () => {
      expect(compact(rule, 'Pope Pius XI Ratti signed the treaty in the spring of that year.')).toEqual([]);
      expect(compact(rule, 'The XI Corps held the ridge, and CD Projekt shares rose on the news.')).toEqual([]);
      expect(compact(rule, 'Officials said DI Systems and MI Group would merge before the end of the year.')).toEqual([]);
    });


    it('should stay silent on a whole name in capitals, a credit’s style', () => {
      expect(compact(rule, 'Photographer Jens Kalkbrenner took it. Photo: JENS KALKBRENNER / AFP')).toEqual([]);
    });

    it('should stay silent on a lowercase English word that is also a surname', () => {
      expect(compact(rule, 'Economist Anna Stone spoke. Stone said little. A stone fell from the wall.')).toEqual([]);
    });

    it('should stay silent on a name inside a web address', () => {
      expect(compact(rule, 'The analyst Margus Sepp spoke. Read more at https://example.org/news?from=sepp%2Fdaily today.')).toEqual([]);
    });

    it('should stay silent on a headline set in capitals', () => {
      expect(compact(rule, 'Leader Jussi Halla spoke.\nJUSSI HALLA WINS THE VOTE\nHalla thanked voters.')).toEqual([]);
    });
  });
});
