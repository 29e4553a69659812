/**
 * A lint run over files: answers from the cache where the file and settings are unchanged, lints
 * the rest in this thread or on a worker pool, and returns results in the order of the files.
 */
import type { Linter } from '../linter.js';
import type { LintResult } from '../engine/types.js';
import type { CacheProbe, LintCache } from './cache.js';
import { lintOneFile, type LintFilesOptions } from './lint-files.js';
import { type ConcurrencySetting, lintFilesInParallel, resolveConcurrency } from './parallel.js';
import type { LinterSetup } from './setup.js';

export interface RunOptions extends LintFilesOptions {
  /** How the linter was made, so that workers can make the same one. */
  setup: LinterSetup;
  concurrency: ConcurrencySetting;
  cache?: LintCache;
  /** Called once per file as its result is known (cached, linted here, or back from a worker batch). */
  onResult?: (result: LintResult) => void;
}

export async function lintFilePaths(files: readonly string[], linter: Linter, options: RunOptions): Promise<LintResult[]> {
  const results: Array<LintResult | undefined> = new Array(files.length);
  const pending: number[] = [];
  const probes: Array<CacheProbe | undefined> = new Array(files.length);
  const { cache } = options;
  const fixing = Boolean(options.fix || options.fixDryRun);
  files.forEach((file, index) => {
    if (cache) {
      const probe = cache.probe(file);
      probes[index] = probe;
      const cached = probe?.result;
      // A cached result with fixable problems cannot answer --fix: the fixes must be made.
      if (cached && !(fixing && cached.fixableErrorCount + cached.fixableWarningCount > 0)) {
        results[index] = cached;
        options.onResult?.(cached);
        return;
      }
    }
    pending.push(index);
  });

  const lintOptions: LintFilesOptions = {};
  if (options.fix) lintOptions.fix = true;
  if (options.fixDryRun) lintOptions.fixDryRun = true;
  const pendingFiles = pending.map((index) => files[index] as string);
  const threads = resolveConcurrency(options.concurrency, pendingFiles.length);
  const linted =
    threads > 1
      ? await lintFilesInParallel(pendingFiles, options.setup, lintOptions, threads, options.onResult)
      : pendingFiles.map((file) => {
          const result = lintOneFile(file, linter, lintOptions);
          options.onResult?.(result);
          return result;
        });

  pending.forEach((fileIndex, position) => {
    const result = linted[position] as LintResult;
    results[fileIndex] = result;
    const probe = probes[fileIndex];
    if (cache && probe) cache.set(files[fileIndex] as string, probe, result);
  });
  return results as LintResult[];
}
