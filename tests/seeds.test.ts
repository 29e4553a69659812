/**
 * The seeds golden: the report on every seed article and its fixed text, as reviewed files in
 * tests/golden/. A change in either shows up as a diff to review. `UPDATE_GOLDEN=1 npx vitest run
 * tests/seeds.test.ts` rewrites them; read the diff before committing.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../src/config/load.js';
import { createLinter } from '../src/linter.js';
import { formatCompact } from './helpers/rule-tester.js';

const root = new URL('../', import.meta.url);
const seedsFolder = new URL('seeds/', root);
const goldenFolder = new URL('tests/golden/', root);
const update = process.env.UPDATE_GOLDEN === '1';
const linter = createLinter(defaultConfig(process.cwd()));
const seeds = readdirSync(seedsFolder).filter((name) => name.endsWith('.txt')).sort();

function golden(name: string, actual: string): void {
  const url = new URL(name, goldenFolder);
  if (update || !existsSync(url)) {
    mkdirSync(new URL('.', url), { recursive: true });
    writeFileSync(url, actual);
  }
  expect(actual).toBe(readFileSync(url, 'utf8'));
}

describe('seed articles', () => {
  it.each(seeds)('should report %s as reviewed', (name) => {
    const text = readFileSync(new URL(name, seedsFolder), 'utf8');
    const report = linter.lintText(text, name).messages.map((message) => `${formatCompact(message)}${message.fix ? ' (fix)' : message.suggestions ? ' (suggestion)' : ''}`);
    golden(`seeds-report/${name}`, report.join('\n') + '\n');
  });

  it.each(seeds)('should fix %s as reviewed, and leave nothing certain to fix', (name) => {
    const text = readFileSync(new URL(name, seedsFolder), 'utf8');
    const fixed = linter.fixText(text, name);
    const output = fixed.output ?? text;
    golden(`seeds-fixed/${name}`, output);
    const again = linter.lintText(output, name);
    expect(again.messages.filter((message) => message.fix)).toEqual([]);
    expect(linter.fixText(output, name).output).toBeUndefined();
  });

  it.skipIf(!existsSync(new URL('../shared/seeds/', root)))('should never edit the seeds themselves', () => {
    for (const name of seeds) {
      expect(readFileSync(new URL(name, seedsFolder), 'utf8')).toBe(readFileSync(new URL(`../shared/seeds/${name}`, root), 'utf8'));
    }
  });
});
