/** The command line as a user runs it: the built binary, real files, exit codes. */
import { readFileSync, statSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeFolder, runCli } from './helpers/cli.js';

const clean = 'Russian Foreign Minister Sergei Lavrov met his Chinese counterpart Wang Yi in Beijing on Tuesday. Turkey said it would send a delegation to the talks.\n';
const damaged = 'Gas came to China via the pipeline called Kraft Siberia.\n';

describe('lint-articles (command line)', () => {
  it('should print nothing and exit 0 on a clean article', () => {
    const folder = makeFolder({ 'clean.txt': clean });
    const run = runCli(['clean.txt'], { cwd: folder });
    expect(run).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('should report an error with line and column and exit 1', () => {
    const folder = makeFolder({ 'story.txt': damaged });
    const run = runCli(['story.txt'], { cwd: folder });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('1:43  error  Replace `Kraft Siberia` with `Power of Siberia`  translated-name');
    expect(run.stdout).toContain('1 problem (1 error, 0 warnings)');
  });

  it('should exit 2 on an unknown flag', () => {
    const run = runCli(['--bogus', 'x.txt'], { cwd: makeFolder({}) });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('lint-articles: Unknown option `--bogus`. See `lint-articles --help`\n');
  });

  it('should exit 2 naming a missing file', () => {
    const run = runCli(['missing-story.txt'], { cwd: makeFolder({}) });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('missing-story.txt');
  });

  it('should exit 2 when no file is given', () => {
    const run = runCli([], { cwd: makeFolder({}) });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/No files given/);
  });

  it('should turn an unreadable file into a fatal message and still lint the others', () => {
    const folder = makeFolder({ 'a-bad.txt': Buffer.from([0x41, 0x42, 0xff, 0x43]), 'b-story.txt': damaged });
    const run = runCli(['--format', 'json', '.'], { cwd: folder });
    expect(run.status).toBe(1);
    const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ fatal?: boolean; message: string; ruleId: string | null }> }>;
    expect(results.map((result) => result.filePath.slice(folder.length + 1))).toEqual(['a-bad.txt', 'b-story.txt']);
    expect(results[0]?.messages[0]).toMatchObject({ fatal: true, ruleId: null });
    expect(results[0]?.messages[0]?.message).toMatch(/Invalid UTF-8 at byte offset 2/);
    expect(results[1]?.messages[0]?.ruleId).toBe('translated-name');
  });

  it('should search a folder for articles but not for the repository documents beside them', () => {
    const folder = makeFolder({ 'README.md': damaged, 'desk/story.md': damaged, 'desk/notes.json': damaged, 'node_modules/x/story.txt': damaged });
    const run = runCli(['--format', 'json', '.'], { cwd: folder });
    expect((JSON.parse(run.stdout) as Array<{ filePath: string }>).map((result) => result.filePath.slice(folder.length + 1))).toEqual(['desk/story.md']);
  });

  it('should print ESLint-shaped JSON', () => {
    const folder = makeFolder({ 'story.txt': damaged });
    const run = runCli(['--format', 'json', 'story.txt'], { cwd: folder });
    const [result] = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
    expect(Object.keys(result ?? {}).sort()).toEqual(['errorCount', 'fatalErrorCount', 'filePath', 'fixableErrorCount', 'fixableWarningCount', 'messages', 'warningCount']);
    expect((result?.messages as unknown[])[0]).toMatchObject({
      ruleId: 'translated-name',
      severity: 2,
      line: 1,
      column: 43,
      endLine: 1,
      endColumn: 56,
      fix: { range: [42, 55], text: 'Power of Siberia' },
      actual: 'Kraft Siberia',
      expected: ['Power of Siberia'],
      confidence: 'certain',
    });
  });

  it('should lint standard input under the given file name', () => {
    const run = runCli(['--stdin', '--stdin-filename', 'wire.txt', '--format', 'json'], { cwd: makeFolder({}), input: damaged });
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)[0].filePath).toBe('wire.txt');
  });

  it('should fix a file in place, keeping its mode, and leave nothing to fix', () => {
    const folder = makeFolder({ 'story.txt': damaged });
    const file = join(folder, 'story.txt');
    chmodSync(file, 0o640);
    const first = runCli(['--fix', 'story.txt'], { cwd: folder });
    expect(first.status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe('Gas came to China via the pipeline called Power of Siberia.\n');
    expect(statSync(file).mode & 0o777).toBe(0o640);
    const second = runCli(['story.txt'], { cwd: folder });
    expect(second).toMatchObject({ status: 0, stdout: '' });
  });

  it('should keep a BOM and CRLF line endings when fixing', () => {
    const folder = makeFolder({ 'story.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Line one.\r\nVia Kraft Siberia.\r\n')]) });
    runCli(['--fix', 'story.txt'], { cwd: folder });
    expect(readFileSync(join(folder, 'story.txt'))).toEqual(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Line one.\r\nVia Power of Siberia.\r\n')]));
  });

  it('should show the fix without writing it under --fix-dry-run', () => {
    const folder = makeFolder({ 'story.txt': damaged });
    const run = runCli(['--fix-dry-run', '--format', 'json', 'story.txt'], { cwd: folder });
    expect(JSON.parse(run.stdout)[0].output).toBe('Gas came to China via the pipeline called Power of Siberia.\n');
    expect(readFileSync(join(folder, 'story.txt'), 'utf8')).toBe(damaged);
  });

  it('should turn a rule off from the command line', () => {
    const folder = makeFolder({ 'story.txt': damaged });
    expect(runCli(['--rule', 'translated-name: off', 'story.txt'], { cwd: folder })).toMatchObject({ status: 0, stdout: '' });
  });

  it('should exit 1 on warnings over --max-warnings and 0 within it', () => {
    const folder = makeFolder({ 'story.txt': damaged });
    expect(runCli(['--rule', 'translated-name: warn', 'story.txt'], { cwd: folder }).status).toBe(0);
    expect(runCli(['--rule', 'translated-name: warn', '--max-warnings', '0', 'story.txt'], { cwd: folder }).status).toBe(1);
    expect(runCli(['--rule', 'translated-name: warn', '--max-warnings', '1', 'story.txt'], { cwd: folder }).status).toBe(0);
  });

  it('should report errors only under --quiet', () => {
    const folder = makeFolder({ 'story.txt': damaged });
    expect(runCli(['--quiet', '--rule', 'translated-name: warn', 'story.txt'], { cwd: folder }).stdout).toBe('');
  });

  it('should exit 2 on an unknown rule id, naming it', () => {
    const run = runCli(['--rule', 'no-such-rule: off', 'x.txt'], { cwd: makeFolder({ 'x.txt': clean }) });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Unknown rule `no-such-rule`');
  });

  it('should exit 2 on an unknown configuration key, naming file and key', () => {
    const folder = makeFolder({ '.linterrc.json': '{ "rulez": {} }', 'x.txt': clean });
    const run = runCli(['x.txt'], { cwd: folder });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Unknown key `rulez`');
    expect(run.stderr).toContain('.linterrc.json');
  });

  it('should exit 2 on malformed configuration JSON, naming line and column', () => {
    const folder = makeFolder({ '.linterrc.json': '{\n  "rules": {,}\n}', 'x.txt': clean });
    const run = runCli(['x.txt'], { cwd: folder });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/line 2, column \d+/);
  });

  it('should apply rule settings from .linterrc.json found in a parent folder', () => {
    const folder = makeFolder({ '.linterrc.json': '{ "rules": { "translated-name": "warn" } }', 'desk/story.txt': damaged });
    const run = runCli(['story.txt'], { cwd: join(folder, 'desk') });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('warning');
  });

  it('should list the rules and print the configuration', () => {
    const folder = makeFolder({});
    expect(runCli(['--list-rules'], { cwd: folder }).stdout).toMatch(/^translated-name\s+error\s+fix\s+/m);
    const printed = JSON.parse(runCli(['--print-config', 'x.txt'], { cwd: folder }).stdout) as { rules: Record<string, unknown> };
    expect(printed.rules['translated-name']).toEqual(['error', {}]);
  });

  it('should print its version', () => {
    const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(runCli(['--version'], { cwd: makeFolder({}) }).stdout.trim()).toBe(packageJson.version);
  });
});

describe('lint-articles as the README runs it', () => {
  it('should run through `npx lint-articles` from the package folder after a build', () => {
    const root = fileURLToPath(new URL('..', import.meta.url));
    expect(statSync(join(root, 'dist', 'cli.js')).mode & 0o111).not.toBe(0);
    const run = spawnSync('npx', ['--no-install', 'lint-articles', '--version'], { cwd: root, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
  });
});
