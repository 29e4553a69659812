/**
 * The command line, parsed once by yargs from the option rows in options.ts, and checked in the
 * project's own words: an unknown option, a missing or malformed value and options that exclude
 * each other each give one line that says what to change (yargs' own wording never reaches the
 * user). The help is written from the same rows.
 */
import { distance } from 'fastest-levenshtein';
import { formatNames, isFormatName, isFormatterPath } from '../formatters/load.js';
import { optionRows, type OptionRow } from './options.js';

export interface ParsedArgs {
  _: string[];
  [name: string]: unknown;
}

/** What the command line asks for: the help, or a run with these arguments. */
export type CommandLine = { kind: 'help' } | { kind: 'run'; args: ParsedArgs };

/** A command line that cannot run; its message is the line to print. */
export class UsageError extends Error {}

const helpRow: OptionRow = { name: 'help', alias: 'h', type: 'boolean', description: 'Show this help, and exit' };
const versionRow: OptionRow = { name: 'version', alias: 'v', type: 'boolean', description: 'Print the version, and exit' };
const allRows: readonly OptionRow[] = [...optionRows, helpRow, versionRow];

function flagOf(row: OptionRow): string {
  return `--${row.name}`;
}

/** The option nearest to a misspelt one, when it is near enough to be meant. */
function nearestOption(name: string): string | undefined {
  let best: { name: string; cost: number } | undefined;
  for (const row of allRows) {
    const cost = distance(name, row.name);
    if (cost <= Math.max(1, Math.floor(row.name.length / 4)) && (!best || cost < best.cost)) best = { name: row.name, cost };
  }
  return best && `--${best.name}`;
}

/** The option as the user typed it: `--ignore-pattern`, `--no-colour`, `-x`. */
function typedOption(argv: readonly string[], key: string): string {
  for (const token of argv) {
    if (token === '--') break;
    const name = token.replace(/=.*$/s, '');
    if (name === `--${key}` || name === `--no-${key}` || name === `-${key}`) return name;
    if (key.length === 1 && /^-[^-]/.test(name) && name.includes(key)) return `-${key}`;
  }
  return key.length === 1 ? `-${key}` : `--${key}`;
}

/** Rules between options that no single option row can state. */
export function checkArgs(args: ParsedArgs, parseConcurrency: (value: string | undefined) => unknown): void {
  const format = args.format;
  if (typeof format === 'string' && !isFormatName(format) && !isFormatterPath(format)) {
    throw new UsageError(`Unknown format \`${format}\`: use one of ${formatNames.join(', ')}, or the path of a formatter module such as ./my-formatter.mjs`);
  }
  if (args.fix && args['fix-dry-run']) throw new UsageError('--fix and --fix-dry-run exclude each other');
  if (args['install-hook'] && args['uninstall-hook']) throw new UsageError('--install-hook and --uninstall-hook exclude each other');
  if (args.ndjson && !args.stdin) throw new UsageError('--ndjson reads standard input: add --stdin');
  if (args.ndjson && args.fix) throw new UsageError('--ndjson writes no files: use --fix-dry-run to get the fixed text as `output`');
  if (args.ndjson && args.format !== undefined && args.format !== 'json') {
    throw new UsageError(`--ndjson writes one JSON result per line; it cannot write --format ${String(args.format)} (drop -f, or lint files to get ${String(args.format)})`);
  }
  if (args.ndjson && args['output-file'] !== undefined) throw new UsageError('--ndjson writes its results to standard output; redirect it instead of --output-file');
  if (args.stdin && args._.length > 0) {
    throw new UsageError(`--stdin lints standard input and would ignore ${args._.join(', ')}: give the file names without --stdin, or name the input with --stdin-filename`);
  }
  if (args.stdin && args.staged) throw new UsageError('--stdin and --staged exclude each other');
  if (args['stdin-filename'] !== undefined && !args.stdin) throw new UsageError('--stdin-filename names standard input: add --stdin');
  if (args.cache && (args.stdin || args.staged)) throw new UsageError(`--cache remembers files on disk; it cannot apply to ${args.stdin ? '--stdin' : '--staged'}`);
  if (args.force && !args['install-hook']) throw new UsageError('--force only applies to --install-hook');
  // Commands that print or install something and exit lint nothing: files or another command with them would be ignored.
  const commands = (['install-hook', 'uninstall-hook', 'list-rules', 'explain', 'print-config'] as const).filter((name) => args[name] !== undefined && args[name] !== false);
  if (commands.length > 1) throw new UsageError(`--${commands[0]} and --${commands[1]} each do one thing and exit: give one of them`);
  if (commands.length === 1 && args._.length > 0) {
    throw new UsageError(`--${commands[0]} lints no files and would ignore ${args._.map(String).join(', ')}${commands[0] === 'print-config' ? ' (the file goes after --print-config)' : ''}`);
  }
  if (parseConcurrency(args.concurrency as string | undefined) === undefined) {
    throw new UsageError(`--concurrency must be a whole number of at least 1, \`auto\` or \`off\`, given \`${String(args.concurrency)}\``);
  }
}

/** The value of one option as parsed, checked against its row; undefined when it was not given. */
function valueOf(row: OptionRow, raw: unknown): unknown {
  if (raw === undefined) return row.default;
  if (row.type === 'boolean') {
    if (typeof raw !== 'boolean') throw new UsageError(`${flagOf(row)} takes no value, given \`${String(raw)}\``);
    return raw;
  }
  const values = (Array.isArray(raw) ? raw : [raw]).map((value) => (typeof value === 'string' ? value : String(value)));
  for (const value of values) {
    if (value === '') throw new UsageError(`${flagOf(row)} needs a value${row.choices ? `: one of ${row.choices.join(', ')}` : ''}`);
    if (row.choices && !row.choices.includes(value)) throw new UsageError(`${flagOf(row)} must be one of ${row.choices.join(', ')}, given \`${value}\``);
    if (row.type === 'number' && !/^-?\d+$/.test(value)) throw new UsageError(`${flagOf(row)} must be a whole number, given \`${value}\``);
  }
  const typed = row.type === 'number' ? values.map(Number) : values;
  // An option given twice keeps its last value, as in most command lines; a repeatable one keeps all.
  return row.array ? typed : typed.at(-1);
}

/**
 * Parses the arguments after `lint-articles`. Throws a `UsageError` whose message is the line to
 * print (exit 2).
 */
export async function parseCommandLine(argv: readonly string[], parseConcurrency: (value: string | undefined) => unknown): Promise<CommandLine> {
  const { default: yargs } = await import('yargs');
  let parser = yargs([...argv])
    .parserConfiguration({ 'camel-case-expansion': false, 'duplicate-arguments-array': true, 'parse-positional-numbers': false, 'parse-numbers': false, 'greedy-arrays': false })
    .help(false)
    .version(false)
    .exitProcess(false);
  for (const row of allRows) {
    parser = parser.option(row.name, {
      type: row.type === 'boolean' ? 'boolean' : 'string',
      ...(row.alias ? { alias: row.alias } : {}),
      ...(row.array ? { array: true } : {}),
    });
  }
  let parsed: Record<string, unknown>;
  try {
    parsed = parser.parseSync() as Record<string, unknown>;
  } catch {
    // yargs refuses only what the checks below would word better; anything else is a malformed line.
    throw new UsageError(`Cannot read the command line \`${argv.join(' ')}\``);
  }
  const known = new Set<string>(['_', '$0']);
  for (const row of allRows) {
    known.add(row.name);
    if (row.alias) known.add(row.alias);
  }
  const unknown = Object.keys(parsed).filter((key) => !known.has(key));
  if (unknown.length > 0) {
    const [first = ''] = unknown.sort();
    const typed = typedOption(argv, first);
    const near = nearestOption(first);
    throw new UsageError(`Unknown option \`${typed}\`${near ? `; did you mean \`${near}\`?` : ''}`);
  }
  if (parsed.help === true) return { kind: 'help' };
  const args: ParsedArgs = { _: ((parsed._ as unknown[] | undefined) ?? []).map(String) };
  for (const row of optionRows) {
    const value = valueOf(row, parsed[row.name]);
    if (value !== undefined) args[row.name] = value;
  }
  const max = args['max-warnings'];
  if (typeof max === 'number' && max < -1) throw new UsageError(`--max-warnings must be a whole number of at least -1, given \`${max}\``);
  checkArgs(args, parseConcurrency);
  return { kind: 'run', args };
}

/** The help, written from the option rows, in columns that fit `width`. */
export function formatHelp(version: string, width = 100): string {
  const heads = allRows.map((row) => {
    const value = row.type === 'boolean' ? '' : row.choices ? ` <${row.name === 'format' ? 'name' : 'value'}>` : row.type === 'number' ? ' <n>' : ' <value>';
    return `${row.alias ? `-${row.alias}, ` : '    '}--${row.name}${value}`;
  });
  const column = Math.max(...heads.map((head) => head.length)) + 4;
  const lines = [
    `lint-articles ${version}`,
    '',
    'Usage: lint-articles [options] [files, folders or globs…]',
    '',
    'Find and fix machine-translation artifacts in news articles.',
    '',
    'Options:',
  ];
  allRows.forEach((row, index) => {
    const notes = [row.choices ? `one of: ${row.choices.join(', ')}` : '', row.default !== undefined ? `default: ${String(row.default)}` : '']
      .filter(Boolean)
      .join('; ');
    const text = notes ? `${row.description} (${notes})` : row.description;
    const words = text.split(' ');
    let line = `  ${(heads[index] ?? '').padEnd(column)}`;
    const indent = ' '.repeat(line.length);
    let empty = true;
    for (const word of words) {
      if (!empty && line.length + 1 + word.length > width) {
        lines.push(line);
        line = indent;
        empty = true;
      }
      line += empty ? word : ` ${word}`;
      empty = false;
    }
    lines.push(line);
  });
  return `${lines.join('\n')}\n`;
}
