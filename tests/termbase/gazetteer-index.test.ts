import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGazetteerIndex, gazetteerIndexKey, gazetteerIndexOf, linksAt, namedEntries, wordKeysTable } from '../../src/termbase/gazetteer-index.js';
import { loadTermbases } from '../../src/termbase/load.js';
import type { TermbaseEntry } from '../../src/termbase/types.js';
import { keysOf } from '../../src/text/name-keys.js';

const entries: TermbaseEntry[] = [
  { id: 'kaja-kallas', name: 'Kaja Kallas', type: 'person', country: 'EE', language: 'et', source: 'https://example.org/a', examples: [] },
  { id: 'markus-soder', name: 'Markus Söder', type: 'person', country: 'DE', language: 'de', aliases: ['Markus Soeder'], source: 'https://example.org/b', examples: [] },
  { id: 'nord-stream', name: 'Nord Stream', type: 'pipeline', country: 'INT', source: 'https://example.org/c', examples: [] },
];

const folder = mkdtempSync(join(tmpdir(), 'gazetteer-index-'));

describe('gazetteerIndexOf', () => {
  it('should read the index the build wrote while it was made from the same entries', () => {
    const file = join(folder, 'same.json');
    const built = { ...buildGazetteerIndex(entries), formWords: ['read from the file'] };
    writeFileSync(file, JSON.stringify(built));
    expect(gazetteerIndexOf(entries, file).formWords).toEqual(['read from the file']);
  });

  it('should work the index out again when the file was made from other entries', () => {
    const file = join(folder, 'stale.json');
    writeFileSync(file, JSON.stringify({ ...buildGazetteerIndex(entries.slice(1)), formWords: ['stale'] }));
    expect(gazetteerIndexOf(entries, file)).toEqual(buildGazetteerIndex(entries));
  });

  it('should work the index out when the file is not JSON', () => {
    const file = join(folder, 'broken.json');
    writeFileSync(file, '{"key": ');
    expect(gazetteerIndexOf(entries, file)).toEqual(buildGazetteerIndex(entries));
  });
});

describe('buildGazetteerIndex', () => {
  const index = buildGazetteerIndex(entries);

  it('should give each word of the forms the keys keysOf gives it', () => {
    const keysAt = wordKeysTable(index);
    index.words.forEach(([word], at) => expect(keysAt(at)).toEqual(keysOf(word)));
  });

  it('should list a surname and an alias surname as forms of a person', () => {
    const forms = index.forms.filter(([, entity]) => entity === 1).map(([text]) => text);
    expect(forms).toEqual(['Markus Söder', 'Markus Soeder', 'Söder', 'Soeder']);
  });

  it('should file the umlaut transcription of a word under its fold keys', () => {
    const soder = index.forms.findIndex(([text]) => text === 'Söder');
    expect(linksAt(index.fold, 'soeder')).toEqual(expect.arrayContaining([soder, 0]));
  });

  it('should file a name run together under its squashed key', () => {
    expect(linksAt(index.squash, 'nordstream').map((at) => index.forms[at]?.[0])).toEqual(['Nord Stream']);
  });

  it('should answer no links for a key that is a property of every object', () => {
    expect(linksAt(index.fold, 'constructor')).toEqual([]);
  });
});

describe('the bundled gazetteer', () => {
  it('should have an index in dist/ made by the build from the rows it loads', () => {
    const gazetteer = loadTermbases().find(({ data }) => data.kind === 'gazetteer');
    if (!gazetteer) throw new Error('no bundled gazetteer');
    const built = JSON.parse(readFileSync(new URL('../../dist/termbase/gazetteer-index.json', import.meta.url), 'utf8')) as { key: string };
    expect(built.key).toBe(gazetteerIndexKey(namedEntries(gazetteer.data)));
  });
});
