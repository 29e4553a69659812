/**
 * The built command line against files that are not well-behaved articles: each such file gets a
 * message of its own, and the run goes on with the others.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultConfig } from '../src/config/load.js';
import { createLinter } from '../src/linter.js';
import { collectFiles } from '../src/node/files.js';
import { lintFiles } from '../src/node/lint-files.js';
import { makeTemporaryFolder, parseReport, runCli, type JsonResult } from './helpers/cli.js';

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

function resultFor(results: JsonResult[], name: string): JsonResult {
  const found = results.find((result) => result.filePath === join(dir, name));
  if (!found) throw new Error(`No result for ${name} in ${results.map((result) => result.filePath).join(', ')}`);
  return found;
}

function utf16le(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

function utf16be(text: string): Buffer {
  const body = Buffer.from(text, 'utf16le');
  body.swap16();
  return Buffer.concat([Buffer.from([0xfe, 0xff]), body]);
}

describe('hostile files', () => {
  it('should skip a binary file with a warning on that file and lint the others', () => {
    writeFileSync(join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]));
    writeFileSync(join(dir, 'story.txt'), wrong);
    const run = runCli(['--format', 'json', '.'], { cwd: dir });
    expect(run.status).toBe(1);
    const results = parseReport(run.stdout);
    expect(resultFor(results, 'image.txt').messages).toEqual([expect.objectContaining({ severity: 1, ruleId: null, message: expect.stringContaining('binary') })]);
    expect(resultFor(results, 'story.txt').messages[0]?.ruleId).toBe('translated-name');
  });

  it('should report invalid UTF-8 with the offset of the first bad byte and never rewrite it under --fix', () => {
    const bytes = Buffer.concat([Buffer.from('Kraft Siberia and caf\u00e9 '), Buffer.from([0xc3, 0x28]), Buffer.from(' end\n')]);
    const path = join(dir, 'broken.txt');
    writeFileSync(path, bytes);
    const before = statSync(path).mtimeMs;
    const run = runCli(['--format', 'json', '--fix', 'broken.txt'], { cwd: dir });
    expect(run.status).toBe(1);
    const [message] = resultFor(parseReport(run.stdout), 'broken.txt').messages;
    // "Kraft Siberia and café " is 24 bytes: é takes two.
    expect(message).toMatchObject({ fatal: true, severity: 2, message: expect.stringContaining('byte offset 24 (0xC3)') });
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(statSync(path).mtimeMs).toBe(before);
  });

  it('should read UTF-16 with a byte order mark and write fixes back in the same encoding', () => {
    writeFileSync(join(dir, 'le.txt'), utf16le(`\u00c9t\u00e9: ${wrong}`));
    writeFileSync(join(dir, 'be.txt'), utf16be(wrong));
    const lint = runCli(['--format', 'json', 'le.txt'], { cwd: dir });
    expect(resultFor(parseReport(lint.stdout), 'le.txt').messages[0]).toMatchObject({ line: 1, column: 48, ruleId: 'translated-name' });
    const fix = runCli(['--fix', 'le.txt', 'be.txt'], { cwd: dir });
    expect(fix.status).toBe(0);
    expect(readFileSync(join(dir, 'le.txt')).equals(utf16le(`\u00c9t\u00e9: ${right}`))).toBe(true);
    expect(readFileSync(join(dir, 'be.txt')).equals(utf16be(right))).toBe(true);
  });

  it('should refuse a UTF-16 file with a lone surrogate, naming its byte offset, and never rewrite it under --fix', () => {
    // BOM (2 bytes) + "Kraft Siberia " (14 units, 28 bytes): the lone high surrogate starts at byte 30.
    const bytes = utf16le(`Kraft Siberia \ud83d and more.\n`);
    const path = join(dir, 'lone.txt');
    writeFileSync(path, bytes);
    const run = runCli(['--format', 'json', '--fix', 'lone.txt'], { cwd: dir });
    expect(run.status).toBe(1);
    const [message] = resultFor(parseReport(run.stdout), 'lone.txt').messages;
    expect(message).toMatchObject({ fatal: true, severity: 2, message: expect.stringContaining('Invalid UTF-16LE at byte offset 30') });
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it('should find nothing in an empty file', () => {
    writeFileSync(join(dir, 'empty.txt'), '');
    const run = runCli(['--format', 'json', 'empty.txt'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(resultFor(parseReport(run.stdout), 'empty.txt').messages).toEqual([]);
  });

  it('should recurse into a folder, honouring the ignores, dot files and node_modules', () => {
    mkdirSync(join(dir, 'news/archive'), { recursive: true });
    mkdirSync(join(dir, 'news/node_modules/pkg'), { recursive: true });
    writeFileSync(join(dir, '.linterrc.json'), JSON.stringify({ ignores: ['news/archive/**'] }));
    writeFileSync(join(dir, 'news/today.txt'), wrong);
    writeFileSync(join(dir, 'news/deep.md'), wrong);
    writeFileSync(join(dir, 'news/archive/old.txt'), wrong);
    writeFileSync(join(dir, 'news/node_modules/pkg/readme.txt'), wrong);
    writeFileSync(join(dir, 'news/.today.txt.123.abc.tmp'), wrong);
    writeFileSync(join(dir, 'news/.draft.txt'), wrong);
    writeFileSync(join(dir, 'news/data.json'), wrong);
    const run = runCli(['--format', 'json', 'news'], { cwd: dir });
    expect(parseReport(run.stdout).map((result) => result.filePath)).toEqual([join(dir, 'news/deep.md'), join(dir, 'news/today.txt')]);
  });

  it('should report a symlink loop on its path and go on', () => {
    symlinkSync('loop-b.txt', join(dir, 'loop-a.txt'));
    symlinkSync('loop-a.txt', join(dir, 'loop-b.txt'));
    writeFileSync(join(dir, 'story.txt'), wrong);
    const run = runCli(['--format', 'json', 'loop-a.txt', 'story.txt'], { cwd: dir });
    expect(run.status).toBe(1);
    const results = parseReport(run.stdout);
    expect(resultFor(results, 'loop-a.txt').messages).toEqual([expect.objectContaining({ fatal: true, message: expect.stringContaining('ELOOP') })]);
    expect(resultFor(results, 'story.txt').messages).toHaveLength(1);
  });

  it('should refuse a FIFO without blocking on it', () => {
    try {
      execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    } catch {
      return; // No mkfifo on this system: nothing to test.
    }
    const run = runCli(['--format', 'json', 'pipe.txt'], { cwd: dir });
    expect(resultFor(parseReport(run.stdout), 'pipe.txt').messages).toEqual([expect.objectContaining({ severity: 1, message: expect.stringContaining('Not a regular file') })]);
  });

  it('should report a file it may not read and go on', (context) => {
    writeFileSync(join(dir, 'secret.txt'), wrong);
    writeFileSync(join(dir, 'story.txt'), wrong);
    chmodSync(join(dir, 'secret.txt'), 0o000);
    chmodSync(dir, 0o755);
    // Root reads a file of mode 000 anyway, so as root the command runs as `nobody` instead.
    const asRoot = process.getuid?.() === 0;
    const user = asRoot ? { uid: 65534, gid: 65534 } : {};
    if (asRoot && runCli(['--version'], { cwd: dir, ...user }).status !== 0) {
      context.skip('running as root, and user nobody cannot run the built command line here');
    }
    const run = runCli(['--format', 'json', '--no-config-lookup', 'secret.txt', 'story.txt'], { cwd: dir, ...user });
    const results = parseReport(run.stdout);
    expect(resultFor(results, 'secret.txt').messages).toEqual([expect.objectContaining({ fatal: true, message: expect.stringContaining('Permission denied (EACCES)') })]);
    expect(resultFor(results, 'story.txt').messages).toHaveLength(1);
  });

  it('should report a file that vanishes between collection and reading and go on', () => {
    writeFileSync(join(dir, 'gone.txt'), wrong);
    writeFileSync(join(dir, 'story.txt'), wrong);
    const linter = createLinter(defaultConfig(dir));
    const files = collectFiles(['.'], { cwd: dir, files: linter.config.files, ignores: [], baseDirectory: dir });
    rmSync(join(dir, 'gone.txt'));
    const results = lintFiles(files, linter);
    expect(results.map((result) => result.messages[0]?.message)).toEqual([
      'Cannot read file: File vanished before it could be read (ENOENT)',
      'Replace `Kraft Siberia` with `Power of Siberia`',
    ]);
  });

  it('should refuse a file above maxFileSize with a message naming the limit', () => {
    writeFileSync(join(dir, '.linterrc.json'), JSON.stringify({ maxFileSize: 40 }));
    writeFileSync(join(dir, 'long.txt'), wrong);
    const run = runCli(['--format', 'json', 'long.txt'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(resultFor(parseReport(run.stdout), 'long.txt').messages).toEqual([
      expect.objectContaining({ severity: 1, message: `File is ${wrong.length} bytes, over the limit of 40 (maxFileSize in .linterrc.json); not linted` }),
    ]);
  });

  it('should refuse a 50 MB article by default in little memory', () => {
    writeFileSync(join(dir, 'huge.txt'), 'The minister said on Monday that talks would continue.\n\n'.repeat(900_000));
    const run = runCli(['--format', 'json', 'huge.txt'], { cwd: dir, measureMemory: true });
    expect(run.status).toBe(0);
    expect(resultFor(parseReport(run.stdout), 'huge.txt').messages[0]?.message).toMatch(/^File is 5\d{7} bytes, over the limit of 16777216/);
    expect(run.maxRss).toBeLessThan(200 * 1024);
  });

  it('should lint a 10 MB single line in bounded memory', () => {
    const sentence = 'The minister said on Monday that talks would continue in the capital. ';
    const line = `${sentence.repeat(70_000)}Gas flows via Kraft Siberia. ${sentence.repeat(70_000)}`;
    writeFileSync(join(dir, 'line.txt'), line);
    // A heap of 1 GB: an engine that copied the line per match or per finding would run out.
    const run = runCli(['--format', 'json', 'line.txt'], { cwd: dir, measureMemory: true, maxOldSpaceSize: 1024 });
    expect(run.stderr).not.toContain('heap out of memory');
    expect(run.status).toBe(1);
    expect(resultFor(parseReport(run.stdout), 'line.txt').messages).toEqual([expect.objectContaining({ line: 1, column: sentence.length * 70_000 + 15 })]);
    expect(run.maxRss).toBeLessThan(1536 * 1024);
  });

  it('should apply maxFileSize to standard input too', () => {
    writeFileSync(join(dir, '.linterrc.json'), JSON.stringify({ maxFileSize: 40 }));
    const run = runCli(['--format', 'json', '--stdin', '--stdin-filename', 'piped.txt'], { cwd: dir, input: wrong });
    expect(run.status).toBe(0);
    expect(parseReport(run.stdout)[0]?.messages[0]?.message).toContain('over the limit of 40');
  });
});
