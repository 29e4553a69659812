import { describe, expect, it } from 'vitest';
import { cyrillicAbbreviationOf, emptyKnowledge, type CyrillicAbbreviation } from '../../src/names/knowledge.js';
import { createLookalikeAbbreviationRule, lookalikeReadingOf } from '../../src/rules/lookalike-abbreviation.js';
import { compact, lintWith } from '../helpers/rule-tester.js';

const bodies: CyrillicAbbreviation[] = [
  { native: 'СВР', nativeName: 'Служба внешней разведки', name: 'Foreign Intelligence Service', english: 'SVR' },
  { native: 'ЛДПР', nativeName: 'Либерально-демократическая партия России', name: 'Liberal Democratic Party of Russia', english: 'LDPR' },
  { native: 'НБУ', nativeName: 'Національний банк України', name: 'National Bank of Ukraine', english: undefined },
];
const knowledge = { ...emptyKnowledge(), abbreviations: new Map(bodies.map((body) => [body.native, body])) };
const rule = createLookalikeAbbreviationRule(knowledge);

describe('lookalike-abbreviation', () => {
  it('should suggest the English abbreviation for one spelt by the shape of its Cyrillic letters', () => {
    const text = 'Moscow said on Monday that the CBP had warned of a plot against the embassy.';
    const [message] = lintWith(rule, text);
    expect(message?.suggestions?.[0]?.fix.text).toBe('SVR');
    expect(message?.fix).toBeUndefined();
    expect(message?.message).toBe('`CBP` reads as the Cyrillic `СВР` by the shape of its letters (C = С, B = В, P = Р): the Foreign Intelligence Service, in English `SVR`');
  });

  it('should read a mix of letters by sound and by shape', () => {
    expect(compact(rule, 'In the Russian Duma the LDPP lost two seats to the communists.')).toEqual([
      '1:25-1:29: `LDPP` reads as the Cyrillic `ЛДПР` by the shape of its letters (P = Р): the Liberal Democratic Party of Russia, in English `LDPR` [lookalike-abbreviation]',
    ]);
  });

  it('should propose the English name where the table gives no English abbreviation', () => {
    const [message] = lintWith(rule, 'In Kyiv the HBY raised its key rate by a full point on Thursday.');
    expect(message?.suggestions?.[0]?.fix.text).toBe('National Bank of Ukraine');
  });

  it('should read a Cyrillic name as its abbreviation, capitals as they are, initials otherwise', () => {
    expect(cyrillicAbbreviationOf('Служба внешней разведки')).toBe('СВР');
    expect(cyrillicAbbreviationOf('Либерально-демократическая партия России')).toBe('ЛДПР');
    expect(cyrillicAbbreviationOf('ГЕРБ')).toBe('ГЕРБ');
    expect(cyrillicAbbreviationOf('Роскосмос')).toBeUndefined();
    expect(cyrillicAbbreviationOf('Partido Popular')).toBeUndefined();
  });

  describe('almost matches', () => {
    it('should stay silent on an abbreviation read by sound, and on the English one', () => {
      expect(lookalikeReadingOf('SVR', knowledge.abbreviations)).toBeUndefined();
      expect(compact(rule, 'Moscow said the SVR and the LDPR had met; the FSB declined to comment.')).toEqual([]);
    });

    it('should stay silent on an agency signing a picture credit', () => {
      const text = 'Talks with Russia resumed in Moscow on Monday.\nPhoto: Kari Nordmann / CBP\nPhoto: CBP';
      expect(compact(rule, text)).toEqual([]);
      expect(compact(rule, text.replace('\nPhoto: Kari Nordmann / CBP\nPhoto: CBP', ' The CBP said little.'))).toHaveLength(1);
    });

    it('should stay silent on an abbreviation the article spells out', () => {
      expect(compact(rule, 'A Russian tourist was held by US Customs and Border Protection (CBP) in Texas. The CBP said little.')).toEqual([]);
    });

    it('should stay silent where the article names no country writing Cyrillic, in addresses and on two letters', () => {
      expect(compact(rule, 'The CBP said on Monday that crossings at the southern border had fallen.')).toEqual([]);
      expect(compact(rule, 'Moscow news is at https://example.org/CBP/today and on the CBP.example site.')).toEqual([]);
      expect(lookalikeReadingOf('HB', new Map([['НВ', { native: 'НВ', nativeName: 'Народная воля', name: 'People’s Will', english: undefined }]]))).toBeDefined();
      expect(compact(createLookalikeAbbreviationRule({ ...emptyKnowledge(), abbreviations: new Map([['НВ', { native: 'НВ', nativeName: 'Народная воля', name: 'People’s Will', english: undefined }]]) }), 'Moscow said the HB group met.')).toEqual([]);
    });
  });
});
