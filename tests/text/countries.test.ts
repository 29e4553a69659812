import { describe, expect, it } from 'vitest';
import { countryWords, isCountryCode, isCountryWord } from '../../src/text/countries.js';

describe('countryWords', () => {
  it('should give a country its English name, demonym, capital and own name from the packages', () => {
    expect(countryWords().get('FI')).toEqual(expect.arrayContaining(['Finland', 'Finnish', 'Helsinki', 'Suomi']));
  });

  it('should give both English names of a renamed country', () => {
    expect(countryWords().get('TR')).toEqual(expect.arrayContaining(['Turkey', 'Türkiye', 'Turkish', 'Ankara']));
  });

  it('should leave out the inverted names of the ISO list', () => {
    expect(countryWords().get('KR')).toContain('South Korea');
    expect(countryWords().get('KR')).not.toContain('Korea, Republic of');
  });

  it('should know every country of the ISO list', () => {
    expect(countryWords().size).toBeGreaterThanOrEqual(245);
  });
});

describe('isCountryCode', () => {
  it('should accept an ISO 3166-1 alpha-2 code', () => {
    expect(isCountryCode('FI')).toBe(true);
    expect(isCountryCode('ZZ')).toBe(false);
  });

  it('should refuse a code in lower case or of three letters', () => {
    expect(isCountryCode('fi')).toBe(false);
    expect(isCountryCode('FIN')).toBe(false);
  });
});

describe('isCountryWord', () => {
  it('should know a capital, a demonym and a name in the country language, whatever the case', () => {
    expect(isCountryWord('Ankara')).toBe(true);
    expect(isCountryWord('finnish')).toBe(true);
    expect(isCountryWord('Suomi')).toBe(true);
  });

  it('should not take a surname or an agency for a country word', () => {
    expect(isCountryWord('Antara')).toBe(false);
    expect(isCountryWord('Niinistö')).toBe(false);
  });
});
