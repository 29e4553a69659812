/**
 * Scaling must not change a single byte of what is reported: worker threads, the cache and the
 * NDJSON stream are checked against a plain serial run of the built command line.
 */
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeFolder, runCli } from '../helpers/cli.js';
import { hashContent } from '../../src/node/cache.js';

const damaged = 'Gas came to China via the pipeline called Kraft Siberia.\n';
const mixed = 'Talks in Kyiv began on Monday.\nOfficials in Kiev said they would go on.\n';
const clean = 'The central bank left its key interest rate unchanged on Thursday.\n';

/** A folder of varied articles: findings with fixes, suggestions, clean copy and unreadable files. */
function makeNewsroom(count: number): string {
  const files: Record<string, string | Buffer> = {};
  for (let index = 0; index < count; index++) {
    const body = [damaged, mixed, clean][index % 3] ?? clean;
    files[`story-${String(index).padStart(3, '0')}.txt`] = `Story ${index}\n\n${clean}${body}${index % 5 === 0 ? damaged : ''}`;
  }
  files['zz-binary.txt'] = Buffer.from([0x47, 0x00, 0x41, 0x53]);
  files['zz-latin1.txt'] = Buffer.from([0x4b, 0xf6, 0x6c, 0x6e, 0x0a]);
  return makeFolder(files);
}

describe('parallel linting (--concurrency)', () => {
  it('should print byte for byte what a serial run prints, in the same order', () => {
    const folder = makeNewsroom(61);
    const serial = runCli(['--format', 'json', '--concurrency', 'off', '.'], { cwd: folder });
    const parallel = runCli(['--format', 'json', '--concurrency', '3', '.'], { cwd: folder });
    expect(serial.stderr).toBe('');
    expect(JSON.parse(serial.stdout)).toHaveLength(63);
    expect(parallel).toEqual(serial);
  });

  it('should write the same fixed files from workers as from one thread', () => {
    const one = makeNewsroom(24);
    const two = makeFolder({});
    cpSync(one, two, { recursive: true });
    const serial = runCli(['--fix', '--format', 'json', '--concurrency', 'off', '.'], { cwd: one });
    const parallel = runCli(['--fix', '--format', 'json', '--concurrency', '2', '.'], { cwd: two });
    expect(parallel.status).toBe(serial.status);
    expect(parallel.stdout.replaceAll(two, '<folder>')).toBe(serial.stdout.replaceAll(one, '<folder>'));
    const fixed = readFileSync(join(two, 'story-000.txt'), 'utf8');
    expect(fixed).toContain('Power of Siberia');
    for (let index = 0; index < 24; index++) {
      const name = `story-${String(index).padStart(3, '0')}.txt`;
      expect(readFileSync(join(two, name), 'utf8'), name).toBe(readFileSync(join(one, name), 'utf8'));
    }
  });

  it('should refuse a concurrency that is not a whole number, auto or off', () => {
    const run = runCli(['--concurrency', '1.5', '.'], { cwd: makeFolder({ 'a.txt': clean }) });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--concurrency must be a whole number');
  });
});

describe('the cache (--cache)', () => {
  it('should give the same report on a cached rerun as without the cache', () => {
    const folder = makeNewsroom(12);
    const plain = runCli(['--format', 'json', '.'], { cwd: folder });
    const first = runCli(['--cache', '--format', 'json', '.'], { cwd: folder });
    const second = runCli(['--cache', '--format', 'json', '.'], { cwd: folder });
    expect(existsSync(join(folder, '.lint-articles-cache'))).toBe(true);
    expect(first).toEqual(plain);
    expect(second).toEqual(plain);
  });

  it('should answer an unchanged file from the cache, and lint it again once it changed', () => {
    const folder = makeFolder({ 'story.txt': damaged });
    const cacheFile = join(folder, 'cache.json');
    runCli(['--cache', '--cache-location', cacheFile, 'story.txt'], { cwd: folder });
    // Marking the stored message (and its check, as lint-articles would have written it) proves
    // that the next run reads it instead of linting.
    const data = JSON.parse(readFileSync(cacheFile, 'utf8')) as { entries: Record<string, { result: string; check: string }> };
    for (const entry of Object.values(data.entries)) {
      entry.result = entry.result.replace('Replace `Kraft Siberia`', 'Stored `Kraft Siberia`');
      entry.check = hashContent(entry.result);
    }
    writeFileSync(cacheFile, JSON.stringify(data));
    const cached = runCli(['--cache', '--cache-location', cacheFile, 'story.txt'], { cwd: folder });
    expect(cached.stdout).toContain('Stored `Kraft Siberia`');
    writeFileSync(join(folder, 'story.txt'), `${clean}${damaged}`);
    const changed = runCli(['--cache', '--cache-location', cacheFile, 'story.txt'], { cwd: folder });
    expect(changed.stdout).toContain('2:43  error  Replace `Kraft Siberia`');
    expect(changed.stdout).not.toContain('Stored');
  });

  it('should lint a file again when it changed to text of the same length within a second', () => {
    const folder = makeFolder({ 'story.txt': damaged });
    runCli(['--cache', 'story.txt'], { cwd: folder });
    // Same size, same second: only the content hash can tell that it changed.
    writeFileSync(join(folder, 'story.txt'), damaged.replace('Kraft Siberia', 'Kraft Sibiria'));
    expect(runCli(['--cache', 'story.txt'], { cwd: folder })).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('should lint again when the configuration or a --rule setting changes', () => {
    const folder = makeFolder({ 'story.txt': damaged });
    expect(runCli(['--cache', 'story.txt'], { cwd: folder }).status).toBe(1);
    writeFileSync(join(folder, '.linterrc.json'), JSON.stringify({ rules: { 'translated-name': 'off' } }));
    expect(runCli(['--cache', 'story.txt'], { cwd: folder })).toEqual({ status: 0, stdout: '', stderr: '' });
    writeFileSync(join(folder, '.linterrc.json'), JSON.stringify({ rules: {} }));
    expect(runCli(['--cache', 'story.txt'], { cwd: folder }).status).toBe(1);
    const warned = runCli(['--cache', '--rule', 'translated-name: warn', 'story.txt'], { cwd: folder });
    expect(warned.status).toBe(0);
    expect(warned.stdout).toContain('warning  Replace `Kraft Siberia`');
  });

  it('should still fix a file whose cached result has fixable problems, then lint it afresh', () => {
    const folder = makeFolder({ 'story.txt': damaged });
    runCli(['--cache', 'story.txt'], { cwd: folder });
    const fixing = runCli(['--cache', '--fix', 'story.txt'], { cwd: folder });
    expect(fixing).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(readFileSync(join(folder, 'story.txt'), 'utf8')).toBe('Gas came to China via the pipeline called Power of Siberia.\n');
    expect(runCli(['--cache', 'story.txt'], { cwd: folder })).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('should ignore a corrupt cache with a warning and rebuild it', () => {
    const folder = makeFolder({ 'story.txt': damaged });
    writeFileSync(join(folder, '.lint-articles-cache'), '{"format": 1, "entries": {"trunc');
    const run = runCli(['--cache', '--format', 'json', 'story.txt'], { cwd: folder });
    expect(run.stderr).toContain('Ignoring corrupt cache');
    expect(run.stdout).toBe(runCli(['--format', 'json', 'story.txt'], { cwd: folder }).stdout);
    expect(() => JSON.parse(readFileSync(join(folder, '.lint-articles-cache'), 'utf8'))).not.toThrow();
    expect(runCli(['--cache', 'story.txt'], { cwd: folder }).stderr).toBe('');
  });

  it('should rebuild a cache written by another version of the format without a warning', () => {
    const folder = makeFolder({ 'story.txt': damaged });
    writeFileSync(join(folder, '.lint-articles-cache'), JSON.stringify({ format: 2, settings: 'x', entries: { 'story.txt': { result: { messages: [] } } } }));
    const run = runCli(['--cache', '--format', 'json', 'story.txt'], { cwd: folder });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(runCli(['--format', 'json', 'story.txt'], { cwd: folder }).stdout);
    expect((JSON.parse(readFileSync(join(folder, '.lint-articles-cache'), 'utf8')) as { format: number }).format).toBe(4);
  });

  it('should keep the cache in a folder given as --cache-location', () => {
    const folder = makeFolder({ 'story.txt': clean, 'caches/.keep': '' });
    expect(runCli(['--cache', '--cache-location', 'caches/', 'story.txt'], { cwd: folder }).status).toBe(0);
    expect(existsSync(join(folder, '.lint-articles-cache'))).toBe(false);
    expect(readdirSync(join(folder, 'caches')).filter((name) => name.startsWith('.lint-articles-cache_'))).toHaveLength(1);
    expect(runCli(['--cache', '--cache-location', 'caches', 'story.txt'], { cwd: folder }).stderr).toBe('');
  });
});

describe('streaming (--stdin --ndjson)', () => {
  const texts = [damaged, mixed, clean, `${clean}${damaged}`];

  it('should give for each line the result of linting that text alone', () => {
    const folder = makeFolder({});
    const input = texts.map((text, index) => JSON.stringify({ id: `t${index}`, text })).join('\n');
    const run = runCli(['--stdin', '--ndjson'], { cwd: folder, input: `${input}\n` });
    expect(run.status).toBe(1);
    const lines = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((line) => line.id)).toEqual(['t0', 't1', 't2', 't3']);
    texts.forEach((text, index) => {
      const alone = JSON.parse(runCli(['--stdin', '--format', 'json'], { cwd: folder, input: text }).stdout) as unknown[];
      expect({ ...lines[index] }).toEqual({ id: `t${index}`, ...(alone[0] as object) });
    });
  });

  it('should answer a malformed line with an error naming its line number and go on', () => {
    const input = [JSON.stringify({ id: 1, text: clean }), '{"id": 2, "text": ', JSON.stringify({ id: 3 }), JSON.stringify({ id: 4, text: damaged })].join('\n');
    const run = runCli(['--stdin', '--ndjson'], { cwd: makeFolder({}), input });
    const lines = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { id: unknown; messages: Array<{ message: string; fatal?: boolean }> });
    expect(lines).toHaveLength(4);
    expect(lines[1]?.messages[0]?.message).toMatch(/^Malformed input at line 2: not valid JSON/);
    expect(lines[2]).toMatchObject({ id: 3, messages: [{ message: 'Malformed input at line 3: `text` must be a string', fatal: true }] });
    expect(lines[3]?.id).toBe(4);
    expect(lines[3]?.messages[0]?.message).toBe('Replace `Kraft Siberia` with `Power of Siberia`');
  });

  it('should refuse --ndjson without --stdin', () => {
    const run = runCli(['--ndjson', 'a.txt'], { cwd: makeFolder({ 'a.txt': clean }) });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--ndjson reads standard input');
  });
});
