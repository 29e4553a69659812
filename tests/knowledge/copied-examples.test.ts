/**
 * Examples in rules/ are our own sentences: none may share seven or more consecutive words with
 * the shared corpus or the seeds, so that a row cannot quietly carry a dev article's answer. The
 * words of an entry's own `find` phrases are left out first: a listed phrase ("Your email address
 * will not be published.") is a fixed public string with a source, and the corpus may print it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const shared = join(root, '..', 'shared');
const run = 7;

function filesUnder(directory: string): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const wordsOf = (text: string): string[] => (text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu) ?? []);

function runsOf(text: string): string[] {
  const words = wordsOf(text);
  const runs: string[] = [];
  for (let index = 0; index + run <= words.length; index++) runs.push(words.slice(index, index + run).join(' '));
  return runs;
}

interface Example {
  where: string;
  text: string;
}

/** Every example text, output and suggestion of every entry in a rules file, with its entry's phrases masked. */
function examplesOf(path: string): Example[] {
  const data = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  const found: Example[] = [];
  const visit = (value: unknown, where: string, phrases: readonly string[]): void => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, `${where}[${index}]`, phrases));
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    const own = Array.isArray(record.find) ? record.find.filter((item): item is string => typeof item === 'string') : phrases;
    const label = typeof record.id === 'string' ? `${where}(${record.id})` : where;
    if (Array.isArray(record.examples)) {
      record.examples.forEach((example, index) => {
        if (example === null || typeof example !== 'object') return;
        for (const key of ['text', 'output', 'suggestion']) {
          const text = (example as Record<string, unknown>)[key];
          if (typeof text !== 'string') continue;
          const masked = [...own].sort((a, b) => b.length - a.length).reduce((current, phrase) => current.split(phrase).join(' | '), text);
          found.push({ where: `${label}.examples[${index}].${key}`, text: masked });
        }
      });
    }
    for (const [key, child] of Object.entries(record)) if (key !== 'examples') visit(child, `${label}.${key}`, own);
  };
  visit(data, '', []);
  return found;
}

const corpusFiles = [...filesUnder(join(shared, 'corpus')), ...filesUnder(join(shared, 'seeds')), ...filesUnder(join(root, 'seeds'))];

describe.skipIf(!existsSync(join(shared, 'corpus')))('examples in rules/', () => {
  it('should share no run of seven words with any file of the shared corpus or the seeds', () => {
    const corpusRuns = new Set<string>();
    for (const file of corpusFiles) for (const text of runsOf(readFileSync(file, 'utf8'))) corpusRuns.add(text);
    expect(corpusRuns.size).toBeGreaterThan(10_000);
    const copied: string[] = [];
    for (const file of filesUnder(join(root, 'rules')).filter((path) => path.endsWith('.json'))) {
      for (const example of examplesOf(file)) {
        const shared = runsOf(example.text).find((text) => corpusRuns.has(text));
        if (shared) copied.push(`${file.slice(root.length)} ${example.where}: “${shared}”`);
      }
    }
    expect(copied).toEqual([]);
  });

  it('should catch an example that copies seven words of a corpus article', () => {
    const file = corpusFiles.find((path) => path.endsWith('.txt') && wordsOf(readFileSync(path, 'utf8')).length > 40);
    expect(file).toBeDefined();
    const copiedRun = runsOf(readFileSync(file ?? '', 'utf8'))[20] ?? '';
    const corpusRuns = new Set(runsOf(readFileSync(file ?? '', 'utf8')));
    expect(runsOf(`As written: ${copiedRun}.`).some((text) => corpusRuns.has(text))).toBe(true);
  });
});
