/**
 * The everyday command line without yargs. Loading yargs costs about 130 ms of CPU, a third of a
 * one-file lint, so the common, valid invocations are parsed with node:util from the same option
 * rows. Anything else (--help, an unknown or misspelt flag, a bad value) returns undefined and goes
 * to yargs, which gives the canonical message; both paths end in the same checks.
 */
import { parseArgs } from 'node:util';
import { optionRows } from './options.js';

export interface ParsedArgs {
  _: Array<string | number>;
  [name: string]: unknown;
}

/** Rules between options that no single option row can state; throws the message to print. */
export function checkArgs(parsed: Record<string, unknown>, parseConcurrency: (value: string | undefined) => unknown): void {
  const max = parsed['max-warnings'];
  if (max !== undefined && (typeof max !== 'number' || !Number.isInteger(max) || max < -1)) {
    throw new Error(`--max-warnings must be a whole number, given \`${String(max)}\``);
  }
  if (parsed.fix && parsed['fix-dry-run']) throw new Error('--fix and --fix-dry-run exclude each other');
  if (parsed['install-hook'] && parsed['uninstall-hook']) throw new Error('--install-hook and --uninstall-hook exclude each other');
  if (parsed.ndjson && !parsed.stdin) throw new Error('--ndjson reads standard input: add --stdin');
  if (parsed.ndjson && parsed.fix) throw new Error('--ndjson writes no files: use --fix-dry-run to get the fixed text as `output`');
  if (parsed.ndjson && parsed.format !== undefined && parsed.format !== 'json') {
    throw new Error(`--ndjson writes one JSON result per line; it cannot write --format ${String(parsed.format)} (drop -f, or lint files to get ${String(parsed.format)})`);
  }
  if (parsed.ndjson && parsed['output-file'] !== undefined) throw new Error('--ndjson writes its results to standard output; redirect it instead of --output-file');
  const positionals = Array.isArray(parsed._) ? parsed._ : [];
  if (parsed.stdin && positionals.length > 0) {
    throw new Error(`--stdin lints standard input and would ignore ${positionals.map(String).join(', ')}: give the file names without --stdin, or name the input with --stdin-filename`);
  }
  if (parsed.stdin && parsed.staged) throw new Error('--stdin and --staged exclude each other');
  if (parsed['stdin-filename'] !== undefined && !parsed.stdin) throw new Error('--stdin-filename names standard input: add --stdin');
  if (parsed.cache && (parsed.stdin || parsed.staged)) throw new Error(`--cache remembers files on disk; it cannot apply to ${parsed.stdin ? '--stdin' : '--staged'}`);
  if (parsed.force && !parsed['install-hook']) throw new Error('--force only applies to --install-hook');
  // Commands that print or install something and exit lint nothing: files or another command with them would be ignored.
  const commands = (['install-hook', 'uninstall-hook', 'list-rules', 'explain', 'print-config'] as const).filter((name) => parsed[name] !== undefined && parsed[name] !== false);
  if (commands.length > 1) throw new Error(`--${commands[0]} and --${commands[1]} each do one thing and exit: give one of them`);
  if (commands.length === 1 && positionals.length > 0) {
    throw new Error(`--${commands[0]} lints no files and would ignore ${positionals.map(String).join(', ')}${commands[0] === 'print-config' ? ' (the file goes after --print-config)' : ''}`);
  }
  if (parseConcurrency(parsed.concurrency as string | undefined) === undefined) {
    throw new Error(`--concurrency must be a whole number of at least 1, \`auto\` or \`off\`, given \`${String(parsed.concurrency)}\``);
  }
}

export function parseArgsQuickly(argv: readonly string[], parseConcurrency: (value: string | undefined) => unknown): ParsedArgs | undefined {
  const options: NonNullable<Parameters<typeof parseArgs>[0]>['options'] = {};
  for (const row of optionRows) {
    options[row.name] = {
      type: row.type === 'boolean' ? 'boolean' : 'string',
      ...(row.array ? { multiple: true } : {}),
      ...(row.alias && row.alias.length === 1 ? { short: row.alias } : {}),
    };
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true, allowNegative: true });
  } catch {
    return undefined;
  }
  // yargs reads `--fix false` as a value of the flag; leave such spellings to it.
  if (parsed.positionals.some((value) => value === 'true' || value === 'false')) return undefined;
  const args: ParsedArgs = { _: [...parsed.positionals] };
  for (const row of optionRows) {
    const value = (parsed.values as Record<string, unknown>)[row.name];
    if (value === undefined) {
      if (row.default !== undefined) args[row.name] = row.default;
      continue;
    }
    if (row.type === 'boolean' && row.name.startsWith('no-')) return undefined;
    if (typeof value === 'string' && value === '') return undefined;
    if (row.type === 'number') {
      if (typeof value !== 'string' || !/^-?\d+$/.test(value)) return undefined;
      args[row.name] = Number(value);
      continue;
    }
    if (row.choices && (typeof value !== 'string' || !row.choices.includes(value))) return undefined;
    args[row.name] = value;
  }
  try {
    checkArgs(args, parseConcurrency);
  } catch {
    return undefined;
  }
  return args;
}
