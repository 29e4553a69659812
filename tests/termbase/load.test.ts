/** The termbase loader refuses bad data with an error naming file, entry and mend. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/errors.js';
import {
  bundledRulesDirectory,
  checkAcrossTermbases,
  hashTermbaseText,
  listBundledTermbaseFiles,
  readCheckedTermbases,
  readTermbase,
} from '../../src/termbase/load.js';
import { checkTermbasesInFull } from '../../src/linter.js';
import { createDataRule } from '../../src/kinds/index.js';
import { makeFolder } from '../helpers/cli.js';
import { compact } from '../helpers/rule-tester.js';

const entry = (overrides: Record<string, unknown> = {}) => ({
  id: 'power-of-siberia',
  find: ['Kraft Siberia'],
  replace: 'Power of Siberia',
  examples: [{ text: 'Via Kraft Siberia.', output: 'Via Power of Siberia.' }],
  ...overrides,
});

const termbase = (id: string, entries: unknown[], extra: Record<string, unknown> = {}) => ({
  id,
  kind: 'substitution',
  category: 'names',
  description: 'Test table',
  defaultSeverity: 'error',
  entries,
  ...extra,
});

function write(name: string, value: unknown): string {
  const folder = makeFolder({});
  const path = join(folder, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
}

function errorOf(action: () => unknown): ConfigError {
  try {
    action();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('readTermbase', () => {
  it('should read a valid table', () => {
    expect(readTermbase(write('house-names.json', termbase('house-names', [entry()]))).data.entries).toHaveLength(1);
  });

  it('should refuse an id that differs from the file name', () => {
    const error = errorOf(() => readTermbase(write('house-names.json', termbase('other-name', [entry()]))));
    expect(error.message).toMatch(/Rule id differs from the file name.*house-names\.json at id.*given "other-name", expected "house-names"/);
  });

  it('should refuse an unknown key with its path', () => {
    const error = errorOf(() => readTermbase(write('house-names.json', termbase('house-names', [entry({ replcae: 'x' })]))));
    expect(error.message).toContain('Unknown key `replcae`');
    expect(error.message).toContain('entries[0].replcae');
  });

  it('should refuse an entry without examples', () => {
    const error = errorOf(() => readTermbase(write('house-names.json', termbase('house-names', [entry({ examples: [] })]))));
    expect(error.message).toContain('entries[0].examples');
  });

  it('should refuse a pattern that does not compile, naming it', () => {
    const error = errorOf(() => readTermbase(write('house-names.json', termbase('house-names', [entry({ find: undefined, pattern: '(unclosed' })]))));
    expect(error.message).toContain('Pattern of entry `power-of-siberia` is not usable');
    expect(error.message).toContain('(unclosed');
  });

  it('should refuse a pattern that matches the empty string', () => {
    const error = errorOf(() => readTermbase(write('house-names.json', termbase('house-names', [entry({ find: undefined, pattern: 'x*' })]))));
    expect(error.message).toMatch(/matches the empty string/);
  });

  it('should refuse malformed JSON with line and column', () => {
    const error = errorOf(() => readTermbase(write('house-names.json', '{\n  "id": "house-names",\n  oops\n}')));
    expect(error.message).toMatch(/Invalid JSON: .* at line 3, column 3/);
  });
});

describe('checkAcrossTermbases', () => {
  it('should refuse a phrase listed in two tables', () => {
    const first = readTermbase(write('house-names.json', termbase('house-names', [entry()])));
    const second = readTermbase(write('more-names.json', termbase('more-names', [entry({ id: 'again' })])));
    const error = errorOf(() => checkAcrossTermbases([first, second]));
    expect(error.message).toContain('Phrase `Kraft Siberia` is listed twice');
    expect(error.message).toContain('house-names/power-of-siberia');
  });
});

describe('checked tables', () => {
  const broken = termbase('house-names', [entry({ find: undefined, pattern: '(unclosed' })]);

  it('should skip the checks for a file whose text the list says was checked', () => {
    const path = write('house-names.json', broken);
    const hashes = { 'house-names.json': hashTermbaseText(readFileSync(path, 'utf8')) };
    expect(readTermbase(path, { checked: { directory: dirname(path), hashes } }).data.entries[0]?.pattern).toBe('(unclosed');
  });

  it('should check in full a file edited after the list was made', () => {
    const path = write('house-names.json', broken);
    const hashes = { 'house-names.json': hashTermbaseText(JSON.stringify(termbase('house-names', [entry()]))) };
    const error = errorOf(() => readTermbase(path, { checked: { directory: dirname(path), hashes } }));
    expect(error.message).toContain('Pattern of entry `power-of-siberia` is not usable');
  });

  it('should check in full a file of the same name in another folder', () => {
    const path = write('house-names.json', broken);
    const hashes = { 'house-names.json': hashTermbaseText(readFileSync(path, 'utf8')) };
    const error = errorOf(() => readTermbase(path, { checked: { directory: bundledRulesDirectory, hashes } }));
    expect(error.message).toContain('is not usable');
  });

  it('should pass every bundled file through the checks the build makes', () => {
    const hashes = checkTermbasesInFull();
    const tables = listBundledTermbaseFiles().map((path) => basename(path));
    expect(Object.keys(hashes).filter((name) => !name.includes('/'))).toEqual(tables);
    // The rows files a table names are hashed by folder and name.
    const rows = ['gazetteer', 'meanings', 'given-names'].flatMap((folder) => readdirSync(join(bundledRulesDirectory, folder)).filter((name) => name.endsWith('.json')).map((name) => `${folder}/${name}`));
    expect(Object.keys(hashes).filter((name) => name.includes('/')).sort()).toEqual(rows.sort());
  });

  it('should fail the build on a bundled file that a run would refuse', () => {
    const files: Record<string, string> = {};
    for (const name of readdirSync(bundledRulesDirectory).filter((file) => file.endsWith('.json'))) {
      files[name] = readFileSync(join(bundledRulesDirectory, name), 'utf8');
    }
    const calque = JSON.parse(files['calque.json'] ?? '{}') as { entries: Array<Record<string, unknown>> };
    calque.entries.push(entry({ id: 'broken', find: undefined, pattern: '(unclosed' }));
    files['calque.json'] = JSON.stringify(calque);
    const error = errorOf(() => checkTermbasesInFull(makeFolder(files)));
    expect(error.message).toContain('Pattern of entry `broken` is not usable');
    expect(error.message).toContain('calque.json');
  });

  it('should fail the build on two bundled files that claim one phrase', () => {
    const folder = makeFolder({
      'house-names.json': JSON.stringify(termbase('house-names', [entry()])),
      'more-names.json': JSON.stringify(termbase('more-names', [entry({ id: 'again' })])),
    });
    expect(errorOf(() => checkTermbasesInFull(folder)).message).toContain('is listed twice');
  });

  it('should read no list beside the sources, so that the tests check every bundled file', () => {
    expect(readCheckedTermbases()).toEqual({});
  });
});

describe('entries by kind', () => {
  it('should refuse a key the kind of the table never reads, naming file, entry and key', () => {
    const path = write('house-names.json', termbase('house-names', [entry({ meanings: ['power'], surname: 'Kraft' })]));
    const error = errorOf(() => readTermbase(path));
    expect(error.message).toMatch(/^Unknown key `(meanings|surname)` in entry `power-of-siberia` \(a `substitution` entry reads none\), in .*house-names\.json at entries\[0\]\.(meanings|surname), expected one of id, note, source, examples, language, find, pattern/);
  });

  it('should accept the same key in a table of a kind that reads it', () => {
    const table = termbase('house-surnames', [{ id: 'turkki', surname: 'Turkki', meanings: ['Turkey'], language: 'fi', examples: [{ text: 'Teppo Turkki spoke.', valid: true }] }], { kind: 'surname-meaning' });
    expect(readTermbase(write('house-surnames.json', table)).data.entries[0]?.surname).toBe('Turkki');
  });

  it('should refuse a language written as a word, asking for its ISO code', () => {
    const error = errorOf(() => readTermbase(write('house-names.json', termbase('house-names', [entry({ language: 'German' })]))));
    expect(error.message).toBe(`Invalid language in entry \`power-of-siberia\`, in ${error.details.file} at entries[0].language, given "German", expected an ISO 639 code such as \`fi\` or \`de\`. Write the code of the language`);
  });

  it('should refuse a pattern that opens with the line-start lookbehind, naming the scope that says it', () => {
    const error = errorOf(() => readTermbase(write('house-names.json', termbase('house-names', [entry({ find: undefined, pattern: '(?<=^|\\n)[ \\t]*Read more', replace: '' })]))));
    expect(error.message).toContain('Pattern of entry `power-of-siberia` opens with the lookbehind `(?<=^|\\n)`');
    expect(error.message).toContain('"scope": "line-start"');
  });

  it('should try a line-start pattern only where a line starts', () => {
    const path = write('house-names.json', termbase('house-names', [entry({ find: undefined, pattern: 'Read more[^\\n]*', scope: 'line-start', replace: '', examples: [{ text: 'x\nRead more here', output: 'x\n' }] })]));
    const rule = createDataRule(readTermbase(path));
    expect(compact(rule, 'Read more here\nWe Read more there')).toEqual(['1:1-1:15: Remove `Read more here` [house-names]']);
  });
});
