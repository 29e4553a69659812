#!/usr/bin/env node
/**
 * The command line: the only file that touches argv, stdin, stdout, stderr and the exit code.
 * Exit 0: no errors and warnings within --max-warnings; 1: errors or too many warnings;
 * 2: usage, configuration or internal error, with one actionable line on stderr.
 */
import { readFileSync } from 'node:fs';

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

async function main(argv: string[]): Promise<number> {
  // Fast path: a version check loads nothing else.
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
    process.stdout.write(`${readVersion()}\n`);
    return 0;
  }
  const { default: yargs } = await import('yargs');
  const { optionRows } = await import('./cli/options.js');
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
  const args = await parser
    .check((parsed) => {
      const max = parsed['max-warnings'];
      if (max !== undefined && (typeof max !== 'number' || !Number.isInteger(max) || max < -1)) {
        throw new Error(`--max-warnings must be a whole number, given \`${String(max)}\``);
      }
      if (parsed.fix && parsed['fix-dry-run']) throw new Error('--fix and --fix-dry-run exclude each other');
      return true;
    })
    .fail((message, error) => {
      fail(`${message || (error instanceof Error ? error.message : String(error))}. See \`lint-articles --help\``);
    })
    .parseAsync();

  const cwd = process.cwd();
  const { loadConfig, ConfigError, createLinter } = await import('./index.js');
  const { formatters } = await import('./formatters/index.js');
  const { collectFiles } = await import('./node/files.js');
  const { lintFiles, lintOneFile, fileMessage } = await import('./node/lint-files.js');
  const { decodeArticle } = await import('./node/read.js');
  const { resultOf } = await import('./engine/linter.js');
  type Results = ReturnType<typeof lintFiles>;

  try {
    const config = loadConfig({
      cwd,
      ...(typeof args.config === 'string' ? { configFile: args.config } : {}),
      useConfigFile: args['config-lookup'] !== false,
    });
    const ruleOverrides: Record<string, unknown> = {};
    for (const flag of (args.rule as string[] | undefined) ?? []) {
      const [id, value] = parseRuleFlag(flag);
      ruleOverrides[id] = value;
    }
    const { validateAgainst } = await import('./config/validate.js');
    validateAgainst('linterrc.schema.json', { rules: ruleOverrides }, '--rule');
    const linter = createLinter(config, { rules: ruleOverrides as typeof config.rules });

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

    let results: Results;
    if (args.stdin) {
      const name = typeof args['stdin-filename'] === 'string' ? args['stdin-filename'] : '<text>';
      const bytes = await readStdin();
      const decoded = decodeArticle(bytes);
      if (bytes.length > config.maxFileSize) results = [resultOf(name, [fileMessage(`Input is ${bytes.length} bytes, over the limit of ${config.maxFileSize} (maxFileSize in .linterrc.json); not linted`, 1)])];
      else if (decoded.kind !== 'text') results = [resultOf(name, [fileMessage(decoded.reason, decoded.kind === 'binary' ? 1 : 2)])];
      else results = [args.fix || args['fix-dry-run'] ? linter.fixText(decoded.text, name) : linter.lintText(decoded.text, name)];
    } else {
      const patterns = args._.map(String);
      if (patterns.length === 0) fail('No files given. Name files, folders or globs, or use --stdin; see `lint-articles --help`');
      const files = collectFiles(patterns, { cwd, files: config.files, ignores: config.ignores, baseDirectory: config.baseDirectory });
      results = args.fix || args['fix-dry-run']
        ? files.map((file) => lintOneFile(file, linter, { fix: Boolean(args.fix), fixDryRun: Boolean(args['fix-dry-run']) }))
        : lintFiles(files, linter);
    }

    if (args.quiet) {
      results = results.map((result) => {
        const kept = result.messages.filter((message) => message.severity === 2);
        return resultOf(result.filePath, kept, result.output);
      });
    }
    const format = (args.format ?? 'stylish') as keyof typeof formatters;
    const color = typeof args.color === 'boolean' ? args.color : Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
    const text = formatters[format](results, { color, cwd });
    if (text) process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);

    const errors = results.reduce((sum, result) => sum + result.errorCount, 0);
    const warnings = results.reduce((sum, result) => sum + result.warningCount, 0);
    const maxWarnings = typeof args['max-warnings'] === 'number' ? args['max-warnings'] : -1;
    if (errors > 0) return 1;
    if (maxWarnings >= 0 && warnings > maxWarnings) {
      process.stderr.write(`lint-articles found too many warnings (maximum: ${maxWarnings}).\n`);
      return 1;
    }
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
