/**
 * Linting files on a pool of worker threads. Results come back in the order of the files given,
 * whatever order the workers finish in, so a parallel run prints exactly what a serial run does.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { LintResult } from '../engine/types.js';
import { resultOf } from '../linter.js';
import { fileMessage, type LintFilesOptions } from './lint-files.js';
import type { LinterSetup } from './setup.js';
import type { WorkerTask } from './worker.js';

/**
 * Below this many files a run stays in one thread: starting a worker and building its linter costs
 * about as much as linting a hundred articles.
 */
export const filesPerWorker = 100;
/** Most files per task: enough to amortise the message round trip, few enough to balance load. */
export const maxBatchSize = 50;

/**
 * The young generation of each worker's heap, in MB. The names model and the line classifier make
 * many short-lived objects per article (words, sentences, tokens); a young generation this size
 * collects them in far fewer scavenges, and promotes fewer of them to the old generation, so a
 * worker runs faster and peaks no higher (docs/benchmarks.md).
 */
export const workerYoungGenerationMb = 96;

export type ConcurrencySetting = number | 'auto' | 'off';

/** Parses the value of --concurrency: a whole number ≥ 1, `auto` or `off`. */
export function parseConcurrency(value: string | number | undefined): ConcurrencySetting | undefined {
  if (value === undefined || value === 'auto') return 'auto';
  if (value === 'off') return 'off';
  const number = typeof value === 'number' ? value : /^\d+$/.test(value) ? Number(value) : Number.NaN;
  return Number.isInteger(number) && number >= 1 ? number : undefined;
}

/** The number of threads for a run; 1 means lint in the main thread. */
export function resolveConcurrency(setting: ConcurrencySetting, fileCount: number, cores = availableParallelism()): number {
  if (setting === 'off') return 1;
  if (setting === 'auto') return Math.max(1, Math.min(cores, Math.floor(fileCount / filesPerWorker)));
  return Math.max(1, Math.min(setting, fileCount));
}

/** The built worker; from the TypeScript sources (tests) it is the one in dist/. */
export function workerFile(): string {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.js')) return fileURLToPath(new URL('./worker.js', import.meta.url));
  const built = fileURLToPath(new URL('../../dist/node/worker.js', import.meta.url));
  if (!existsSync(built)) throw new Error('Parallel linting needs the built worker: run `npm run build` first');
  return built;
}

/**
 * How long one file may take in a worker before the worker is stopped and the file gets a fatal
 * message. News articles lint in milliseconds; a file that takes a minute is caught in something
 * that grows faster than its length, and would otherwise hold the whole run.
 */
export const defaultFileTimeLimitMs = 60_000;

export interface PoolOptions {
  /** Per-file time limit in ms (default `defaultFileTimeLimitMs`). */
  fileTimeLimitMs?: number;
  /** The worker module; tests give one that misbehaves on purpose. */
  workerFile?: string;
  /** The old-generation heap of each worker, in MB (V8's default when absent). */
  maxOldGenerationSizeMb?: number;
}

/** The file a task was linting when it ended early, from the progress its worker reports. */
function fileInProgress(progress: Int32Array): number {
  return Atomics.load(progress, 0) - 1;
}

export async function lintFilesInParallel(
  files: readonly string[],
  setup: LinterSetup,
  options: LintFilesOptions,
  threads: number,
  onResult?: (result: LintResult) => void,
  poolOptions: PoolOptions = {},
): Promise<LintResult[]> {
  const { Tinypool } = await import('tinypool');
  const timeLimit = poolOptions.fileTimeLimitMs ?? defaultFileTimeLimitMs;
  const pool = new Tinypool({
    filename: poolOptions.workerFile ?? workerFile(),
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 0,
    resourceLimits: {
      maxYoungGenerationSizeMb: workerYoungGenerationMb,
      ...(poolOptions.maxOldGenerationSizeMb !== undefined ? { maxOldGenerationSizeMb: poolOptions.maxOldGenerationSizeMb } : {}),
    },
  });
  const epoch = Date.now();

  /**
   * Lints a batch on the pool. A worker that dies (out of memory) or runs past the time limit on
   * one file ends the task: that file gets a fatal message, and the files before and after it in
   * the batch are linted again on other tasks, so the rest of the run completes.
   */
  const runBatch = async (batch: readonly string[]): Promise<LintResult[]> => {
    const progress = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
    const task: WorkerTask = { setup, files: [...batch], options, progress: progress.buffer as SharedArrayBuffer, epoch };
    const controller = new AbortController();
    let overran = false;
    const watch = setInterval(
      () => {
        const current = fileInProgress(progress);
        if (current >= 0 && Date.now() - epoch - Atomics.load(progress, 1) > timeLimit) {
          overran = true;
          controller.abort();
        }
      },
      Math.max(10, Math.min(1000, timeLimit / 4)),
    );
    watch.unref();
    try {
      return (await pool.run(task, { signal: controller.signal })) as LintResult[];
    } catch (error) {
      const current = fileInProgress(progress);
      // A worker that failed before its first file (it could not start) is the run's problem.
      if (current < 0 || current >= batch.length) throw error;
      const reason = overran
        ? `Linting this file took longer than ${timeLimit / 1000} s; it was stopped (the other files were linted)`
        : `The worker thread linting this file ended (${error instanceof Error ? error.message : String(error)}); the other files were linted`;
      const [before, after] = await Promise.all([
        current > 0 ? runBatch(batch.slice(0, current)) : Promise.resolve([]),
        current + 1 < batch.length ? runBatch(batch.slice(current + 1)) : Promise.resolve([]),
      ]);
      return [...before, resultOf(batch[current] as string, [fileMessage(reason, 2)]), ...after];
    } finally {
      clearInterval(watch);
    }
  };

  try {
    // At least four tasks per thread, so that one slow batch does not leave the other threads idle.
    const batchSize = Math.max(1, Math.min(maxBatchSize, Math.ceil(files.length / (threads * 4))));
    const tasks: Array<Promise<LintResult[]>> = [];
    for (let start = 0; start < files.length; start += batchSize) {
      tasks.push(
        runBatch(files.slice(start, start + batchSize)).then((batch) => {
          if (onResult) for (const result of batch) onResult(result);
          return batch;
        }),
      );
    }
    return (await Promise.all(tasks)).flat();
  } finally {
    await pool.destroy();
  }
}
