#!/usr/bin/env node
/**
 * The command line: the only file that touches argv, stdin, stdout, stderr and the exit code.
 * Exit 0: no errors and warnings within --max-warnings; 1: errors or too many warnings;
 * 2: usage, configuration or internal error, with one actionable line on stderr.
 */
import { readFileSync } from 'node:fs';
import type { LintResult } from './engine/types.js';
import type { ParsedArgs } from './cli/quick-args.js';

const packageJsonUrl = new URL('../package.json', import.meta.url);

function readVersion(): string {
  return (JSON.parse(readFileSync(packageJsonUrl, 'utf8')) as { version: string }).version;
}

function fail(message: string): never {
  process.stderr.write(`lint-articles: ${message}\n`);
  process.exit(2);
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function parseRuleFlag(flag: string): [string, unknown] {
  const colon = flag.indexOf(':');
  if (colon <= 0) fail(`Invalid --rule \`${flag}\`: expected \`rule-id: severity\`, e.g. --rule 'calque: off'`);
  const id = flag.slice(0, colon).trim();
  const value = flag.slice(colon + 1).trim();
  if (id === '__proto__' || id === 'constructor' || id === 'prototype') fail(`Invalid --rule \`${flag}\`: \`${id}\` is not a rule id. See \`lint-articles --list-rules\``);
  try {
    return [id, JSON.parse(value)];
  } catch {
    return [id, value];
  }
}

function exceedsWarnings(warnings: number, max: unknown): boolean {
  if (typeof max !== 'number' || max < 0 || warnings <= max) return false;
  process.stderr.write(`lint-articles found too many warnings (maximum: ${max}).\n`);
  return true;
}

/** The full parser: --help, and the canonical message for anything the quick parser declined. */
async function parseWithYargs(argv: string[]): Promise<ParsedArgs> {
  const { default: yargs } = await import('yargs');
  const { optionRows } = await import('./cli/options.js');
  const { checkArgs } = await import('./cli/quick-args.js');
  const { parseConcurrency } = await import('./node/parallel.js');
  let parser = yargs(argv)
    .scriptName('lint-articles')
    .usage('$0 [options] [files, folders or globs…]\n\nFind and fix machine-translation artifacts in news articles.')
    .locale('en')
    .strictOptions()
    .version(readVersion())
    .alias('version', 'v')
    .help()
    .alias('help', 'h')
    .wrap(Math.min(100, process.stdout.columns || 100));
  for (const row of optionRows) {
    parser = parser.option(row.name, {
      type: row.type,
      describe: row.description,
      ...(row.choices ? { choices: row.choices } : {}),
      ...(row.array ? { array: true, nargs: 1 } : {}),
      ...(row.alias ? { alias: row.alias } : {}),
      ...(row.default !== undefined ? { default: row.default } : {}),
      ...(row.type !== 'boolean' ? { requiresArg: true } : {}),
    });
  }
  return (await parser
    .check((parsed) => {
      checkArgs(parsed, parseConcurrency);
      return true;
    })
    .fail((message, error) => {
      fail(`${message || (error instanceof Error ? error.message : String(error))}. See \`lint-articles --help\``);
    })
    .parseAsync()) as ParsedArgs;
}

async function main(argv: string[]): Promise<number> {
  // Fast path: a version check loads nothing else.
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
    process.stdout.write(`${readVersion()}\n`);
    return 0;
  }
  const { parseConcurrency } = await import('./node/parallel.js');
  const { parseArgsQuickly } = await import('./cli/quick-args.js');
  const args = parseArgsQuickly(argv, parseConcurrency) ?? (await parseWithYargs(argv));

  const cwd = process.cwd();
  const { ConfigError } = await import('./config/errors.js');
  const { createLinterFromSetup } = await import('./node/setup.js');
  type Setup = import('./node/setup.js').LinterSetup;

  try {
    const ruleOverrides: Setup['ruleOverrides'] = {};
    for (const flag of (args.rule as string[] | undefined) ?? []) {
      const [id, value] = parseRuleFlag(flag);
      ruleOverrides[id] = value as Setup['ruleOverrides'][string];
    }
    const { validateAgainst } = await import('./config/validate.js');
    validateAgainst('linterrc.schema.json', { rules: ruleOverrides }, '--rule');
    const setup: Setup = {
      cwd,
      ...(typeof args.config === 'string' ? { configFile: args.config } : {}),
      useConfigFile: args['config-lookup'] !== false,
      ruleOverrides,
    };
    const linter = createLinterFromSetup(setup);
    const config = linter.config;
    const { resultOf } = await import('./engine/linter.js');

    if (args['list-rules']) {
      const rows = [...linter.rules]
        .sort((a, b) => a.meta.id.localeCompare(b.meta.id))
        .map((rule) => {
          const active = linter.active.find((item) => item.rule === rule);
          const severity = active ? (active.severity === 2 ? 'error' : 'warn') : 'off';
          return `${rule.meta.id.padEnd(24)} ${severity.padEnd(6)} ${rule.meta.fixable.padEnd(8)} ${rule.meta.description}`;
        });
      process.stdout.write(`${'rule'.padEnd(24)} ${'level'.padEnd(6)} ${'fixable'.padEnd(8)} description\n${rows.join('\n')}\n`);
      return 0;
    }
    if (typeof args['print-config'] === 'string') {
      const rules: Record<string, unknown> = {};
      for (const rule of [...linter.rules].sort((a, b) => a.meta.id.localeCompare(b.meta.id))) {
        const active = linter.active.find((item) => item.rule === rule);
        rules[rule.meta.id] = active ? [active.severity === 2 ? 'error' : 'warn', active.options] : 'off';
      }
      const printable = { configFile: config.configFile ?? null, rules, termbases: config.termbases, files: config.files, ignores: config.ignores, ignore: config.ignore, maxFileSize: config.maxFileSize };
      process.stdout.write(`${JSON.stringify(printable, null, 2)}\n`);
      return 0;
    }

    if (args.ndjson) {
      const { lintNdjsonStream } = await import('./node/ndjson.js');
      const summary = await lintNdjsonStream(process.stdin, process.stdout, linter, { fix: Boolean(args['fix-dry-run']), quiet: Boolean(args.quiet) });
      return summary.errorCount > 0 ? 1 : exceedsWarnings(summary.warningCount, args['max-warnings']) ? 1 : 0;
    }

    let results: LintResult[];
    if (args.stdin) {
      const { fileMessage } = await import('./node/lint-files.js');
      const { decodeArticle } = await import('./node/read.js');
      const name = typeof args['stdin-filename'] === 'string' ? args['stdin-filename'] : '<text>';
      const bytes = await readStdin();
      const decoded = decodeArticle(bytes);
      if (bytes.length > config.maxFileSize) results = [resultOf(name, [fileMessage(`Input is ${bytes.length} bytes, over the limit of ${config.maxFileSize} (maxFileSize in .linterrc.json); not linted`, 1)])];
      else if (decoded.kind !== 'text') results = [resultOf(name, [fileMessage(decoded.reason, decoded.kind === 'binary' ? 1 : 2)])];
      else results = [args.fix || args['fix-dry-run'] ? linter.fixText(decoded.text, name) : linter.lintText(decoded.text, name)];
    } else {
      const patterns = args._.map(String);
      if (patterns.length === 0) fail('No files given. Name files, folders or globs, or use --stdin; see `lint-articles --help`');
      const { collectFiles } = await import('./node/files.js');
      const { lintFilePaths } = await import('./node/run.js');
      const files = collectFiles(patterns, { cwd, files: config.files, ignores: config.ignores, baseDirectory: config.baseDirectory });
      let cache: import('./node/cache.js').LintCache | undefined;
      if (args.cache) {
        const { LintCache, resolveCacheFile, settingsHash } = await import('./node/cache.js');
        const location = typeof args['cache-location'] === 'string' ? args['cache-location'] : undefined;
        cache = new LintCache(resolveCacheFile(cwd, location), settingsHash(linter, readVersion()));
        if (cache.warning) process.stderr.write(`lint-articles: ${cache.warning}\n`);
      }
      results = await lintFilePaths(files, linter, {
        setup,
        concurrency: parseConcurrency(args.concurrency as string | undefined) ?? 'auto',
        fix: Boolean(args.fix),
        fixDryRun: Boolean(args['fix-dry-run']),
        ...(cache ? { cache } : {}),
      });
      const failure = cache?.save();
      if (failure) process.stderr.write(`lint-articles: ${failure}\n`);
    }

    if (args.quiet) {
      results = results.map((result) => {
        const kept = result.messages.filter((message) => message.severity === 2);
        return resultOf(result.filePath, kept, result.output);
      });
    }
    const { formatters } = await import('./formatters/index.js');
    const format = (args.format ?? 'stylish') as keyof typeof formatters;
    const color = typeof args.color === 'boolean' ? args.color : Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
    const text = formatters[format](results, { color, cwd });
    if (text) process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);

    const errors = results.reduce((sum, result) => sum + result.errorCount, 0);
    const warnings = results.reduce((sum, result) => sum + result.warningCount, 0);
    if (errors > 0) return 1;
    if (exceedsWarnings(warnings, args['max-warnings'])) return 1;
    return 0;
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    fail(`Internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`lint-articles: Internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
