/**
 * rules/knowledge/function-words.json: every row is checked against the source it names (a word
 * sourced to stopwords-iso is in that package's list for its language), no stray word is an
 * English word, and a broken table is refused with an error that names the file and the key.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { functionWordsFile, readFunctionWords } from '../../src/termbase/function-words.js';

const require = createRequire(import.meta.url);
const stopwordsIso = require('stopwords-iso') as Record<string, string[]>;
const inList = (word: string, codes: readonly string[]): boolean => codes.some((code) => stopwordsIso[code]?.includes(word) === true);
const fromStopwordsIso = (source: string): boolean => source.startsWith('https://github.com/stopwords-iso/stopwords-iso');

describe('function-word table', () => {
  const table = readFunctionWords();

  it('should find every profile word in the stopwords-iso list it names', () => {
    const missing = Object.entries(table.profiles).flatMap(([language, profile]) =>
      fromStopwordsIso(profile.source) ? profile.words.filter((word) => !inList(word, profile.iso)).map((word) => `${language}: ${word}`) : [],
    );
    expect(missing).toEqual([]);
  });

  it('should find every stray word sourced to stopwords-iso in that list', () => {
    const missing = Object.entries(table.stray).filter(([word, row]) => fromStopwordsIso(row.source) && !inList(word, row.iso)).map(([word]) => word);
    expect(missing).toEqual([]);
  });

  it('should give every stray word not in stopwords-iso a dictionary entry of its own as source', () => {
    const others = Object.entries(table.stray).filter(([, row]) => !fromStopwordsIso(row.source));
    for (const [word, row] of others) expect(row.source, word).toMatch(/^https:\/\/en\.wiktionary\.org\/wiki\//u);
  });

  it('should list no stray word that is an English stopword', () => {
    const english = Object.keys(table.stray).filter((word) => inList(word, ['en']));
    expect(english).toEqual([]);
  });

  it('should keep the stray words sorted', () => {
    const words = Object.keys(table.stray);
    expect(words).toEqual([...words].sort());
  });

  it('should refuse a profile without words, naming the file and the key', () => {
    const directory = mkdtempSync(join(tmpdir(), 'function-words-'));
    const path = join(directory, 'function-words.json');
    const broken = JSON.parse(readFileSync(functionWordsFile, 'utf8')) as { profiles: Record<string, { words: string[] }> };
    const german = broken.profiles.German;
    if (german) german.words = [];
    writeFileSync(path, JSON.stringify(broken));
    expect(() => readFunctionWords(path)).toThrow(/function-words\.json at profiles\.German\.words/u);
  });

  it('should refuse a file that is not JSON, naming the file', () => {
    const directory = mkdtempSync(join(tmpdir(), 'function-words-'));
    const path = join(directory, 'function-words.json');
    writeFileSync(path, '{ "profiles": ');
    expect(() => readFunctionWords(path)).toThrow(/function-words\.json/u);
  });
});
