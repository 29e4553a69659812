/**
 * The command line gives the same report and the same fixed files whatever the order of the paths
 * and whatever the number of worker threads, on generated hostile articles.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTemporaryFolder, runCli } from '../helpers/cli.js';
import { articleText, runsOr } from './arbitraries.js';

let folder: { path: string; remove: () => void };

beforeEach(() => {
  folder = makeTemporaryFolder();
});

afterEach(() => {
  folder.remove();
});

describe('order and concurrency', () => {
  it('should give the same report and fixes with one thread or two, in any order of paths', () => {
    const dir = folder.path;
    const seed = Number(process.env.FUZZ_SEED ?? 42);
    const texts = fc.sample(articleText({ maxFragments: 15 }), { numRuns: Math.min(runsOr(40), 400), seed });
    const names = texts.map((_, index) => `article-${String(index).padStart(3, '0')}.txt`);
    const write = (): void => texts.forEach((text, index) => writeFileSync(join(dir, names[index] ?? ''), text));
    write();
    const single = runCli(['--format', 'json', '--concurrency', 'off', ...names], { cwd: dir });
    const pooled = runCli(['--format', 'json', '--concurrency', '2', ...[...names].reverse()], { cwd: dir });
    expect(single.stderr).toBe('');
    expect(pooled.stdout).toBe(single.stdout);

    runCli(['--fix', '--concurrency', 'off', '.'], { cwd: dir });
    const fixedSingle = names.map((name) => readFileSync(join(dir, name)));
    write();
    runCli(['--fix', '--concurrency', '2', '.'], { cwd: dir });
    names.forEach((name, index) => expect(readFileSync(join(dir, name)).equals(fixedSingle[index] ?? Buffer.alloc(0)), name).toBe(true));
  });
});
