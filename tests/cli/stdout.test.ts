/**
 * Standard output that stops taking the report: a reader that went away (`-f json | head`) ends the
 * run quietly with the exit code of the lint; a device that refuses the bytes (a full disk) is
 * exit 2 with one line, never a stack trace or exit 1, which would mean "errors found".
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cliPath, makeTemporaryFolder } from '../helpers/cli.js';

let folder: { path: string; remove: () => void };
let dir: string;

beforeEach(() => {
  folder = makeTemporaryFolder();
  dir = folder.path;
  // Thousands of findings: a report far larger than a pipe holds.
  writeFileSync(join(dir, 'story.txt'), 'Gas came to China via the pipeline called Kraft Siberia.\n'.repeat(3000));
});

afterEach(() => {
  folder.remove();
});

/** Runs the command line, closes the reading end of its stdout after the first chunk, waits for the exit. */
function runAndStopReading(args: string[], inputFile?: string): Promise<{ status: number | null; stderr: string }> {
  const input = inputFile === undefined ? 'ignore' : openSync(inputFile, 'r');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cliPath, ...args], { cwd: dir, stdio: [input, 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1', CI: '' } });
    if (typeof input === 'number') closeSync(input);
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdout?.once('data', () => child.stdout?.destroy());
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

function runIntoFullDevice(args: string[], input?: string): { status: number | null; stderr: string } {
  const full = openSync('/dev/full', 'w');
  try {
    const run = spawnSync(process.execPath, [cliPath, ...args], { cwd: dir, stdio: ['pipe', full, 'pipe'], encoding: 'utf8', timeout: 30_000, ...(input !== undefined ? { input } : {}) });
    return { status: run.status, stderr: run.stderr };
  } finally {
    closeSync(full);
  }
}

describe('standard output', () => {
  it('should end quietly with the exit code of the lint when the reader goes away', async () => {
    const run = await runAndStopReading(['-f', 'json', 'story.txt']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
  });

  it('should end quietly when the reader of an NDJSON stream goes away', async () => {
    const input = `${JSON.stringify({ id: 1, text: 'Gas came via Kraft Siberia.\n'.repeat(2000) })}\n`;
    writeFileSync(join(dir, 'input.ndjson'), input.repeat(20));
    const run = await runAndStopReading(['--stdin', '--ndjson'], join(dir, 'input.ndjson'));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
  });

  it('should exit 2 with one line when standard output is full', () => {
    const run = runIntoFullDevice(['-f', 'json', 'story.txt']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('lint-articles: Cannot write the report to standard output: ENOSPC\n');
  });

  it('should exit 2 with one line when an NDJSON stream meets a full standard output', () => {
    const run = runIntoFullDevice(['--stdin', '--ndjson'], `${JSON.stringify({ id: 1, text: 'Gas came via Kraft Siberia.' })}\n`.repeat(50));
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('lint-articles: Cannot write the report to standard output: ENOSPC\n');
  });
});
