/**
 * The default report, as an editor reads it: what to change, the reason on the line below, long
 * findings wrapped inside their column, no line wider than the terminal. The seeds' report is a
 * reviewed golden (tests/golden/seeds-stylish.txt): `UPDATE_GOLDEN=1` rewrites it; read the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/load.js';
import { createLinter, resultOf } from '../../src/linter.js';
import type { LintMessage, LintResult } from '../../src/engine/types.js';
import { formatStylish, wrap } from '../../src/formatters/stylish.js';

const root = new URL('../../', import.meta.url);
const seedsFolder = new URL('seeds/', root);
const goldenFile = new URL('tests/golden/seeds-stylish.txt', root);
const linter = createLinter(defaultConfig(process.cwd()));
const seedResults: LintResult[] = readdirSync(seedsFolder)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => linter.lintText(readFileSync(new URL(name, seedsFolder), 'utf8'), `seeds/${name}`));

const widthOf = (line: string): number => [...line].length;

describe('stylish formatter', () => {
  it('should report the seeds as the reviewed golden says', () => {
    const report = formatStylish(seedResults, { color: false, cwd: process.cwd() });
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(goldenFile)) writeFileSync(goldenFile, report);
    expect(report).toBe(readFileSync(goldenFile, 'utf8'));
  });

  it.each([40, 60, 80, 100, 132])('should keep every line of the seeds report within %i columns', (width) => {
    for (const color of [false, true]) {
      const report = formatStylish(seedResults, { color, cwd: process.cwd(), width });
      const lines = report.replace(/\u001B\[[0-9;]*m/g, '').split('\n');
      expect(Math.max(...lines.map(widthOf))).toBeLessThanOrEqual(width);
    }
  });

  it('should keep within 100 columns when no width is given', () => {
    const lines = formatStylish(seedResults, { color: false, cwd: process.cwd() }).split('\n');
    expect(Math.max(...lines.map(widthOf))).toBeLessThanOrEqual(100);
    expect(Math.max(...lines.map(widthOf))).toBeGreaterThan(80);
  });

  it('should show the reason on an indented line below the finding, and hide it with notes off', () => {
    const message: LintMessage = {
      ruleId: 'calque',
      severity: 1,
      message: 'Possibly a calque: `hold the reins loosely` (say `stay relaxed`)',
      line: 3,
      column: 7,
      note: 'A word-for-word rendering of a foreign idiom.',
    };
    const results = [resultOf('story.txt', [message])];
    const lines = formatStylish(results, { color: false, cwd: '/' }).split('\n');
    const at = lines.findIndex((line) => line.includes('hold the reins'));
    expect(lines[at]).toBe('  3:7  warning  Possibly a calque: `hold the reins loosely` (say `stay relaxed`)  calque');
    expect(lines[at + 1]).toBe('                  A word-for-word rendering of a foreign idiom.');
    const quiet = formatStylish(results, { color: false, cwd: '/', notes: false });
    expect(quiet).not.toContain('word-for-word');
    expect(quiet).toContain('hold the reins loosely');
  });

  it('should wrap a long finding inside its column instead of pushing the rule ids of the file to the right', () => {
    const long = `Remove the author bio \`${'word '.repeat(40).trim()}\``;
    const results = [resultOf('story.txt', [
      { ruleId: 'author-bio', severity: 2, message: long, line: 1, column: 1 },
      { ruleId: 'calque', severity: 1, message: 'Possibly a calque: `x` (say `y`)', line: 2, column: 1 },
    ])];
    const lines = formatStylish(results, { color: false, cwd: '/', width: 80 }).split('\n');
    const first = lines.find((line) => line.includes('Remove the author bio')) ?? '';
    const short = lines.find((line) => line.includes('Possibly a calque')) ?? '';
    expect(first.endsWith('author-bio')).toBe(true);
    expect(first.lastIndexOf('author-bio')).toBe(short.lastIndexOf('calque'));
    expect(widthOf(first)).toBeLessThanOrEqual(80);
    // Every word of the long message is still there, on the lines that follow.
    const wrapped = lines.slice(lines.indexOf(first), lines.indexOf(short)).map((line) => line.replace(/^\s*1:1\s+error\s+/, '').replace('author-bio', '').trim()).join(' ');
    expect(wrapped).toBe(long);
  });

  it('should cut a word longer than a line so that the width holds', () => {
    expect(wrap('see https://example.org/a/very/long/path/that/goes/on now', 20)).toEqual(['see', 'https://example.org/', 'a/very/long/path/tha', 't/goes/on now']);
    expect(wrap('', 10)).toEqual(['']);
  });

  it('should never offer in the seeds a form that another finding of the same article flags', () => {
    for (const result of seedResults) {
      const flagged = new Set(result.messages.map((message) => message.actual));
      for (const message of result.messages) {
        const offered = [...(message.fix ? [message.fix.text] : []), ...(message.suggestions ?? []).map((suggestion) => suggestion.fix.text)];
        for (const text of offered) expect(flagged.has(text), `${result.filePath} ${message.line}:${message.column} offers ${text}`).toBe(false);
      }
    }
  });
});
