/**
 * `--staged`: lint what is about to be committed. Each staged article (matching the
 * configuration's `files`, not its `ignores`, not deleted) is read from the index, so a file that
 * is only partly staged is judged as it will be committed. `--staged --fix` fixes the working
 * copy and stages it again, but only when that copy equals the staged one: fixing a file with
 * unstaged edits would stage those edits too.
 */
import { join, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import type { Config } from '../config/load.js';
import { defaultIgnores } from '../config/load.js';
import { ConfigError } from '../config/errors.js';
import type { Linter } from '../linter.js';
import { resultOf } from '../linter.js';
import type { LintResult } from '../engine/types.js';
import { readStagedBlob, repositoryRoot, stagePath, stagedEntries, workingTreeMatchesIndex } from '../node/git.js';
import { fileMessage, lintOneFile } from '../node/lint-files.js';
import { decodeArticle } from '../node/read.js';

export interface StagedOptions {
  cwd: string;
  fix: boolean;
}

export interface StagedRun {
  results: LintResult[];
  /** Texts as linted (the staged copies), for formats that show lines. */
  sources: Map<string, string>;
}

/**
 * Staged article paths (absolute), filtered by the configuration's globs. Symbolic links and
 * submodules are not articles: the staged copy of a link is the path it points to, and the file it
 * points to is linted under its own name when it is staged.
 */
export function stagedArticles(config: Config, cwd: string): { root: string; files: Array<{ absolute: string; fromRoot: string; size: number }> } {
  const root = repositoryRoot(cwd);
  const isArticle = picomatch(config.files, { dot: false });
  const isIgnored = picomatch([...defaultIgnores, ...config.ignores], { dot: true });
  const files = stagedEntries(root)
    .filter((entry) => entry.mode.startsWith('100'))
    .map((entry) => ({ fromRoot: entry.path, absolute: join(root, entry.path), size: entry.size }))
    .filter(({ absolute }) => {
      const path = relative(config.baseDirectory, absolute).split(sep).join('/');
      return !path.startsWith('../') && isArticle(path) && !isIgnored(path);
    });
  return { root, files };
}

export function lintStaged(linter: Linter, options: StagedOptions): StagedRun {
  const { root, files } = stagedArticles(linter.config, options.cwd);
  if (options.fix) {
    const unstaged = files.filter((file) => !workingTreeMatchesIndex(root, file.fromRoot)).map((file) => file.fromRoot);
    if (unstaged.length > 0) {
      throw new ConfigError(`--staged --fix refused: ${unstaged.join(', ')} ${unstaged.length === 1 ? 'has' : 'have'} unstaged changes, which the fix would stage too`, {
        mend: 'Stage or stash them first (`git add`, or `git stash --keep-index`), or lint without --fix',
      });
    }
  }
  const results: LintResult[] = [];
  const sources = new Map<string, string>();
  for (const file of files) {
    if (options.fix) {
      const result = lintOneFile(file.absolute, linter, { fix: true });
      if (result.output !== undefined && result.fatalErrorCount === 0) stagePath(root, file.fromRoot);
      results.push(result);
      continue;
    }
    // The size gate of every other path, before the staged copy is read.
    if (file.size > linter.config.maxFileSize) {
      results.push(resultOf(file.absolute, [fileMessage(`Staged copy is ${file.size} bytes, over the limit of ${linter.config.maxFileSize} (maxFileSize in .linterrc.json); not linted`, 1)]));
      continue;
    }
    const decoded = decodeArticle(readStagedBlob(root, file.fromRoot));
    if (decoded.kind !== 'text') {
      results.push(resultOf(file.absolute, [fileMessage(decoded.reason, decoded.kind === 'binary' ? 1 : 2)]));
      continue;
    }
    sources.set(file.absolute, decoded.text);
    results.push(linter.lintText(decoded.text, file.absolute));
  }
  return { results, sources };
}
