/**
 * `--install-hook` / `--uninstall-hook`: a git pre-commit hook that runs `lint-articles --staged`.
 *
 * How the hook finds lint-articles: the project's own `node_modules/.bin/lint-articles` first
 * (hooks run at the top of the working tree, so a project that installs lint-articles as a
 * dependency always gets the version its lockfile pins), else the absolute paths of the Node.js
 * and the lint-articles that installed the hook (a global install, or a checkout).
 * `npx --no-install lint-articles` would find the local one too, but adds npm's own start-up to
 * every commit and fails outright where lint-articles is installed globally.
 *
 * A hook is recognised as ours by its marker line; any other hook is left alone unless --force,
 * and then it is kept beside as pre-commit.backup, which is never overwritten (a second foreign
 * hook is refused while a backup exists) and is put back by --uninstall-hook.
 */
import { chmodSync, existsSync, lstatSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../config/errors.js';
import { hooksDirectory } from '../node/git.js';

export const hookMarker = '# lint-articles pre-commit hook';

export interface HookOptions {
  cwd: string;
  /** Absolute path of the Node.js binary and of dist/cli.js, for the fallback. */
  node: string;
  cli: string;
  /** Extra options the hook passes on, e.g. ['--max-warnings', '0']. */
  extraArguments?: readonly string[];
  force?: boolean;
}

/** Quotes one word for POSIX sh. */
export function shellQuote(word: string): string {
  return /^[\w@%+=:,./-]+$/u.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

export function hookScript(options: Pick<HookOptions, 'node' | 'cli' | 'extraArguments'>): string {
  const args = ['--staged', ...(options.extraArguments ?? [])].map(shellQuote).join(' ');
  return [
    '#!/bin/sh',
    hookMarker,
    '# Written by `lint-articles --install-hook`; remove it with `lint-articles --uninstall-hook`.',
    '# Lints the staged copy of every staged article; an error stops the commit (git commit --no-verify skips it).',
    `if [ -x ./node_modules/.bin/lint-articles ]; then exec ./node_modules/.bin/lint-articles ${args}; fi`,
    `if [ -f ${shellQuote(options.cli)} ]; then exec ${shellQuote(options.node)} ${shellQuote(options.cli)} ${args}; fi`,
    `echo "lint-articles: not found (neither ./node_modules/.bin/lint-articles nor ${options.cli.replace(/["`$\\]/g, '\\$&')}); reinstall it, or run lint-articles --uninstall-hook" >&2`,
    'exit 2',
    '',
  ].join('\n');
}

export function hookPath(cwd: string): string {
  return join(hooksDirectory(cwd), 'pre-commit');
}

/** Writes the hook; returns a line that says what was done. */
export function installHook(options: HookOptions): string {
  const path = hookPath(options.cwd);
  const script = hookScript(options);
  let note = '';
  if (existsSync(path)) {
    const current = readFileSync(path, 'utf8');
    if (current === script) return `lint-articles pre-commit hook already installed at ${path}`;
    if (!current.includes(hookMarker)) {
      if (!options.force) {
        throw new ConfigError(`A pre-commit hook that lint-articles did not write exists at ${path}`, {
          mend: 'Call `lint-articles --staged` from it yourself, or use --install-hook --force to replace it (it is kept as pre-commit.backup)',
        });
      }
      const backup = `${path}.backup`;
      if (existsSync(backup) || isSymbolicLink(backup)) {
        throw new ConfigError(`A pre-commit hook that lint-articles did not write exists at ${path}, and ${backup} already keeps an earlier one`, {
          mend: 'lint-articles never overwrites a backup: move one of the two hooks away, then install again',
        });
      }
      renameSync(path, backup);
      note = ` (the previous hook is kept as ${backup}; --uninstall-hook puts it back)`;
    }
  }
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, script, { mode: 0o755 });
  chmodSync(path, 0o755);
  return `lint-articles pre-commit hook installed at ${path}${note}`;
}

export function uninstallHook(cwd: string): string {
  const path = hookPath(cwd);
  if (!existsSync(path)) return `No pre-commit hook at ${path}; nothing to remove`;
  if (!readFileSync(path, 'utf8').includes(hookMarker)) {
    throw new ConfigError(`The pre-commit hook at ${path} was not written by lint-articles; left in place`, { mend: 'Edit or remove it yourself' });
  }
  rmSync(path);
  const backup = `${path}.backup`;
  if (existsSync(backup) || isSymbolicLink(backup)) {
    renameSync(backup, path);
    return `lint-articles pre-commit hook removed from ${path}; the hook it replaced is back in place`;
  }
  return `lint-articles pre-commit hook removed from ${path}`;
}

function isSymbolicLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
