import { describe, expect, it } from 'vitest';
import { emptyKnowledge } from '../../src/names/knowledge.js';
import { createNameVariantRule } from '../../src/rules/name-variant.js';
import { compact, fixWith, lintWith } from '../helpers/rule-tester.js';

const rule = createNameVariantRule(emptyKnowledge());

describe('name-variant', () => {
  it('should fix a surname respelt by sound when the introduced spelling is the majority', () => {
    const text = 'Hesse premier Volker Bouffier opened the session. Bouffier spoke for an hour. Later Bofier told reporters he would stay.';
    expect(compact(rule, text)).toEqual(['1:85-1:91: Replace `Bofier` with `Bouffier` [name-variant]']);
    expect(fixWith(rule, text)).toBe('Hesse premier Volker Bouffier opened the session. Bouffier spoke for an hour. Later Bouffier told reporters he would stay.');
  });

  it('should flag a surname with a letter deleted', () => {
    const text = 'Foreign Minister Aino Kallasvuo met her guests. Kallasvuo said little. Kallasvo said the talks went well.';
    expect(compact(rule, text)).toEqual(['1:72-1:80: Replace `Kallasvo` with `Kallasvuo` [name-variant]']);
  });

  it('should flag a given name that lost a letter beside its surname', () => {
    const text = 'Foreign Minister José Albares arrived. Albares said the plan was ready. Jos Albares left on Friday.';
    expect(compact(rule, text)).toEqual(['1:73-1:76: Replace `Jos` with `José` [name-variant]']);
  });

  it('should flag a German transliteration habit (z for ts)', () => {
    const text = 'The analyst Oleg Tsaryov spoke first. Tsaryov warned of delays. Zaryov will travel to Minsk.';
    expect(compact(rule, text)).toEqual(['1:65-1:71: Replace `Zaryov` with `Tsaryov` [name-variant]']);
  });

  it('should fix a surname whose first letter is misheard as its voiced or voiceless twin', () => {
    const text = 'Mayor Karin Dobrenz opened the fair. Dobrenz cut the ribbon. Later Tobrenz said the stalls were full.';
    expect(compact(rule, text)).toEqual(['1:68-1:75: Replace `Tobrenz` with `Dobrenz` [name-variant]']);
  });

  it('should read the person after a nationality and a title as the name', () => {
    const text = 'Estonian Economy Minister Liis Tammsaare met the board. Later Liis Tamsaare posted a photo.';
    expect(compact(rule, text)).toEqual(['1:68-1:76: Replace `Tamsaare` with `Tammsaare` [name-variant]']);
  });

  it('should only suggest a spelling that English knows as a name, and only beside the given name or in a person\'s place', () => {
    const text = 'Defence Minister Ola Brandte visited the base. Brandte met the crews. Ola Brandt flew home, and Brandt said the base was ready. Brandte left.';
    const messages = lintWith(rule, text);
    expect(messages.map((message) => [message.column, message.actual, message.fix, message.suggestions?.[0]?.fix.text])).toEqual([
      [75, 'Brandt', undefined, 'Brandte'],
      [97, 'Brandt', undefined, 'Brandte'],
    ]);
    expect(compact(rule, 'Defence Minister Ola Brandte visited the base. Brandte met the crews. Flights from Brandt were late.')).toEqual([]);
  });

  it('should give the introduction and the count as evidence', () => {
    const [message] = lintWith(rule, 'Hesse premier Volker Bouffier opened the session. Bouffier spoke. Bofier left.');
    expect(message?.note).toBe('`Volker Bouffier` is introduced at 1:15 and `Bouffier` is written 2 times; `Bofier` sounds the same');
  });

  it('should only suggest a spelling that is also an English surname', () => {
    const [message] = lintWith(rule, 'Economist Jussi Koch spoke. Koch said prices rise. Later Cook said they would fall.');
    expect(message?.fix).toBeUndefined();
  });

  it('should suggest the known given name for a known surname introduced with a given name one letter off', () => {
    const known = { ...emptyKnowledge(), people: new Map([['ann norrback', 'Ann Norrback']]), surnames: new Map([['norrback', 'Norrback']]) };
    const text = 'Swedish Trade Minister Anne Norrback met the delegation. Norrback said the talks went well.';
    const messages = lintWith(createNameVariantRule(known), text);
    expect(messages.map((message) => [message.column, message.actual, message.fix, message.suggestions?.[0]?.fix.text])).toEqual([[24, 'Anne', undefined, 'Ann']]);
  });

  describe('almost matches', () => {
    it('should stay silent on a known surname with another transliteration or another given name', () => {
      const known = { ...emptyKnowledge(), people: new Map([['sergei norrback', 'Sergei Norrback']]), surnames: new Map([['norrback', 'Norrback']]) };
      const variant = createNameVariantRule(known);
      expect(compact(variant, 'Trade Minister Sergey Norrback met the delegation. Norrback said the talks went well.')).toEqual([]);
      expect(compact(variant, 'Trade Minister Petra Norrback met the delegation. Norrback said the talks went well.')).toEqual([]);
    });


    it('should stay silent on another person who shares a sound-alike surname', () => {
      expect(compact(rule, 'Economist Robert Koch spoke. Koch said prices rise. Tim Cook said they would fall.')).toEqual([]);
      expect(compact(rule, 'Forward Thomas Müller scored. Müller ran. Stephen Miller said he was pleased.')).toEqual([]);
      expect(compact(rule, 'Minister Annalena Braun spoke. Braun smiled. Sherrod Brown said nothing.')).toEqual([]);
    });

    it('should stay silent on a given name in another transliteration', () => {
      expect(compact(rule, 'Foreign Minister Sergei Lavrov spoke. Lavrov said no. Sergey Lavrov left.')).toEqual([]);
    });

    it('should stay silent on umlaut transcription and possessives', () => {
      expect(compact(rule, 'Premier Markus Söder spoke. Söder said yes. Markus Soeder left. Söder’s aides waited.')).toEqual([]);
    });

    it('should stay silent on a tie without an introduction that decides it', () => {
      expect(compact(rule, 'Anne Lind spoke. Anne Linde left.')).toEqual([]);
    });
  });
});
