import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGazetteerIndex, GazetteerIndex, gazetteerIndexKey, gazetteerIndexOf, namedEntries } from '../../src/termbase/gazetteer-index.js';
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
    writeFileSync(file, JSON.stringify({ ...buildGazetteerIndex(entries), formWords: ['read from the file'] }));
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

describe('GazetteerIndex', () => {
  const index = new GazetteerIndex(buildGazetteerIndex(entries));
  const forms = Array.from({ length: index.formCount }, (_, at) => index.formAt(at));
  const formNamed = (text: string): number => forms.findIndex((form) => form?.text === text);

  it('should give each word of the forms the keys keysOf gives it', () => {
    for (const form of forms) for (const at of form?.words ?? []) expect(index.wordKeysAt(at)).toEqual(keysOf(index.wordKeysAt(at).word));
  });

  it('should list a surname and an alias surname as forms of a person', () => {
    expect(forms.filter((form) => form?.entity === 1).map((form) => `${form?.text} (${form?.role})`)).toEqual(['Markus Söder (name)', 'Markus Soeder (alias)', 'Söder (surname)', 'Soeder (surname)']);
  });

  it('should file the umlaut transcription of a word under its fold keys', () => {
    expect(index.numbersAt('fold', 'soeder')).toEqual(expect.arrayContaining([formNamed('Söder'), 0]));
  });

  it('should file a name run together under its squashed key', () => {
    expect(index.numbersAt('squash', 'nordstream').map((at) => index.formAt(at)?.text)).toEqual(['Nord Stream']);
  });

  it('should answer no numbers for a key that is a property of every object', () => {
    expect(index.numbersAt('fold', 'constructor')).toEqual([]);
  });

  it('should keep form numbers above 35 whole through their base-36 text', () => {
    const many: TermbaseEntry[] = Array.from({ length: 40 }, (_, at) => ({ id: `person-${at}`, name: `Person Number${String.fromCharCode(97 + (at % 26))}${at}`, type: 'person', country: 'FI', source: 'https://example.org/d', examples: [] }));
    const large = new GazetteerIndex(buildGazetteerIndex(many));
    const last = large.formCount - 1;
    expect(large.numbersAt('squash', 'personnumbern39')).toEqual([large.formCount - 2]);
    expect(large.formAt(last)?.text).toBe('Numbern39');
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
