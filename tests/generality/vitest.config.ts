/**
 * `npm run generality`: the suites import the sources, as every test does, and spawn no command
 * line, so they run without the build that the whole test run makes first.
 */
import { defineConfig } from 'vitest/config';
import base from '../vitest.config.js';

export default defineConfig({
  test: {
    ...base.test,
    include: ['tests/generality/**/*.test.ts'],
    globalSetup: [],
    // Three files of 6–13 s each: two at a time even where the default leaves one worker (2 cores).
    maxWorkers: 2,
    // The second file a worker runs reuses the sources it imported and the word lists they built
    // on first use; the suites keep no state of their own between files (each builds its linter).
    isolate: false,
    // Each lint makes many short-lived objects: a larger young generation halves the time the
    // workers spend collecting them.
    execArgv: ['--max-semi-space-size=64'],
    outputFile: { json: '.vitest-generality-report.json' },
  },
});
