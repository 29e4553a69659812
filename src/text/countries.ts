/**
 * Countries from maintained packages rather than hand lists: i18n-iso-countries (MIT) for the ISO
 * 3166-1 codes and the names of each country in many languages ("Turkki" and "Türkei" are Turkey),
 * world-countries (ODbL 1.0, read as it ships, never copied into the package) for the English
 * demonyms, the capitals and the names in the country's own languages ("Finnish", "Helsinki",
 * "Suomi").
 *
 * Both are read on first use only: the gazetteer asks for the words of a country when an article
 * holds a literal translation of a name, which most articles do not.
 */
import { createRequire } from 'node:module';
import { stripDiacritics } from './name-keys.js';
import { lazy } from './memo.js';

const require = createRequire(import.meta.url);

interface Countries {
  getNames(language: string, options: { select: 'all' }): Record<string, string[]>;
  isValid(code: string): boolean;
  registerLocale(locale: unknown): void;
}

interface WorldCountry {
  cca2: string;
  name: { common: string; official: string; native?: Record<string, { common: string; official: string }> };
  capital?: string[];
  demonyms?: { eng?: { f: string; m: string } };
}

const isoCountries = lazy(() => require('i18n-iso-countries') as Countries);
const registered = new Set<string>();

/** i18n-iso-countries with the locale of `language` registered; undefined for a language it lacks. */
function countriesIn(language: string): Countries | undefined {
  const countries = isoCountries();
  if (!registered.has(language)) {
    try {
      countries.registerLocale(require(`i18n-iso-countries/langs/${language}.json`));
    } catch {
      return undefined;
    }
    registered.add(language);
  }
  return countries;
}

/** Whether a code is an ISO 3166-1 alpha-2 code of a country or territory. */
export function isCountryCode(code: string): boolean {
  return isoCountries().isValid(code) && /^[A-Z]{2}$/.test(code);
}

/**
 * By ISO code, the words that show an English article is about a country: its English names
 * ("Turkey", "Türkiye", "South Korea"; not the inverted "Korea, Republic of"), its demonym
 * ("Turkish"), its capital and its names in its own languages ("Suomi").
 */
export const countryWords = lazy((): ReadonlyMap<string, readonly string[]> => {
  const found = new Map<string, Set<string>>();
  const add = (code: string, word: string | undefined): void => {
    if (!word || word.includes(',') || word.length < 3) return;
    const set = found.get(code) ?? new Set<string>();
    set.add(word);
    found.set(code, set);
  };
  for (const [code, names] of Object.entries(countriesIn('en')?.getNames('en', { select: 'all' }) ?? {})) for (const name of names) add(code, name);
  for (const country of require('world-countries') as WorldCountry[]) {
    add(country.cca2, country.name.common);
    add(country.cca2, country.demonyms?.eng?.m);
    add(country.cca2, country.demonyms?.eng?.f);
    for (const capital of country.capital ?? []) add(country.cca2, capital);
    for (const native of Object.values(country.name.native ?? {})) add(country.cca2, native.common);
  }
  return new Map([...found].map(([code, set]) => [code, [...set].sort()]));
});

const foldedCountryWords = lazy(() => new Set([...countryWords().values()].flat().map((known) => stripDiacritics(known))));

/** Whether a word is a country's name, demonym, capital or own name ("Ankara", "Finnish", "Suomi"), case and diacritics aside. */
export function isCountryWord(word: string): boolean {
  return foldedCountryWords().has(stripDiacritics(word));
}
