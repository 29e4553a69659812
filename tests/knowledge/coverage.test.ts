/**
 * Coverage of the gazetteer on a list written before it grew (coverage-list.json, never read by
 * src/): each name written as it is must draw no message at all, and each name with one letter
 * changed must draw a message whose expected form is the name, or the word of it that changed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/load.js';
import { createLinter } from '../../src/linter.js';
import { changeOneLetter, sentenceFor } from './slip.js';

interface Listed {
  name: string;
  type: string;
  country: string;
}

const list = (JSON.parse(readFileSync(new URL('./coverage-list.json', import.meta.url), 'utf8')) as { names: Listed[] }).names;
const linter = createLinter(defaultConfig(process.cwd()));

/** Whether a message points at the changed name and expects its right form (or the right word of it). */
function namesRight(expected: readonly string[] | undefined, name: string, word: number): boolean {
  const right = name.split(' ');
  return (expected ?? []).some((form) => form === name || (form.split(' ').includes(right[word] ?? '') && name.includes(form)));
}

function measureCoverage(): { correctFlagged: string[]; changed: number; found: number; missed: string[] } {
  const correctFlagged: string[] = [];
  const missed: string[] = [];
  let changed = 0;
  let found = 0;
  list.forEach((entry, index) => {
    const correct = sentenceFor(entry.name, index);
    const messages = linter.lintText(correct).messages;
    if (messages.length > 0) correctFlagged.push(`${correct} → ${messages.map((message) => message.message).join('; ')}`);
    const slip = changeOneLetter(entry.name);
    if (slip.text === entry.name) return;
    changed++;
    const damaged = sentenceFor(slip.text, index);
    if (linter.lintText(damaged).messages.some((message) => namesRight(message.expected, entry.name, slip.word))) found++;
    else missed.push(`${slip.text} (${entry.name})`);
  });
  return { correctFlagged, changed, found, missed };
}

describe('gazetteer coverage of people and bodies in the news', () => {
  const result = measureCoverage();

  it('should list at least 500 names of at least 30 countries', () => {
    expect(list.length).toBeGreaterThanOrEqual(500);
    expect(new Set(list.map((entry) => entry.country)).size).toBeGreaterThanOrEqual(30);
  });

  it('should say nothing about any name written correctly', () => {
    expect(result.correctFlagged).toEqual([]);
  });

  it('should name the right name for at least 90% of the names with one letter changed', () => {
    expect(result.changed).toBeGreaterThanOrEqual(500);
    expect(result.found / result.changed, `missed ${result.missed.length}: ${result.missed.slice(0, 40).join(', ')}`).toBeGreaterThanOrEqual(0.9);
  });
});
