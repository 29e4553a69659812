/**
 * docs/reliability.md names, for each promise, the tests that hold it: every test file it names
 * exists, and every test title it quotes is a test in one of them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const documentText = readFileSync(new URL('../docs/reliability.md', import.meta.url), 'utf8');
const files = [...new Set([...documentText.matchAll(/`([\w/-]+\.test\.ts)`/g)].map((match) => match[1] ?? ''))].sort();
const titles = [...new Set([...documentText.matchAll(/› (should [^;|(]+?)\s*(?=[;|(]|$)/gm)].map((match) => match[1] ?? ''))].sort();

describe('docs/reliability.md', () => {
  it('should name only test files that exist', () => {
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((file) => !existsSync(new URL(`./${file}`, import.meta.url)))).toEqual([]);
  });

  it('should quote only test titles that are tests of the files it names', () => {
    const tests = files.map((file) => readFileSync(new URL(`./${file}`, import.meta.url), 'utf8')).join('\n');
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.filter((title) => !tests.includes(`'${title}'`))).toEqual([]);
  });
});
