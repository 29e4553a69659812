/**
 * docs/reliability.md names, for each promise, the tests that hold it: every test file it names
 * exists, and every test title it quotes is a test in one of them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const documentText = readFileSync(new URL('../docs/reliability.md', import.meta.url), 'utf8');
const files = [...new Set([...documentText.matchAll(/`([\w/-]+\.test\.ts)`/g)].map((match) => match[1] ?? ''))].sort();
// "› should a…, should b" quotes two titles; a title cut short ends in "…", and "…" inside one
// stands for words left out.
const titles = [
  ...new Set(
    [...documentText.matchAll(/› (should [^;|(]+?)\s*(?=[;|(]|$)/gm)].flatMap((match) => (match[1] ?? '').split(/, (?=should )/).map((title) => title.trim())),
  ),
].sort();

/**
 * Whether the tests' text has the title, between quotes of any kind. A title cut short ("…") may
 * stand for titles made from a template (`should ignore a cache entry ${what} and rebuild it`): its
 * first four words must then begin a title.
 */
function quotedIn(tests: string, title: string): boolean {
  const quotes = ["'", '"', '`'];
  if (!title.includes('…')) return quotes.some((quote) => tests.includes(`${quote}${title}${quote}`));
  const start = title.split('…')[0]?.trim().split(' ').slice(0, 4).join(' ') ?? '';
  return quotes.some((quote) => tests.includes(`${quote}${start}`));
}

describe('docs/reliability.md', () => {
  it('should name only test files that exist', () => {
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((file) => !existsSync(new URL(`./${file}`, import.meta.url)))).toEqual([]);
  });

  it('should quote only test titles that are tests of the files it names', () => {
    const tests = files.map((file) => readFileSync(new URL(`./${file}`, import.meta.url), 'utf8')).join('\n');
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.filter((title) => !quotedIn(tests, title))).toEqual([]);
  });
});
