/**
 * The worker pool never loses a run to one file: a file that runs past the time limit, or whose
 * worker dies (out of memory), gets a fatal message of its own, and every other file its result.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintFilesInParallel } from '../../src/node/parallel.js';

const hostileWorker = fileURLToPath(new URL('../fixtures/workers/hostile-worker.mjs', import.meta.url));
const setup = { cwd: process.cwd(), useConfigFile: false, ruleOverrides: {} };
/** 24 files on two threads make batches of three: the hostile file, tenth, is the middle one of its batch. */
const names = (hostile: string): string[] => Array.from({ length: 24 }, (_, index) => `/news/${index === 10 ? hostile : `story-${index}`}.txt`);

describe('the worker pool', () => {
  it('should end a runaway file with a fatal message on that file and lint every other file', async () => {
    const files = names('runaway');
    const results = await lintFilesInParallel(files, setup, {}, 2, undefined, { workerFile: hostileWorker, fileTimeLimitMs: 500 });
    expect(results.map((result) => result.filePath)).toEqual(files);
    expect(results[10]?.messages).toEqual([
      expect.objectContaining({ fatal: true, severity: 2, message: 'Linting this file took longer than 0.5 s; it was stopped (the other files were linted)' }),
    ]);
    expect(results.filter((result) => result.messages.length === 0)).toHaveLength(23);
  });

  it('should turn a worker that runs out of memory into a fatal message on its file and lint every other file', async () => {
    const files = names('exhaust');
    const results = await lintFilesInParallel(files, setup, {}, 2, undefined, { workerFile: hostileWorker, maxOldGenerationSizeMb: 64 });
    expect(results.map((result) => result.filePath)).toEqual(files);
    expect(results[10]?.messages).toEqual([expect.objectContaining({ fatal: true, message: expect.stringMatching(/^The worker thread linting this file ended \(.*memory.*\); the other files were linted$/) })]);
    expect(results.filter((result) => result.messages.length === 0)).toHaveLength(23);
  });
});
