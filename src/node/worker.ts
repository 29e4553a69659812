/**
 * The worker thread of --concurrency: lints a batch of files with a linter built once per thread
 * from the same setup as the main thread's. Tasks are batches, not single files, because a message
 * round trip costs about as much as linting a short article.
 */
import type { Linter } from '../linter.js';
import type { LintResult } from '../engine/types.js';
import { loadProcessorsFor } from '../engine/processors.js';
import { lintOneFile, type LintFilesOptions } from './lint-files.js';
import { createLinterFromSetup, type LinterSetup } from './setup.js';

export interface WorkerTask {
  setup: LinterSetup;
  files: string[];
  options: LintFilesOptions;
}

let cached: { key: string; linter: Linter } | undefined;

function linterFor(setup: LinterSetup): Linter {
  const key = JSON.stringify(setup);
  if (cached?.key !== key) cached = { key, linter: createLinterFromSetup(setup) };
  return cached.linter;
}

export default async function lintBatch(task: WorkerTask): Promise<LintResult[]> {
  await loadProcessorsFor(task.files);
  const linter = linterFor(task.setup);
  return task.files.map((file) => lintOneFile(file, linter, task.options));
}
