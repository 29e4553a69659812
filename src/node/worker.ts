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
  /**
   * Shared with the main thread, which reads it to stop a runaway file and to know which file a
   * dead worker was on: [index + 1 of the file being linted, ms since `epoch` when it began].
   */
  progress?: SharedArrayBuffer;
  epoch?: number;
}

/** The linter this thread built, for the setup it was built from: every batch of a run shares one. */
const built = new Map<string, Linter>();

function linterFor(setup: LinterSetup): Linter {
  const key = JSON.stringify(setup);
  let linter = built.get(key);
  if (!linter) {
    built.clear();
    linter = createLinterFromSetup(setup);
    built.set(key, linter);
  }
  return linter;
}

/** Lints the files one by one, telling the main thread through `task.progress` which one and since when. */
export function lintReportingProgress(task: WorkerTask, lint: (file: string) => LintResult): LintResult[] {
  const progress = task.progress ? new Int32Array(task.progress) : undefined;
  const epoch = task.epoch ?? 0;
  const results: LintResult[] = [];
  task.files.forEach((file, index) => {
    if (progress) {
      // The time first: the main thread reads the index, then the time that goes with it.
      Atomics.store(progress, 1, Date.now() - epoch);
      Atomics.store(progress, 0, index + 1);
    }
    results.push(lint(file));
  });
  return results;
}

export default async function lintBatch(task: WorkerTask): Promise<LintResult[]> {
  await loadProcessorsFor(task.files);
  const linter = linterFor(task.setup);
  return lintReportingProgress(task, (file) => lintOneFile(file, linter, task.options));
}
