/** Option combinations that cannot work are refused with exit 2 and a line that says why. */
import { describe, expect, it } from 'vitest';
import { makeFolder, runCli } from '../helpers/cli.js';

const damaged = 'Gas came to the coast through the pipeline called Kraft Siberia.\n';

describe('lint-articles refuses what cannot work', () => {
  it('should refuse --ndjson with a format other than json', () => {
    const run = runCli(['--stdin', '--ndjson', '-f', 'sarif'], { cwd: makeFolder({}), input: '{"id":"a","text":"x"}\n' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--ndjson writes one JSON result per line; it cannot write --format sarif');
    expect(run.stdout).toBe('');
  });

  it('should accept --ndjson with -f json, the format it writes', () => {
    const run = runCli(['--stdin', '--ndjson', '-f', 'json'], { cwd: makeFolder({}), input: '{"id":"a","text":"Plain words."}\n' });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout.trim())).toMatchObject({ id: 'a', errorCount: 0 });
  });

  it('should refuse --stdin with file names, which it would ignore', () => {
    const folder = makeFolder({ 'file.txt': damaged });
    const run = runCli(['--stdin', 'file.txt'], { cwd: folder, input: 'Plain words.\n' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--stdin lints standard input and would ignore file.txt');
  });

  it('should refuse --ndjson with --output-file, which it would not write', () => {
    const run = runCli(['--stdin', '--ndjson', '-o', 'report.ndjson'], { cwd: makeFolder({}), input: '' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--ndjson writes its results to standard output');
  });

  it('should refuse --stdin-filename without --stdin', () => {
    const folder = makeFolder({ 'file.txt': damaged });
    const run = runCli(['--stdin-filename', 'a.txt', 'file.txt'], { cwd: folder });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--stdin-filename names standard input: add --stdin');
  });

  it('should refuse --cache with --stdin', () => {
    const run = runCli(['--stdin', '--cache'], { cwd: makeFolder({}), input: 'Plain words.\n' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--cache remembers files on disk; it cannot apply to --stdin');
  });

  it('should refuse --force without --install-hook', () => {
    const folder = makeFolder({ 'file.txt': damaged });
    const run = runCli(['--force', 'file.txt'], { cwd: folder });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--force only applies to --install-hook');
  });
});

describe('lint-articles refuses runs that would lint nothing', () => {
  it('should exit 2 on a folder without articles, rather than pass having linted nothing', () => {
    const folder = makeFolder({ 'photos/caption.jpg': 'not an article' });
    const run = runCli(['photos'], { cwd: folder });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('No articles in `photos` (files: **/*.txt, **/*.md, **/*.markdown)');
  });

  it('should refuse file names given to a command that prints and exits', () => {
    const folder = makeFolder({ 'file.txt': damaged });
    const run = runCli(['--list-rules', 'file.txt'], { cwd: folder });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--list-rules lints no files and would ignore file.txt');
  });

  it('should refuse two commands that each print and exit', () => {
    const run = runCli(['--list-rules', '--explain', 'calque'], { cwd: makeFolder({}) });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--list-rules and --explain each do one thing and exit');
  });
});

describe('lint-articles --stdin --fix', () => {
  it('should write the fixed article to stdout and the report to stderr', () => {
    const run = runCli(['--stdin', '--fix', '--stdin-filename', 'wire.txt'], { cwd: makeFolder({}), input: damaged });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('Gas came to the coast through the pipeline called Power of Siberia.\n');
    expect(run.stderr).toBe('');
  });

  it('should write an article with nothing to fix through unchanged, byte for byte', () => {
    const input = Buffer.from('\uFEFFA plain line.\r\nAnother one.\r\n', 'utf8');
    const run = runCli(['--stdin', '--fix'], { cwd: makeFolder({}), input });
    expect(run.status).toBe(0);
    expect(Buffer.from(run.stdout, 'utf8').equals(input)).toBe(true);
  });

  it('should put the remaining findings on stderr in the chosen format while stdout holds the article', () => {
    const input = `${damaged}Leave a Comment\n`;
    const run = runCli(['--stdin', '--fix', '-f', 'json'], { cwd: makeFolder({}), input });
    const report = JSON.parse(run.stderr) as Array<{ output?: string; messages: Array<{ ruleId: string }> }>;
    expect(run.stdout.startsWith('Gas came to the coast through the pipeline called Power of Siberia.\n')).toBe(true);
    expect(report[0]?.output).toBe(run.stdout);
    expect(report[0]?.messages.map((message) => message.ruleId)).not.toContain('translated-name');
  });

  it('should pass input it cannot lint through untouched and report why on stderr', () => {
    const input = Buffer.from([0x41, 0x00, 0x42, 0x0a]);
    const run = runCli(['--stdin', '--fix'], { cwd: makeFolder({}), input });
    expect(Buffer.from(run.stdout, 'latin1').equals(input)).toBe(true);
    expect(run.stderr).toContain('File looks binary');
  });
});
