/**
 * What the linter knows about the world, counted from the data as loaded: entities of the
 * gazetteer by type and by country, surname and given-name meanings by language, accepted variants,
 * and the literal forms generated from names in their own languages. `npm run knowledge` prints
 * it; rules/README.md carries the same tables.
 */
import type { LoadedTermbase, TermbaseEntry } from '../termbase/types.js';
import { languageName } from '../termbase/types.js';
import { gazetteerLiteralIndex, readLiteralGlossary } from '../termbase/literal-forms.js';

export interface KnowledgeCounts {
  entities: number;
  byType: Array<[string, number]>;
  byCountry: Array<[string, number]>;
  variants: number;
  nativeNames: number;
  misspellings: number;
  alsoEnglish: number;
  meaningsByLanguage: Array<[string, number]>;
  meaningRows: number;
  givenNamesByLanguage: Array<[string, number]>;
  /** Surname and given-name meanings together, by language: the reach of the meaning tables. */
  allMeaningsByLanguage: Array<[string, number]>;
  glossaryWords: number;
  literalForms: number;
  withSource: number;
}

const sortedCounts = (counts: Map<string, number>): Array<[string, number]> => [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));

function countBy(entries: readonly TermbaseEntry[], key: (entry: TermbaseEntry) => string): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const entry of entries) counts.set(key(entry), (counts.get(key(entry)) ?? 0) + 1);
  return sortedCounts(counts);
}

export function countKnowledge(termbases: readonly LoadedTermbase[]): KnowledgeCounts {
  const gazetteers = termbases.filter(({ data }) => data.kind === 'gazetteer');
  const entities = gazetteers.flatMap(({ data }) => data.entries);
  const meanings = termbases.filter(({ data }) => data.kind === 'surname-meaning').flatMap(({ data }) => data.entries);
  const givenNames = termbases.filter(({ data }) => data.kind === 'given-name').flatMap(({ data }) => data.entries);
  const glossary = readLiteralGlossary();
  const literalForms = gazetteers.reduce((total, { data }) => total + gazetteerLiteralIndex(data, glossary).byKey.size, 0);
  const all = [...entities, ...meanings, ...givenNames];
  return {
    entities: entities.length,
    byType: countBy(entities, (entry) => entry.type ?? 'unknown'),
    byCountry: countBy(entities, (entry) => entry.country ?? '(none)'),
    variants: entities.reduce((total, entry) => total + (entry.aliases?.length ?? 0), 0),
    nativeNames: entities.reduce((total, entry) => total + (entry.native?.length ?? 0), 0),
    misspellings: entities.reduce((total, entry) => total + (entry.misspellings?.length ?? 0), 0),
    alsoEnglish: [...entities, ...meanings].filter((entry) => entry.alsoEnglish).length,
    meaningsByLanguage: countBy(meanings, (entry) => entry.language ?? 'unknown'),
    meaningRows: meanings.length,
    givenNamesByLanguage: countBy(givenNames, (entry) => entry.language ?? 'unknown'),
    allMeaningsByLanguage: countBy([...meanings, ...givenNames], (entry) => entry.language ?? 'unknown'),
    glossaryWords: Object.values(glossary.languages).reduce((total, language) => total + Object.keys(language.words).length, 0),
    literalForms,
    withSource: all.filter((entry) => entry.source !== undefined && entry.source !== '').length,
  };
}

const pairs = (counts: ReadonlyArray<[string, number]>): string => counts.map(([key, count]) => `${key} ${count}`).join(', ');

/** Counts keyed by ISO 639 code, written with the language's English name: "Finnish (fi) 104". */
const languagePairs = (counts: ReadonlyArray<[string, number]>): string => counts.map(([code, count]) => `${languageName(code)} (${code}) ${count}`).join(', ');

/** The counts as lines of text, for the terminal and for rules/README.md. */
export function renderKnowledgeCounts(counts: KnowledgeCounts): string[] {
  return [
    `- Entities: ${counts.entities} (${counts.withSource} rows of all tables below carry a source)`,
    `- Entities by type: ${pairs(counts.byType)}`,
    `- Entities by country (ISO 3166-1; EU and INT for European and international bodies): ${pairs(counts.byCountry)}`,
    `- Accepted variants: ${counts.variants}; names in their own language and script: ${counts.nativeNames}; known wrong forms: ${counts.misspellings}; rows flagged as also an English word or surname: ${counts.alsoEnglish}`,
    `- Meaning rows (surnames and given names): ${counts.allMeaningsByLanguage.reduce((total, [, count]) => total + count, 0)} over ${counts.allMeaningsByLanguage.length} languages`,
    `- Surname meanings: ${counts.meaningRows} (${languagePairs(counts.meaningsByLanguage)})`,
    `- Translated given names: ${counts.givenNamesByLanguage.reduce((total, [, count]) => total + count, 0)} (${languagePairs(counts.givenNamesByLanguage)})`,
    `- Literal-translation glossary: ${counts.glossaryWords} words; literal forms generated and reported: ${counts.literalForms}`,
  ];
}
