/**
 * The pre-commit integration against real git: a temporary repository, the built binary, real
 * commits. Git is isolated from the machine's configuration (HOME, GIT_CONFIG_NOSYSTEM).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliPath, makeFolder, runCli } from './helpers/cli.js';

const damaged = 'Gas came to China via the pipeline called Kraft Siberia.\n';
const clean = 'Gas came to China via the Power of Siberia pipeline.\n';

let home: string;
beforeAll(() => {
  home = mkdtempSync(join(tmpdir(), 'lint-articles-home-'));
});

function gitEnvironment(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_TERMINAL_PROMPT: '0',
    NO_COLOR: '1',
    CI: '',
  };
}

function git(cwd: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync('git', ['-c', 'user.name=Desk Editor', '-c', 'user.email=desk@example.com', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], {
    cwd,
    encoding: 'utf8',
    env: gitEnvironment(),
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function repository(files: Record<string, string> = {}): string {
  const folder = makeFolder(files);
  expect(git(folder, 'init', '-q').status).toBe(0);
  return folder;
}

function cli(cwd: string, ...args: string[]) {
  return runCli(args, { cwd, env: gitEnvironment() });
}

function commitCount(cwd: string): number {
  const log = git(cwd, 'rev-list', '--count', 'HEAD');
  return log.status === 0 ? Number(log.stdout.trim()) : 0;
}

describe('--install-hook', () => {
  it('should write an executable pre-commit hook, idempotently', () => {
    const repo = repository();
    const first = cli(repo, '--install-hook');
    expect(first.status).toBe(0);
    const hook = join(repo, '.git', 'hooks', 'pre-commit');
    expect(first.stdout).toContain(hook);
    expect(statSync(hook).mode & 0o111).not.toBe(0);
    const script = readFileSync(hook, 'utf8');
    expect(script).toContain('--staged');
    expect(script).toContain(cliPath);
    const second = cli(repo, '--install-hook');
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(/already installed/);
    expect(readFileSync(hook, 'utf8')).toBe(script);
  });

  it('should honour core.hooksPath', () => {
    const repo = repository();
    expect(git(repo, 'config', 'core.hooksPath', '.githooks').status).toBe(0);
    expect(cli(repo, '--install-hook').status).toBe(0);
    expect(existsSync(join(repo, '.githooks', 'pre-commit'))).toBe(true);
    expect(existsSync(join(repo, '.git', 'hooks', 'pre-commit'))).toBe(false);
  });

  it('should refuse to replace a hook it did not write unless --force, and keep that hook', () => {
    const repo = repository();
    const hook = join(repo, '.git', 'hooks', 'pre-commit');
    mkdirSync(join(repo, '.git', 'hooks'), { recursive: true });
    writeFileSync(hook, '#!/bin/sh\necho team hook\n', { mode: 0o755 });
    const refused = cli(repo, '--install-hook');
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/did not write/);
    expect(readFileSync(hook, 'utf8')).toBe('#!/bin/sh\necho team hook\n');
    expect(cli(repo, '--uninstall-hook').status).toBe(2);
    expect(existsSync(hook)).toBe(true);
    const forced = cli(repo, '--install-hook', '--force');
    expect(forced.status).toBe(0);
    expect(readFileSync(`${hook}.backup`, 'utf8')).toBe('#!/bin/sh\necho team hook\n');
    expect(readFileSync(hook, 'utf8')).toContain('lint-articles');
  });

  it("should never overwrite the backup of the user's hook with a second --install-hook --force", () => {
    const repo = repository();
    const hook = join(repo, '.git', 'hooks', 'pre-commit');
    mkdirSync(join(repo, '.git', 'hooks'), { recursive: true });
    writeFileSync(hook, '#!/bin/sh\necho team hook\n', { mode: 0o755 });
    expect(cli(repo, '--install-hook', '--force').status).toBe(0);
    expect(cli(repo, '--install-hook', '--force').status).toBe(0);
    // Another tool writes its own hook over ours; forcing again must not lose the first one.
    writeFileSync(hook, '#!/bin/sh\necho other tool\n', { mode: 0o755 });
    const refused = cli(repo, '--install-hook', '--force');
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/already keeps an earlier one/);
    expect(readFileSync(`${hook}.backup`, 'utf8')).toBe('#!/bin/sh\necho team hook\n');
    expect(readFileSync(hook, 'utf8')).toBe('#!/bin/sh\necho other tool\n');
  });

  it("should put the user's hook back with --uninstall-hook", () => {
    const repo = repository();
    const hook = join(repo, '.git', 'hooks', 'pre-commit');
    mkdirSync(join(repo, '.git', 'hooks'), { recursive: true });
    writeFileSync(hook, '#!/bin/sh\necho team hook\n', { mode: 0o755 });
    expect(cli(repo, '--install-hook', '--force').status).toBe(0);
    const removed = cli(repo, '--uninstall-hook');
    expect(removed.status).toBe(0);
    expect(removed.stdout).toMatch(/back in place/);
    expect(readFileSync(hook, 'utf8')).toBe('#!/bin/sh\necho team hook\n');
    expect(statSync(hook).mode & 0o111).not.toBe(0);
    expect(existsSync(`${hook}.backup`)).toBe(false);
  });

  it('should remove only its own hook with --uninstall-hook', () => {
    const repo = repository();
    expect(cli(repo, '--install-hook').status).toBe(0);
    const removed = cli(repo, '--uninstall-hook');
    expect(removed.status).toBe(0);
    expect(existsSync(join(repo, '.git', 'hooks', 'pre-commit'))).toBe(false);
    expect(cli(repo, '--uninstall-hook').stdout).toMatch(/nothing to remove/);
  });
});

describe('the installed hook on real commits', () => {
  it('should refuse a commit with an error and accept a clean one', () => {
    const repo = repository({ 'articles/gas.txt': damaged, 'notes.log': damaged });
    expect(cli(repo, '--install-hook').status).toBe(0);
    git(repo, 'add', '.');
    const refused = git(repo, 'commit', '-m', 'Gas story');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('Replace `Kraft Siberia` with `Power of Siberia`');
    expect(refused.stderr).toContain('articles/gas.txt');
    // Only articles are linted: notes.log matches no `files` glob.
    expect(refused.stderr).not.toContain('notes.log');
    expect(commitCount(repo)).toBe(0);

    writeFileSync(join(repo, 'articles', 'gas.txt'), clean);
    git(repo, 'add', '.');
    const accepted = git(repo, 'commit', '-m', 'Gas story');
    expect(accepted.stderr).toBe('');
    expect(accepted.status).toBe(0);
    expect(commitCount(repo)).toBe(1);
  });

  it('should judge a partly staged file by its staged content', () => {
    const repo = repository({ 'gas.md': clean });
    expect(cli(repo, '--install-hook').status).toBe(0);
    git(repo, 'add', '.');
    expect(git(repo, 'commit', '-m', 'first').status).toBe(0);

    // Staged: damaged. Working tree: clean again. The commit would carry the damage.
    writeFileSync(join(repo, 'gas.md'), `${clean}${damaged}`);
    git(repo, 'add', 'gas.md');
    writeFileSync(join(repo, 'gas.md'), `${clean}${clean}`);
    const refused = git(repo, 'commit', '-m', 'second');
    expect(refused.status).toBe(1);
    // Git sends a hook's standard output to its standard error.
    expect(refused.stderr).toContain('2:43');
    expect(commitCount(repo)).toBe(1);

    // Staged: clean. Working tree: damaged. The commit is clean.
    writeFileSync(join(repo, 'gas.md'), `${clean}${clean}`);
    git(repo, 'add', 'gas.md');
    writeFileSync(join(repo, 'gas.md'), damaged);
    expect(git(repo, 'commit', '-m', 'third').status).toBe(0);
    expect(commitCount(repo)).toBe(2);
  });

  it('should not block on warnings unless --max-warnings says so', () => {
    const repo = repository({ '.linterrc.json': '{ "rules": { "translated-name": "warn" } }\n', 'gas.txt': damaged });
    git(repo, 'add', '.');
    expect(cli(repo, '--install-hook').status).toBe(0);
    const passed = git(repo, 'commit', '-m', 'warned');
    expect(passed.status).toBe(0);
    expect(passed.stderr).toContain('1 problem (0 errors, 1 warning)');

    writeFileSync(join(repo, 'gas.txt'), `${damaged}${damaged}`);
    git(repo, 'add', '.');
    expect(cli(repo, '--install-hook', '--max-warnings', '0').status).toBe(0);
    const blocked = git(repo, 'commit', '-m', 'too many warnings');
    expect(blocked.status).toBe(1);
    expect(blocked.stderr).toContain('too many warnings');
  });

  it('should read the temporary index of `git commit -a` and `git commit <path>`', () => {
    const repo = repository({ 'gas.txt': clean });
    git(repo, 'add', '.');
    expect(git(repo, 'commit', '-m', 'first').status).toBe(0);
    expect(cli(repo, '--install-hook').status).toBe(0);
    writeFileSync(join(repo, 'gas.txt'), `${clean}${damaged}`);
    expect(git(repo, 'commit', '-a', '-m', 'all').status).toBe(1);
    expect(git(repo, 'commit', '-m', 'path', 'gas.txt').status).toBe(1);
    expect(commitCount(repo)).toBe(1);
  });

  it('should skip deleted files', () => {
    const repo = repository({ 'gas.txt': clean });
    git(repo, 'add', '.');
    expect(git(repo, 'commit', '-m', 'first').status).toBe(0);
    expect(cli(repo, '--install-hook').status).toBe(0);
    git(repo, 'rm', '-q', 'gas.txt');
    expect(git(repo, 'commit', '-m', 'remove').status).toBe(0);
  });
});

describe('--staged --fix', () => {
  it('should refuse when the working copy differs from the staged copy', () => {
    const repo = repository({ 'gas.txt': damaged });
    git(repo, 'add', '.');
    writeFileSync(join(repo, 'gas.txt'), `${damaged}More.\n`);
    const run = cli(repo, '--staged', '--fix');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/gas\.txt has unstaged changes/);
    expect(readFileSync(join(repo, 'gas.txt'), 'utf8')).toBe(`${damaged}More.\n`);
  });

  it('should fix the file and stage the fix when both copies agree', () => {
    const repo = repository({ 'gas.txt': damaged });
    git(repo, 'add', '.');
    const run = cli(repo, '--staged', '--fix');
    expect(run.status).toBe(0);
    const fixed = 'Gas came to China via the pipeline called Power of Siberia.\n';
    expect(readFileSync(join(repo, 'gas.txt'), 'utf8')).toBe(fixed);
    expect(git(repo, 'show', ':gas.txt').stdout).toBe(fixed);
  });

  it('should say so when run outside a repository', () => {
    const run = cli(makeFolder({ 'gas.txt': damaged }), '--staged');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/git/i);
  });
});
