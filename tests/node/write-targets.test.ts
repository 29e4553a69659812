/**
 * Writes that respect what is there: a report, a cache or a fixed article goes only to a regular
 * file or a new path; a fixed article keeps its owner, group, mode, extended attributes and links;
 * the clean-up of killed runs removes only the temporary files this tool names.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getAttributeSync, setAttributeSync } from '@napi-rs/xattr';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { temporaryOwner, temporaryPathIn } from '../../src/node/write-targets.js';
import { makeTemporaryFolder, parseReport, runCli, type JsonResult } from '../helpers/cli.js';

const wrong = 'Gas came to China via the pipeline called Kraft Siberia.\n';
const right = 'Gas came to China via the pipeline called Power of Siberia.\n';
const asRoot = process.getuid?.() === 0;

let folder: { path: string; remove: () => void };
let dir: string;

beforeEach(() => {
  folder = makeTemporaryFolder();
  dir = folder.path;
});

afterEach(() => {
  folder.remove();
});

function makeFifo(path: string): void {
  execFileSync('mkfifo', [path]);
}

function resultFor(results: JsonResult[], name: string): JsonResult {
  const found = results.find((result) => result.filePath === join(dir, name));
  if (!found) throw new Error(`No result for ${name}`);
  return found;
}

function oneLine(stderr: string): string {
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  return stderr;
}

describe('--output-file', () => {
  it('should refuse a symbolic link with exit 2 and one line, leaving the link and its target alone', () => {
    writeFileSync(join(dir, 'story.txt'), wrong);
    writeFileSync(join(dir, 'kept.json'), 'earlier report');
    symlinkSync('kept.json', join(dir, 'report.json'));
    const run = runCli(['-f', 'json', '-o', 'report.json', 'story.txt'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(oneLine(run.stderr)).toMatch(/report\.json: it is a symbolic link/);
    expect(readlinkSync(join(dir, 'report.json'))).toBe('kept.json');
    expect(readFileSync(join(dir, 'kept.json'), 'utf8')).toBe('earlier report');
  });

  it('should refuse a FIFO without blocking on it and leave it a FIFO', () => {
    writeFileSync(join(dir, 'story.txt'), wrong);
    makeFifo(join(dir, 'report.json'));
    const run = runCli(['-f', 'json', '-o', 'report.json', 'story.txt'], { cwd: dir, timeoutMs: 20_000 });
    expect(run.status).toBe(2);
    expect(oneLine(run.stderr)).toMatch(/it is a FIFO/);
    expect(lstatSync(join(dir, 'report.json')).isFIFO()).toBe(true);
  });

  it('should refuse a device node and leave it a device', (context) => {
    if (!asRoot) context.skip('making a device node needs root');
    writeFileSync(join(dir, 'story.txt'), wrong);
    // The same device as /dev/null, made in the temporary folder so that the real one is never at stake.
    try {
      execFileSync('mknod', [join(dir, 'null'), 'c', '1', '3'], { stdio: 'ignore' });
    } catch {
      context.skip('this container may not make device nodes');
    }
    const run = runCli(['-f', 'json', '-o', 'null', 'story.txt'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(oneLine(run.stderr)).toMatch(/it is a device/);
    expect(lstatSync(join(dir, 'null')).isCharacterDevice()).toBe(true);
  });

  it('should refuse a folder', () => {
    writeFileSync(join(dir, 'story.txt'), wrong);
    mkdirSync(join(dir, 'reports'));
    const run = runCli(['-f', 'json', '-o', 'reports', 'story.txt'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(oneLine(run.stderr)).toMatch(/it is a directory/);
  });

  it('should replace a regular file and leave no temporary file behind', () => {
    writeFileSync(join(dir, 'story.txt'), wrong);
    writeFileSync(join(dir, 'report.json'), 'earlier report');
    const run = runCli(['-f', 'json', '-o', 'report.json', 'story.txt'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(parseReport(readFileSync(join(dir, 'report.json'), 'utf8'))).toHaveLength(1);
    expect(readdirSync(dir).sort()).toEqual(['report.json', 'story.txt']);
  });
});

describe('--cache-location', () => {
  it('should refuse a FIFO before reading it, with exit 2 and one line', () => {
    writeFileSync(join(dir, 'story.txt'), wrong);
    makeFifo(join(dir, 'cache'));
    const run = runCli(['--cache', '--cache-location', 'cache', 'story.txt'], { cwd: dir, timeoutMs: 20_000 });
    expect(run.status).toBe(2);
    expect(oneLine(run.stderr)).toMatch(/Cannot use the cache file .*cache: it is a FIFO/);
    expect(lstatSync(join(dir, 'cache')).isFIFO()).toBe(true);
  });

  it('should refuse a symbolic link and leave its target alone', () => {
    writeFileSync(join(dir, 'story.txt'), wrong);
    writeFileSync(join(dir, 'notes.txt'), 'my notes');
    symlinkSync('notes.txt', join(dir, 'cache'));
    const run = runCli(['--cache', '--cache-location', 'cache', 'story.txt'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(oneLine(run.stderr)).toMatch(/it is a symbolic link/);
    expect(readlinkSync(join(dir, 'cache'))).toBe('notes.txt');
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('my notes');
  });

  it('should make the folders of a cache file that do not exist yet', () => {
    writeFileSync(join(dir, 'story.txt'), right);
    const run = runCli(['--cache', '--cache-location', 'build/caches/lint.json', 'story.txt'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'build/caches/lint.json'), 'utf8'))).toMatchObject({ entries: { [join(dir, 'story.txt')]: expect.any(Object) } });
  });
});

describe('--fix on what is there', () => {
  it('should fix a symlinked article through its target and keep the link', () => {
    mkdirSync(join(dir, 'archive'));
    writeFileSync(join(dir, 'archive/story.txt'), wrong);
    symlinkSync('archive/story.txt', join(dir, 'today.txt'));
    const run = runCli(['--fix', 'today.txt'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(lstatSync(join(dir, 'today.txt')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'today.txt'))).toBe('archive/story.txt');
    expect(readFileSync(join(dir, 'archive/story.txt'), 'utf8')).toBe(right);
  });

  it('should refuse to split a file with hard links, and report its findings beside the reason', () => {
    writeFileSync(join(dir, 'story.txt'), wrong);
    linkSync(join(dir, 'story.txt'), join(dir, 'copy.txt'));
    const run = runCli(['--fix', '-f', 'json', 'story.txt'], { cwd: dir });
    expect(run.status).toBe(1);
    const messages = resultFor(parseReport(run.stdout), 'story.txt').messages;
    expect(messages).toEqual([
      expect.objectContaining({ fatal: true, message: expect.stringContaining('2 hard links') }),
      expect.objectContaining({ ruleId: 'translated-name' }),
    ]);
    expect(statSync(join(dir, 'story.txt')).nlink).toBe(2);
    expect(readFileSync(join(dir, 'copy.txt'), 'utf8')).toBe(wrong);
  });

  it('should give the fixed file back to its owner and group when run as root', (context) => {
    if (!asRoot) context.skip('changing owners needs root');
    const path = join(dir, 'story.txt');
    writeFileSync(path, wrong);
    chownSync(path, 1234, 2345);
    chmodSync(path, 0o640);
    const run = runCli(['--fix', 'story.txt'], { cwd: dir });
    expect(run.status).toBe(0);
    const stat = statSync(path);
    expect([stat.uid, stat.gid, stat.mode & 0o7777]).toEqual([1234, 2345, 0o640]);
    expect(readFileSync(path, 'utf8')).toBe(right);
  });

  it('should refuse to fix a file whose owner it cannot keep, and report its findings', (context) => {
    if (!asRoot) context.skip('a file of another owner in a shared folder is set up as root');
    const path = join(dir, 'story.txt');
    writeFileSync(path, wrong);
    chmodSync(path, 0o666);
    chmodSync(dir, 0o777);
    const run = runCli(['--fix', '-f', 'json', '--no-config-lookup', 'story.txt'], { cwd: dir, uid: 1234, gid: 1234 });
    expect(run.status).toBe(1);
    expect(resultFor(parseReport(run.stdout), 'story.txt').messages).toEqual([
      expect.objectContaining({ fatal: true, message: expect.stringMatching(/^Cannot keep the file's owner and group \(0:0\): EPERM; fix not written/) }),
      expect.objectContaining({ ruleId: 'translated-name' }),
    ]);
    expect(statSync(path).uid).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe(wrong);
  });

  it('should keep extended attributes', () => {
    const path = join(dir, 'story.txt');
    writeFileSync(path, wrong);
    setAttributeSync(path, 'user.desk', 'foreign');
    const run = runCli(['--fix', 'story.txt'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe(right);
    expect(getAttributeSync(path, 'user.desk')?.toString()).toBe('foreign');
  });

  it('should keep the findings of a file it may not write, beside the reason', (context) => {
    if (asRoot && runCli(['--version'], { cwd: dir, uid: 1234, gid: 1234 }).status !== 0) context.skip('user 1234 cannot run the built command line here');
    const path = join(dir, 'story.txt');
    writeFileSync(path, wrong);
    if (asRoot) chownSync(path, 1234, 1234);
    // A folder nobody but root may write: the temporary file cannot be made.
    chmodSync(dir, 0o555);
    const run = runCli(['--fix', '-f', 'json', '--no-config-lookup', 'story.txt'], { cwd: dir, ...(asRoot ? { uid: 1234, gid: 1234 } : {}) });
    chmodSync(dir, 0o755);
    expect(run.status).toBe(1);
    expect(resultFor(parseReport(run.stdout), 'story.txt').messages).toEqual([
      expect.objectContaining({ fatal: true, message: 'Cannot write fixed file: EACCES' }),
      expect.objectContaining({ ruleId: 'translated-name', line: 1, column: 43 }),
    ]);
    expect(readFileSync(path, 'utf8')).toBe(wrong);
  });
});

describe('temporary files', () => {
  it('should name each with the fixed prefix, its process and a random part', () => {
    const first = temporaryPathIn(dir);
    const second = temporaryPathIn(dir);
    expect(first).not.toBe(second);
    expect(temporaryOwner(first.slice(dir.length + 1))).toBe(process.pid);
  });

  it('should never take a file named by someone else for one of its own', () => {
    expect(temporaryOwner('.notes.2023.draft.tmp')).toBeUndefined();
    expect(temporaryOwner('.story.txt.123.abc.tmp')).toBeUndefined();
    expect(temporaryOwner('.lint-articles-123-0123456789abcdef.tmp')).toBe(123);
  });

  it('should remove a stale temporary file of its own on --fix and leave a look-alike alone', () => {
    writeFileSync(join(dir, 'story.txt'), wrong);
    writeFileSync(join(dir, '.notes.2023.draft.tmp'), 'a draft');
    writeFileSync(join(dir, '.story.txt.999999999.abc.tmp'), 'also not ours');
    writeFileSync(join(dir, '.lint-articles-999999999-0123456789abcdef.tmp'), 'half a fix');
    const run = runCli(['--fix', 'story.txt'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['.notes.2023.draft.tmp', '.story.txt.999999999.abc.tmp', 'story.txt']);
    expect(existsSync(join(dir, '.notes.2023.draft.tmp'))).toBe(true);
  });
});
