/**
 * The few git plumbing commands the pre-commit integration needs, run with the caller's
 * environment so that GIT_INDEX_FILE (set by `git commit -a` and `git commit <path>` for their
 * temporary index) is honoured.
 */
import { spawnSync } from 'node:child_process';
import { isAbsolute, resolve } from 'node:path';
import { ConfigError } from '../config/errors.js';

export interface GitRun {
  status: number;
  stdout: Buffer;
  stderr: string;
}

export function runGit(args: readonly string[], cwd: string, input?: string): GitRun {
  const result = spawnSync('git', args, { cwd, maxBuffer: 1024 * 1024 * 1024, ...(input !== undefined ? { input } : {}) });
  if (result.error) {
    throw new ConfigError(`Cannot run git: ${(result.error as NodeJS.ErrnoException).code ?? result.error.message}`, { mend: 'Install git or put it on the PATH' });
  }
  return { status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr.toString('utf8').trim() };
}

function gitText(args: readonly string[], cwd: string, what: string): string {
  const run = runGit(args, cwd);
  if (run.status !== 0) throw new ConfigError(`${what} failed: ${run.stderr || `git ${args.join(' ')} exited ${run.status}`}`, { mend: 'Run it inside a git working tree' });
  return run.stdout.toString('utf8').replace(/\n$/, '');
}

/** The top folder of the working tree. */
export function repositoryRoot(cwd: string): string {
  return gitText(['rev-parse', '--show-toplevel'], cwd, 'Finding the git repository');
}

/**
 * The folder git runs hooks from: `core.hooksPath` when set (relative to the top of the working
 * tree, as git reads it), else the repository's own hooks folder (shared by all worktrees).
 */
export function hooksDirectory(cwd: string): string {
  const root = repositoryRoot(cwd);
  const configured = runGit(['config', '--get', 'core.hooksPath'], cwd);
  if (configured.status === 0) {
    const value = configured.stdout.toString('utf8').trim();
    if (value) {
      const expanded = value.startsWith('~/') ? resolve(process.env.HOME ?? '~', value.slice(2)) : value;
      return isAbsolute(expanded) ? expanded : resolve(root, expanded);
    }
  }
  const path = gitText(['rev-parse', '--git-common-dir'], cwd, 'Finding the git folder');
  return resolve(cwd, path, 'hooks');
}

/** A staged file: its path from the root, its mode in the index and the size of its staged copy. */
export interface StagedEntry {
  path: string;
  /** `100644` or `100755` for a file, `120000` for a symbolic link, `160000` for a submodule. */
  mode: string;
  size: number;
}

/**
 * Files added, copied, modified or renamed in the index, with their modes and the sizes of their
 * staged copies, so that a copy over the size limit is refused before it is read.
 */
export function stagedEntries(cwd: string): StagedEntry[] {
  const raw = gitText(['diff', '--cached', '--raw', '--no-abbrev', '--diff-filter=ACMR', '-z', '--no-renames'], cwd, 'Listing staged files');
  // -z: ":<old mode> <new mode> <old id> <new id> <status>" NUL "<path>" NUL, for each file.
  const fields = raw.split('\0');
  const found: Array<{ path: string; mode: string; id: string }> = [];
  for (let index = 0; index + 1 < fields.length; index += 2) {
    const [, mode, , id] = (fields[index] ?? '').replace(/^:/, '').split(' ');
    const path = fields[index + 1];
    if (mode && id && path) found.push({ path, mode, id });
  }
  const sizes = new Map<string, number>();
  const blobs = found.filter((entry) => entry.mode !== '160000');
  if (blobs.length > 0) {
    const run = runGit(['cat-file', '--batch-check=%(objectname) %(objectsize)'], cwd, blobs.map((entry) => `${entry.id}\n`).join(''));
    if (run.status !== 0) throw new ConfigError(`Measuring the staged files failed: ${run.stderr}`);
    for (const line of run.stdout.toString('utf8').split('\n')) {
      const [id, size] = line.split(' ');
      if (id && size && /^\d+$/.test(size)) sizes.set(id, Number(size));
    }
  }
  return found.map(({ path, mode, id }) => ({ path, mode, size: sizes.get(id) ?? 0 })).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The staged content of a file, as it will be committed. */
export function readStagedBlob(root: string, path: string): Buffer {
  const run = runGit(['cat-file', 'blob', `:${path}`], root);
  if (run.status !== 0) throw new ConfigError(`Cannot read the staged copy of ${path}: ${run.stderr}`);
  return run.stdout;
}

/** Whether the working-tree copy equals the staged copy (after git's own filters). */
export function workingTreeMatchesIndex(root: string, path: string): boolean {
  return runGit(['diff', '--quiet', '--no-ext-diff', '--', path], root).status === 0;
}

export function stagePath(root: string, path: string): void {
  gitText(['add', '--', path], root, `Staging ${path}`);
}
