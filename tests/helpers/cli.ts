/** Runs the built command line as a user would, in a folder of its own. */
import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const cliPath = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

/** Prints the peak resident set size (kB) on stderr when the process exits. */
const reportPeakMemory = `data:text/javascript,process.on('exit',()=>process.stderr.write('maxRSS=' + process.resourceUsage().maxRSS + '\\n'))`;

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Peak resident memory in kB, when asked for. */
  maxRss?: number;
}

export interface CliOptions {
  cwd: string;
  input?: string | Buffer;
  uid?: number;
  gid?: number;
  measureMemory?: boolean;
  /** V8 heap limit in MB: an out-of-memory crash shows as a non-zero exit. */
  maxOldSpaceSize?: number;
  env?: NodeJS.ProcessEnv;
  /** Kill the run after this many ms (status null): for tests of what once blocked forever. */
  timeoutMs?: number;
}

export function runCli(args: readonly string[], options: CliOptions): CliRun {
  const nodeArgs: string[] = [];
  if (options.measureMemory) nodeArgs.push('--import', reportPeakMemory);
  if (options.maxOldSpaceSize) nodeArgs.push(`--max-old-space-size=${options.maxOldSpaceSize}`);
  // A test run inside a CI job must not inherit its repository root: paths would be reported from there.
  const inherited = { ...process.env };
  delete inherited.GITHUB_WORKSPACE;
  delete inherited.CI_PROJECT_DIR;
  const spawnOptions: SpawnSyncOptions = { cwd: options.cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, env: { ...inherited, NO_COLOR: '1', CI: '', ...options.env } };
  if (options.input !== undefined) spawnOptions.input = options.input;
  if (options.uid !== undefined) spawnOptions.uid = options.uid;
  if (options.gid !== undefined) spawnOptions.gid = options.gid;
  if (options.timeoutMs !== undefined) spawnOptions.timeout = options.timeoutMs;
  const result = spawnSync(process.execPath, [...nodeArgs, cliPath, ...args], spawnOptions);
  const stderr = String(result.stderr ?? '');
  const run: CliRun = { status: result.status, stdout: String(result.stdout ?? ''), stderr };
  const peak = /maxRSS=(\d+)/.exec(stderr);
  if (peak?.[1]) run.maxRss = Number(peak[1]);
  return run;
}

export interface StartedCli {
  child: ReturnType<typeof spawn>;
  /** Settles when the process has ended, however early (listening late would miss the event). */
  exited: Promise<void>;
}

/** Starts the command line without waiting, for tests that kill it or run two at once. */
export function startCli(args: readonly string[], cwd: string): StartedCli {
  const child = spawn(process.execPath, [cliPath, ...args], { cwd, stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return { child, exited };
}

export function makeTemporaryFolder(prefix = 'lint-articles-'): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export interface JsonMessage {
  ruleId: string | null;
  severity: number;
  message: string;
  line: number;
  column: number;
  fatal?: boolean;
}

export interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
}

export function parseReport(stdout: string): JsonResult[] {
  return JSON.parse(stdout) as JsonResult[];
}

/** A temporary folder with the given files (path -> content). */
export function makeFolder(files: Record<string, string | Buffer>): string {
  const folder = mkdtempSync(join(tmpdir(), 'lint-articles-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), content);
  }
  return folder;
}
