/**
 * The word lists of rules/knowledge/*-words.json: every example runs through the bundled linter and
 * the rule it names gives exactly the messages it lists; every list is sorted, sourced and shown by
 * an example; a broken table is refused with an error that names the file and the key.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/load.js';
import { createLinter } from '../../src/linter.js';
import type { LintMessage } from '../../src/engine/types.js';
import { nameWordsFile, readWordLists, wordListFiles, wordSetsOf, type WordLists } from '../../src/termbase/word-lists.js';

const linter = createLinter(defaultConfig(process.cwd()));

/** The text a message points at, from its line and column. */
function pointedText(text: string, message: LintMessage): string {
  const lines = text.split('\n');
  const offsetOf = (line: number, column: number): number => lines.slice(0, line - 1).reduce((sum, before) => sum + before.length + 1, 0) + column - 1;
  return text.slice(offsetOf(message.line, message.column), offsetOf(message.endLine ?? message.line, message.endColumn ?? message.column));
}

function brokenCopy(change: (table: WordLists) => void): string {
  const table = JSON.parse(readFileSync(nameWordsFile, 'utf8')) as WordLists;
  change(table);
  const path = join(mkdtempSync(join(tmpdir(), 'word-lists-')), 'name-words.json');
  writeFileSync(path, JSON.stringify(table));
  return path;
}

describe.each(wordListFiles.map((file) => [basename(file), file] as const))('%s', (_name, file) => {
  const table = readWordLists(file);

  table.examples.forEach((example, index) => {
    it(`should give the messages of example ${index + 1} (${example.lists.join(', ')}) with ${example.rule}`, () => {
      const messages = linter.lintText(example.text, 'example.txt').messages.filter((message) => message.ruleId === example.rule);
      expect(messages.map((message) => pointedText(example.text, message))).toEqual(example.flags);
    });
  });

  it('should show every list in an example', () => {
    const shown = new Set(table.examples.flatMap((example) => example.lists));
    expect(Object.keys(table.lists).filter((name) => !shown.has(name))).toEqual([]);
  });

  it('should keep the words of every list sorted', () => {
    for (const [name, list] of Object.entries(table.lists)) expect(list.words, name).toEqual([...list.words].sort());
  });
});

describe('a table of word lists', () => {
  it('should refuse a list without words, naming the file and the key', () => {
    const path = brokenCopy((table) => {
      const titles = table.lists.titles;
      if (titles) titles.words = [];
    });
    expect(() => readWordLists(path)).toThrow(/name-words\.json at lists\.titles\.words/u);
  });

  it('should refuse an example that shows a list the table lacks, naming the key', () => {
    const path = brokenCopy((table) => {
      table.examples[0]?.lists.push('headline-words');
    });
    expect(() => readWordLists(path)).toThrow(/name-words\.json at examples\[0\]\.lists\[\d\]/u);
  });

  it('should refuse a table without a list a reader needs, naming the list', () => {
    const path = brokenCopy((table) => {
      delete table.lists.titles;
      table.examples = table.examples.filter((example) => !example.lists.includes('titles'));
    });
    expect(() => wordSetsOf(path, ['titles'])).toThrow(/name-words\.json at lists\.titles/u);
  });

  it('should refuse a file that is not JSON, naming the file', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'word-lists-')), 'name-words.json');
    writeFileSync(path, '{ "lists": ');
    expect(() => readWordLists(path)).toThrow(/name-words\.json/u);
  });
});
