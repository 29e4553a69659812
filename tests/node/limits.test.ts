/**
 * One size and type gate before any read, on every path into the linter: files with --cache,
 * standard input, NDJSON records and staged copies. What is over the limit or not a regular file
 * gets a message and is never read whole.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, lstatSync, openSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cliPath, makeTemporaryFolder, parseReport, runCli } from '../helpers/cli.js';

const wrong = 'Gas came to China via the pipeline called Kraft Siberia.\n';
const right = 'Gas came to China via the pipeline called Power of Siberia.\n';

let folder: { path: string; remove: () => void };
let dir: string;

beforeEach(() => {
  folder = makeTemporaryFolder();
  dir = folder.path;
});

afterEach(() => {
  folder.remove();
});

function git(...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=Desk Editor', '-c', 'user.email=desk@example.com', '-c', 'init.defaultBranch=main', ...args], { cwd: dir, stdio: 'ignore', env: { ...process.env, GIT_DIR: undefined, GIT_INDEX_FILE: undefined } as NodeJS.ProcessEnv });
}

describe('--cache', () => {
  it('should not read a FIFO to hash it', () => {
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    const run = runCli(['--cache', '-f', 'json', 'pipe.txt'], { cwd: dir, timeoutMs: 20_000 });
    expect(run.status).toBe(0);
    expect(parseReport(run.stdout)[0]?.messages).toEqual([expect.objectContaining({ severity: 1, message: expect.stringContaining('Not a regular file') })]);
  });

  it('should not read a device that never ends', () => {
    const run = runCli(['--cache', '-f', 'json', '/dev/zero'], { cwd: dir, timeoutMs: 20_000, measureMemory: true });
    expect(run.status).toBe(0);
    expect(parseReport(run.stdout)[0]?.messages).toEqual([expect.objectContaining({ message: expect.stringContaining('Not a regular file') })]);
    expect(run.maxRss).toBeLessThan(200 * 1024);
  });

  it('should not read a sparse file of a gigabyte to hash it', () => {
    const path = join(dir, 'sparse.txt');
    closeSync(openSync(path, 'w'));
    truncateSync(path, 1024 * 1024 * 1024);
    const run = runCli(['--cache', '-f', 'json', 'sparse.txt'], { cwd: dir, measureMemory: true });
    expect(run.status).toBe(0);
    expect(parseReport(run.stdout)[0]?.messages[0]?.message).toMatch(/^File is 1073741824 bytes, over the limit/);
    expect(run.maxRss).toBeLessThan(200 * 1024);
  });

  for (const [what, damage] of [
    ['of another shape', () => '{"messages":5}'],
    ['damaged inside a result that begins right', (text: string) => text.replace('"messages":[{', '"messages":[5,{')],
  ] as Array<[string, (text: string) => string]>) {
    it(`should ignore a cache entry ${what} and rebuild it`, () => {
      writeFileSync(join(dir, 'story.txt'), wrong);
      expect(runCli(['--cache', 'story.txt'], { cwd: dir }).status).toBe(1);
      const cacheFile = join(dir, '.lint-articles-cache');
      const data = JSON.parse(readFileSync(cacheFile, 'utf8')) as { entries: Record<string, { result: string; hashedAt: number; mtime: number }> };
      const entry = data.entries[join(dir, 'story.txt')];
      if (!entry) throw new Error('no cache entry');
      const damaged = damage(entry.result);
      expect(damaged).not.toBe(entry.result);
      entry.result = damaged;
      // Trusted by its size and time, so only the entry's own check can catch it.
      entry.hashedAt = entry.mtime + 60_000;
      writeFileSync(cacheFile, JSON.stringify(data));
      for (const format of ['json', 'stylish']) {
        const run = runCli(['--cache', '-f', format, 'story.txt'], { cwd: dir });
        expect(run.stderr).toBe('');
        expect(run.status).toBe(1);
        expect(run.stdout).toContain('Replace `Kraft Siberia` with `Power of Siberia`');
      }
      const rebuilt = JSON.parse(readFileSync(cacheFile, 'utf8')) as typeof data;
      expect(JSON.parse(rebuilt.entries[join(dir, 'story.txt')]?.result ?? '{}')).toMatchObject({ messages: [expect.objectContaining({ ruleId: 'translated-name' })] });
    });
  }
});

describe('--stdin', () => {
  it('should stop reading an endless input at the limit', () => {
    writeFileSync(join(dir, '.linterrc.json'), JSON.stringify({ maxFileSize: 1000 }));
    const zero = openSync('/dev/zero', 'r');
    try {
      const run = spawnSync(process.execPath, [cliPath, '--stdin', '-f', 'json'], { cwd: dir, stdio: [zero, 'pipe', 'pipe'], encoding: 'utf8', timeout: 20_000 });
      expect(run.status).toBe(0);
      expect(parseReport(run.stdout)[0]?.messages[0]?.message).toBe('Input is over the limit of 1000 bytes (maxFileSize in .linterrc.json); reading stopped there, not linted');
    } finally {
      closeSync(zero);
    }
  });
});

describe('--stdin --fix', () => {
  it('should pass input over the limit through unread, byte for byte, with the warning on stderr', () => {
    writeFileSync(join(dir, '.linterrc.json'), JSON.stringify({ maxFileSize: 1000 }));
    const input = wrong.repeat(200);
    const run = runCli(['--stdin', '--fix'], { cwd: dir, input });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(input);
    expect(run.stderr.replace(/\s+/g, ' ')).toContain('Input is over the limit of 1000 bytes (maxFileSize in .linterrc.json); passed through unread, not linted');
  });
});

describe('--stdin --ndjson', () => {
  it('should refuse a record over the limit by its line number and lint the next', () => {
    writeFileSync(join(dir, '.linterrc.json'), JSON.stringify({ maxFileSize: 1000 }));
    const input = `${JSON.stringify({ id: 1, text: wrong.repeat(40) })}\n${JSON.stringify({ id: 2, text: wrong })}\n`;
    const run = runCli(['--stdin', '--ndjson'], { cwd: dir, input });
    const lines = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { id: unknown; messages: Array<{ message: string; ruleId: string | null }> });
    expect(lines.map((line) => line.id)).toEqual([null, 2]);
    expect(lines[0]?.messages).toEqual([expect.objectContaining({ message: 'Record at line 1 is over the limit of 1000 bytes (maxFileSize in .linterrc.json); not linted' })]);
    expect(lines[1]?.messages).toEqual([expect.objectContaining({ ruleId: 'translated-name' })]);
    expect(run.status).toBe(1);
  });

  it('should not hold a 60 MB record in memory', () => {
    const input = `${JSON.stringify({ id: 'big', text: 'The minister said on Monday that talks would continue. '.repeat(1_100_000) })}\n`;
    const run = runCli(['--stdin', '--ndjson'], { cwd: dir, input, measureMemory: true });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout) as unknown).toMatchObject({ messages: [{ message: expect.stringMatching(/^Record at line 1 is over the limit of 16777216 bytes/) }] });
    // The input buffer of the test's own spawn is not the child's: the child keeps no line whole.
    expect(run.maxRss).toBeLessThan(250 * 1024);
  });

  it('should lint a record whose filePath ends in .md as Markdown', () => {
    const text = `# Pipeline\n\nGas came to China via the pipeline called Kraft Siberia.\n\n    Kraft Siberia in a code block\n`;
    const run = runCli(['--stdin', '--ndjson'], { cwd: dir, input: `${JSON.stringify({ id: 'md', filePath: 'story.md', text })}\n` });
    const [line] = run.stdout.trimEnd().split('\n').map((row) => JSON.parse(row) as { messages: Array<{ ruleId: string | null; line: number }> });
    expect(line?.messages).toEqual([expect.objectContaining({ ruleId: 'translated-name', line: 3 })]);
    expect(run.status).toBe(1);
  });
});

describe('--staged', () => {
  it('should refuse a staged copy over the limit without reading it', () => {
    writeFileSync(join(dir, '.linterrc.json'), JSON.stringify({ maxFileSize: 100 }));
    writeFileSync(join(dir, 'long.txt'), wrong.repeat(3));
    git('init', '-q');
    git('add', 'long.txt');
    const run = runCli(['--staged', '-f', 'json'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(parseReport(run.stdout)[0]?.messages).toEqual([expect.objectContaining({ severity: 1, message: `Staged copy is ${wrong.length * 3} bytes, over the limit of 100 (maxFileSize in .linterrc.json); not linted` })]);
  });

  it('should never stage a symbolic link replaced by a copy under --fix', () => {
    writeFileSync(join(dir, 'story.txt'), wrong);
    // Named to come first: the link is met before the file it points to.
    symlinkSync('story.txt', join(dir, 'latest.txt'));
    git('init', '-q');
    git('add', 'story.txt', 'latest.txt');
    const run = runCli(['--staged', '--fix'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(lstatSync(join(dir, 'latest.txt')).isSymbolicLink()).toBe(true);
    const index = execFileSync('git', ['ls-files', '-s'], { cwd: dir, encoding: 'utf8' });
    expect(index).toMatch(/^120000 [0-9a-f]+ 0\tlatest\.txt$/m);
    expect(execFileSync('git', ['show', ':story.txt'], { cwd: dir, encoding: 'utf8' })).toBe(right);
  });
});
