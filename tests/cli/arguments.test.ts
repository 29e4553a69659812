/** The one argument parser: yargs driven by the option rows, its refusals in the project's words. */
import { describe, expect, it } from 'vitest';
import { formatHelp, parseCommandLine, UsageError } from '../../src/cli/arguments.js';
import { optionRows } from '../../src/cli/options.js';
import { parseConcurrency } from '../../src/node/parallel.js';

async function parse(argv: string[]) {
  return parseCommandLine(argv, parseConcurrency);
}

async function refusal(argv: string[]): Promise<string> {
  try {
    await parse(argv);
  } catch (error) {
    if (error instanceof UsageError) return error.message;
    throw error;
  }
  throw new Error(`${argv.join(' ')} was accepted`);
}

describe('the argument parser', () => {
  it('should parse an everyday command line with the rows defaults', async () => {
    const line = await parse(['-f', 'json', '--rule', 'a: off', '--rule', 'b: warn', '--max-warnings', '3', 'x.txt']);
    expect(line).toEqual({ kind: 'run', args: { _: ['x.txt'], format: 'json', rule: ['a: off', 'b: warn'], 'max-warnings': 3, concurrency: 'auto', 'config-lookup': true, ignore: true, notes: true } });
  });

  it('should read negated booleans, values after `=` and names that look like numbers', async () => {
    const line = await parse(['--no-color', '--no-config-lookup', '--format=github', '--fix', '2024.txt']);
    expect(line).toMatchObject({ kind: 'run', args: { _: ['2024.txt'], color: false, 'config-lookup': false, format: 'github', fix: true } });
  });

  it('should ask for the help with --help or -h', async () => {
    expect(await parse(['--help'])).toEqual({ kind: 'help' });
    expect(await parse(['-h', 'x.txt'])).toEqual({ kind: 'help' });
  });

  it('should refuse an unknown option in its own words, naming it once as typed', async () => {
    expect(await refusal(['--ignore-path', '.gitignore', 'a.txt'])).toBe('Unknown option `--ignore-path`');
    expect(await refusal(['--bogus'])).toBe('Unknown option `--bogus`');
  });

  it('should name the option a misspelt one probably meant', async () => {
    expect(await refusal(['--colour', 'a.txt'])).toBe('Unknown option `--colour`; did you mean `--color`?');
    expect(await refusal(['--max-warning', '3', 'a.txt'])).toBe('Unknown option `--max-warning`; did you mean `--max-warnings`?');
  });

  it('should refuse a malformed number, naming what was given', async () => {
    expect(await refusal(['--max-warnings', 'x', 'a.txt'])).toBe('--max-warnings must be a whole number, given `x`');
    expect(await refusal(['--max-warnings', '2.5', 'a.txt'])).toBe('--max-warnings must be a whole number, given `2.5`');
  });

  it('should refuse a value outside the choices and a missing value', async () => {
    expect(await refusal(['--format', 'xml', 'a.txt'])).toMatch(/^Unknown format `xml`: use one of [a-z]+, [a-z]+/);
    expect(await refusal(['a.txt', '--format'])).toBe('--format needs a value');
    expect(await refusal(['a.txt', '--config'])).toBe('--config needs a value');
  });

  it('should refuse options that exclude each other', async () => {
    expect(await refusal(['--fix', '--fix-dry-run', 'a.txt'])).toBe('--fix and --fix-dry-run exclude each other');
    expect(await refusal(['--ndjson'])).toBe('--ndjson reads standard input: add --stdin');
    expect(await refusal(['--concurrency', 'many', 'a.txt'])).toBe('--concurrency must be a whole number of at least 1, `auto` or `off`, given `many`');
  });

  it('should keep the last value of an option given twice', async () => {
    expect(await parse(['-f', 'json', '-f', 'github', 'a.txt'])).toMatchObject({ args: { format: 'github' } });
  });
});

describe('the help', () => {
  it('should list every option row with its description, choices and default', () => {
    const help = formatHelp('1.2.3');
    for (const row of optionRows) expect(help).toContain(`--${row.name}`);
    expect(help).toContain('lint-articles 1.2.3');
    expect(help).toMatch(/-f, --format <value> +Output format \(default: stylish\): [a-z]+,\s+[a-z]+/);
    expect(help).toMatch(/--concurrency <value> +Lint files on/);
    expect(help).toContain('-h, --help');
  });

  it('should keep every line within the width it is given', () => {
    for (const line of formatHelp('1.2.3', 80).split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
  });
});
