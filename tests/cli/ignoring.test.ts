/** Ignoring as ESLint does: named ignored files are skipped with a warning, an all-ignored folder is exit 2. */
import { describe, expect, it } from 'vitest';
import { makeFolder, parseReport, runCli } from '../helpers/cli.js';

const damaged = 'Gas came to the coast through the pipeline called Kraft Siberia.\n';
const config = JSON.stringify({ ignores: ['archive/**'] });

describe('lint-articles ignoring files', () => {
  it('should skip a named file that matches ignores with a warning and keep the exit code', () => {
    const folder = makeFolder({ '.linterrc.json': config, 'archive/old.txt': damaged, 'news/today.txt': 'Plain words.\n' });
    const run = runCli(['archive/old.txt', 'news/today.txt'], { cwd: folder });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('lint-articles: warning: archive/old.txt is ignored (it matches `archive/**`); not linted. Use --no-ignore to lint it\n');
  });

  it('should exit 0 when the only file named is ignored, so that a pre-commit hook passes', () => {
    const folder = makeFolder({ '.linterrc.json': config, 'archive/old.txt': damaged });
    const run = runCli(['archive/old.txt'], { cwd: folder });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('archive/old.txt is ignored');
  });

  it('should exit 2 when every file of a folder given is ignored', () => {
    const folder = makeFolder({ '.linterrc.json': config, 'archive/old.txt': damaged, 'archive/older.md': damaged });
    const run = runCli(['archive'], { cwd: folder });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('All files matched by `archive` are ignored (2 articles); nothing was linted');
  });

  it('should exit 2 when every file a glob matches is ignored', () => {
    const folder = makeFolder({ '.linterrc.json': config, 'archive/old.txt': damaged });
    const run = runCli(['archive/*.txt'], { cwd: folder });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('All files matched by `archive/*.txt` are ignored (1 file)');
  });

  it('should lint an ignored file with --no-ignore', () => {
    const folder = makeFolder({ '.linterrc.json': config, 'archive/old.txt': damaged });
    const run = runCli(['--no-ignore', '-f', 'json', 'archive/old.txt'], { cwd: folder });
    expect(run.status).toBe(1);
    expect(parseReport(run.stdout)[0]?.messages[0]?.ruleId).toBe('translated-name');
  });

  it('should skip files matching each --ignore-pattern, relative to the working folder', () => {
    const folder = makeFolder({ 'drafts/a.txt': damaged, 'wire/b.txt': damaged, 'news/c.txt': 'Plain words.\n' });
    const run = runCli(['--ignore-pattern', 'drafts/**', '--ignore-pattern', 'wire/*.txt', '-f', 'json', '.'], { cwd: folder });
    expect(run.status).toBe(0);
    expect(parseReport(run.stdout).map((result) => result.filePath.replace(/^.*\//, ''))).toEqual(['c.txt']);
  });

  it('should drop findings with an object in ignores, the one key for ignoring', () => {
    const folder = makeFolder({
      '.linterrc.json': JSON.stringify({ ignores: [{ files: ['explainers/**'], rules: ['translated-name'] }] }),
      'explainers/mt.txt': damaged,
    });
    const run = runCli(['explainers/mt.txt'], { cwd: folder });
    expect(run).toMatchObject({ status: 0, stdout: '', stderr: '' });
  });

  it('should still read the old `ignore` key and say how to move it into `ignores`', () => {
    const folder = makeFolder({
      '.linterrc.json': JSON.stringify({ ignore: [{ files: ['explainers/**'], rules: ['translated-name'] }] }),
      'explainers/mt.txt': damaged,
    });
    const run = runCli(['explainers/mt.txt'], { cwd: folder });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('`ignore` is deprecated; move its entries, unchanged, into `ignores`');
  });
});
