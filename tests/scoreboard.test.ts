/**
 * The figures the project is held to, measured with the shared scorer when ../shared is present:
 * every must item of the seeds found and fixed, at least 90% of should items found, no legit span
 * of the development corpus flagged, and at most one message per 10,000 words of clean news.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cliPath } from './helpers/cli.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const shared = join(root, '..', 'shared');
const scorer = join(shared, 'tools', 'score-report.mjs');
const available = existsSync(scorer);

function report(folder: string): string {
  const run = spawnSync(process.execPath, [cliPath, '--format', 'json', folder], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  expect(run.status === 0 || run.status === 1, run.stderr).toBe(true);
  const file = join(mkdtempSync(join(tmpdir(), 'lint-articles-score-')), 'report.json');
  writeFileSync(file, run.stdout);
  return file;
}

function score(gold: string, reportFile: string, folder: string, extra: string[] = []): { status: number | null; lines: string[] } {
  const run = spawnSync(process.execPath, [scorer, '--gold', gold, '--report', reportFile, '--dir', folder, '--verbose', ...extra], { encoding: 'utf8' });
  return { status: run.status, lines: run.stdout.split('\n') };
}

function figure(lines: string[], level: string): { found: number; total: number; fixed: number; fixable: number } | undefined {
  const line = lines.find((item) => item.startsWith(level));
  const match = line && /found (\d+)\/(\d+) .*fixed (\d+)\/(\d+)/.exec(line);
  if (!match) return undefined;
  return { found: Number(match[1]), total: Number(match[2]), fixed: Number(match[3]), fixable: Number(match[4]) };
}

describe.skipIf(!available)('scoreboard (shared scorer)', () => {
  it('should find and fix every must item of the seeds and find 90% of should items', () => {
    const result = score(join(shared, 'seeds-gold.json'), report(join(root, 'seeds')), join(root, 'seeds'), ['--min', 'must=1']);
    expect(result.status, result.lines.join('\n')).toBe(0);
    const should = figure(result.lines, 'should');
    expect(should, result.lines.join('\n')).toBeDefined();
    if (should) expect(should.found / should.total, result.lines.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('should flag no legit span of the development corpus and stay quiet on clean news', () => {
    const corpus = join(shared, 'corpus', 'dev');
    const reportFile = report(corpus);
    const result = score(join(corpus, 'gold.json'), reportFile, corpus);
    const legit = result.lines.find((line) => line.startsWith('legit'));
    expect(legit, result.lines.join('\n')).toMatch(/flagged 0\//);
    const results = JSON.parse(readFileSync(reportFile, 'utf8')) as Array<{ filePath: string; messages: unknown[] }>;
    const cleanMessages = results.filter((item) => /[\\/]clean[\\/]/.test(item.filePath)).flatMap((item) => item.messages);
    const words = readdirSync(join(corpus, 'clean'))
      .map((name) => readFileSync(join(corpus, 'clean', name), 'utf8').split(/\s+/).filter(Boolean).length)
      .reduce((sum, count) => sum + count, 0);
    expect(cleanMessages.length, JSON.stringify(cleanMessages, null, 1)).toBeLessThanOrEqual(Math.floor(words / 10_000));
  });
});
