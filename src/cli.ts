#!/usr/bin/env node
/**
 * The command line: the only file that touches argv, stdin, stdout, stderr and the exit code.
 * Exit 0: no errors and warnings within --max-warnings; 1: errors or too many warnings;
 * 2: usage, configuration or internal error, with one actionable line on stderr.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import type { LintResult } from './engine/types.js';

const packageJsonUrl = new URL('../package.json', import.meta.url);

function readVersion(): string {
  return (JSON.parse(readFileSync(packageJsonUrl, 'utf8')) as { version: string }).version;
}

/** The chunks of a report, then the line break that ends it. */
function* withNewline(chunks: Iterable<string>): Generator<string> {
  yield* chunks;
  yield '\n';
}

/**
 * What became of standard output: `closed` when its reader went away (`lint-articles -f json |
 * head`), which ends the report quietly with the exit code of the lint; `failed` when it refused
 * the bytes (a full disk, /dev/full), which is exit 2 with one line on stderr.
 */
let stdoutProblem: 'closed' | 'failed' | undefined;

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (stdoutProblem) return;
  if (error.code === 'EPIPE') {
    stdoutProblem = 'closed';
    return;
  }
  stdoutProblem = 'failed';
  process.stderr.write(`lint-articles: Cannot write the report to standard output: ${error.code ?? error.message}\n`);
  process.exitCode = 2;
});

function relativeToCwd(path: string, cwd: string): string {
  const from = relative(cwd, path);
  return from.startsWith('..') || isAbsolute(from) ? path : from;
}

function fail(message: string): never {
  process.stderr.write(`lint-articles: ${message}\n`);
  process.exit(2);
}

/**
 * Standard input up to `limit` bytes. When there is more, reading pauses one chunk past the limit
 * (an endless pipe is never drained into memory) with `complete` false, and the rest stays unread
 * for the caller to drop or pass through.
 */
function readStdin(limit: number): Promise<{ bytes: Buffer; complete: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    const stop = (): void => {
      process.stdin.off('data', onData).off('end', onEnd).off('error', onError);
    };
    const onData = (chunk: Buffer): void => {
      chunks.push(chunk);
      length += chunk.length;
      if (length <= limit) return;
      process.stdin.pause();
      stop();
      resolve({ bytes: Buffer.concat(chunks), complete: false });
    };
    const onEnd = (): void => {
      stop();
      resolve({ bytes: Buffer.concat(chunks), complete: true });
    };
    const onError = (error: Error): void => {
      stop();
      reject(error);
    };
    process.stdin.on('data', onData).on('end', onEnd).on('error', onError);
  });
}

/** Copies the unread rest of standard input to standard output as it arrives. */
async function passThroughStdin(): Promise<void> {
  for await (const chunk of process.stdin) {
    if (stdoutProblem) break;
    if (!process.stdout.write(chunk as Buffer)) await new Promise((resolve) => process.stdout.once('drain', resolve));
  }
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

async function main(argv: string[]): Promise<number> {
  // An editor starts the language server as `lint-articles --lsp` (some clients add `--stdio`); it
  // speaks LSP on stdin and stdout until the editor sends `exit`.
  if (argv[0] === '--lsp' && argv.slice(1).every((argument) => argument === '--stdio')) {
    (await import('./lsp/server.js')).startServer();
    return 0;
  }
  // Fast path: a version check loads nothing else.
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
    process.stdout.write(`${readVersion()}\n`);
    return 0;
  }
  const { parseConcurrency } = await import('./node/parallel.js');
  const { formatHelp, parseCommandLine, UsageError } = await import('./cli/arguments.js');
  let args: import('./cli/arguments.js').ParsedArgs;
  try {
    const commandLine = await parseCommandLine(argv, parseConcurrency);
    if (commandLine.kind === 'help') {
      process.stdout.write(formatHelp(readVersion(), Math.min(100, process.stdout.columns || 100)));
      return 0;
    }
    args = commandLine.args;
  } catch (error) {
    if (error instanceof UsageError) fail(`${error.message}. See \`lint-articles --help\``);
    throw error;
  }

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
    if (Object.keys(ruleOverrides).length > 0) {
      // No --rule flag, nothing to validate: the schema and its validator stay unloaded.
      const { validateAgainst } = await import('./config/validate.js');
      validateAgainst('linterrc.schema.json', { rules: ruleOverrides }, '--rule');
    }
    const setup: Setup = {
      cwd,
      ...(typeof args.config === 'string' ? { configFile: args.config } : {}),
      useConfigFile: args['config-lookup'] !== false,
      ruleOverrides,
      reportUnusedDisableDirectives: Boolean(args['report-unused-disable-directives']),
    };
    const linter = createLinterFromSetup(setup);
    const config = linter.config;
    for (const warning of config.warnings ?? []) process.stderr.write(`lint-articles: warning: ${warning}\n`);
    const { resultOf } = await import('./linter.js');

    if (args['install-hook'] || args['uninstall-hook']) {
      const { installHook, uninstallHook } = await import('./cli/hooks.js');
      const { fileURLToPath } = await import('node:url');
      const extraArguments = [
        ...(typeof args['max-warnings'] === 'number' ? ['--max-warnings', String(args['max-warnings'])] : []),
        ...(typeof args.config === 'string' ? ['--config', resolve(cwd, args.config)] : []),
      ];
      const line = args['uninstall-hook']
        ? uninstallHook(cwd)
        : installHook({ cwd, node: process.execPath, cli: fileURLToPath(import.meta.url), extraArguments, force: Boolean(args.force) });
      process.stdout.write(`${line}\n`);
      return 0;
    }

    if (typeof args.explain === 'string') {
      const { explainRule } = await import('./cli/explain.js');
      process.stdout.write(explainRule(linter, args.explain));
      return 0;
    }

    if (args['list-rules']) {
      process.stdout.write((await import('./cli/list-rules.js')).listRules(linter));
      return 0;
    }
    if (typeof args['print-config'] === 'string') {
      process.stdout.write((await import('./cli/list-rules.js')).printConfig(linter));
      return 0;
    }

    if (args.ndjson) {
      const { lintNdjsonStream } = await import('./node/ndjson.js');
      const summary = await lintNdjsonStream(process.stdin, process.stdout, linter, { fix: Boolean(args['fix-dry-run']), quiet: Boolean(args.quiet) });
      return summary.errorCount > 0 ? 1 : exceedsWarnings(summary.warningCount, args['max-warnings']) ? 1 : 0;
    }

    const outputFile = typeof args['output-file'] === 'string' ? args['output-file'] : undefined;
    if (outputFile !== undefined) {
      // Refused before the run, not after minutes of linting.
      const { checkReportTarget } = await import('./node/output-file.js');
      try {
        checkReportTarget(resolve(cwd, outputFile));
      } catch (error) {
        fail(`Cannot write --output-file ${outputFile}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }

    let results: LintResult[];
    /** `--stdin --fix`: the fixed article, written to stdout while the report goes to stderr. */
    let fixedStdin: Buffer | undefined;
    /** `--stdin --fix` on input over the limit: the unread rest follows `fixedStdin` through. */
    let passRestOfStdin = false;
    const knownSources = new Map<string, string>();
    if (args.stdin) {
      const { fileMessage } = await import('./node/lint-files.js');
      const { decodeArticle } = await import('./node/read.js');
      const name = typeof args['stdin-filename'] === 'string' ? args['stdin-filename'] : '<text>';
      await (await import('./engine/processors.js')).loadProcessorsFor([name]);
      const input = await readStdin(config.maxFileSize);
      const bytes = input.bytes;
      // With --fix the article itself is the output: a CMS hook runs `--stdin --fix < a.txt > a.fixed.txt`.
      // Input that cannot be linted is passed through untouched, so the redirect never gets an empty file;
      // input over the limit is passed through as it arrives, never held whole.
      if (args.fix) {
        fixedStdin = bytes;
        passRestOfStdin = !input.complete;
      } else if (!input.complete) process.stdin.destroy();
      const decoded = input.complete ? decodeArticle(bytes) : undefined;
      if (!decoded) results = [resultOf(name, [fileMessage(`Input is over the limit of ${config.maxFileSize} bytes (maxFileSize in .linterrc.json); ${args.fix ? 'passed through unread' : 'reading stopped there'}, not linted`, 1)])];
      else if (decoded.kind !== 'text') results = [resultOf(name, [fileMessage(decoded.reason, decoded.kind === 'binary' ? 1 : 2)])];
      else {
        knownSources.set(name, decoded.text);
        const result = args.fix || args['fix-dry-run'] ? linter.fixText(decoded.text, name) : linter.lintText(decoded.text, name);
        results = [result];
        if (args.fix && result.output !== undefined) {
          const { encodeArticle } = await import('./node/read.js');
          fixedStdin = encodeArticle(result.output, decoded.bom, decoded.encoding);
          // The report describes the text that is written out.
          knownSources.set(name, result.output);
        }
      }
    } else if (args.staged) {
      if (args._.length > 0) fail('--staged lints the staged articles; give no file names with it');
      if (args['fix-dry-run']) fail('--staged works with --fix, not with --fix-dry-run');
      const { lintStaged } = await import('./cli/staged.js');
      await (await import('./engine/processors.js')).loadAllProcessors();
      const staged = lintStaged(linter, {
        cwd,
        fix: Boolean(args.fix),
        ignorePatterns: ((args['ignore-pattern'] as string[] | undefined) ?? []).map(String),
        ignore: args.ignore !== false,
      });
      for (const [path, text] of staged.sources) knownSources.set(path, text);
      results = staged.results;
    } else {
      const patterns = args._.map(String);
      if (patterns.length === 0) fail('No files given. Name files, folders or globs, or use --stdin; see `lint-articles --help`');
      const { collectFilesAndSkipped } = await import('./node/files.js');
      const { lintFilePaths } = await import('./node/run.js');
      const { files, skipped } = collectFilesAndSkipped(patterns, {
        cwd,
        files: config.files,
        ignores: config.ignores,
        baseDirectory: config.baseDirectory,
        ignorePatterns: ((args['ignore-pattern'] as string[] | undefined) ?? []).map(String),
        ignore: args.ignore !== false,
      });
      // As ESLint: a named file that is ignored is skipped with a warning and the exit code is
      // unchanged, so a pre-commit framework that names an archive/ file does not block the commit.
      for (const { path, pattern } of skipped) {
        process.stderr.write(`lint-articles: warning: ${relativeToCwd(path, cwd)} is ignored (it matches \`${pattern}\`); not linted. Use --no-ignore to lint it\n`);
      }
      await (await import('./engine/processors.js')).loadProcessorsFor(files);
      let cache: import('./node/cache.js').LintCache | undefined;
      if (args.cache) {
        const { LintCache, resolveCacheFile, settingsHash } = await import('./node/cache.js');
        const location = typeof args['cache-location'] === 'string' ? args['cache-location'] : undefined;
        cache = new LintCache(resolveCacheFile(cwd, location), settingsHash(linter, readVersion()), config.maxFileSize);
        if (cache.warning) process.stderr.write(`lint-articles: ${cache.warning}\n`);
      }
      const { createProgress, silentProgress } = await import('./cli/progress.js');
      // Progress only for a person at a terminal: never in pipes, files or CI logs.
      const progress = process.stderr.isTTY && !process.env.CI ? createProgress((chunk) => process.stderr.write(chunk), files.length) : silentProgress;
      results = await lintFilePaths(files, linter, {
        onResult: (result) => progress.update(result),
        setup,
        concurrency: parseConcurrency(args.concurrency as string | undefined) ?? 'auto',
        fix: Boolean(args.fix),
        fixDryRun: Boolean(args['fix-dry-run']),
        ...(cache ? { cache } : {}),
      });
      progress.done();
      const failure = cache?.save();
      if (failure) process.stderr.write(`lint-articles: ${failure}\n`);
    }

    if (args.quiet) {
      results = results.map((result) => {
        const kept = result.messages.filter((message) => message.severity === 2);
        return resultOf(result.filePath, kept, result.output);
      });
    }
    const { formatsReadingSources, isFormatName, loadChunkedFormatter, loadFormatter, loadFormatterModule } = await import('./formatters/load.js');
    const formatArgument = typeof args.format === 'string' ? args.format : 'stylish';
    const builtIn = isFormatName(formatArgument);
    const format = builtIn ? formatArgument : undefined;
    const reportStream = fixedStdin ? process.stderr : process.stdout;
    const color = typeof args.color === 'boolean' ? args.color : Boolean(reportStream.isTTY) && !process.env.NO_COLOR && outputFile === undefined;
    // CI formats name files from the repository root, where annotations and code scanning look for them.
    const ciFormats: ReadonlySet<string> = new Set(['github', 'gitlab', 'sarif', 'rdjson', 'checkstyle', 'junit']);
    const sources = format === undefined || formatsReadingSources.has(format) ? (await import('./node/sources.js')).readSources(results, knownSources) : undefined;
    const context = {
      color,
      cwd,
      notes: args.notes !== false,
      ...(reportStream.isTTY && outputFile === undefined && reportStream.columns > 0 ? { width: reportStream.columns } : {}),
      ...(format !== undefined && ciFormats.has(format) ? { root: (await import('./node/repository-root.js')).repositoryRootFor(cwd) } : {}),
      toolVersion: readVersion(),
      rules: linter.rules.map((rule) => rule.meta),
      // A formatter of the user's may show lines too: it gets the sources as html does.
      ...(sources ? { sources } : {}),
      // The review page replays --fix's passes, so that its corrected article is --fix's output.
      ...(format === 'html' && sources ? { fixPasses: (await import('./node/sources.js')).recordFixPasses(linter, results, sources) } : {}),
    };
    // A JSON report of ten thousand articles is written in pieces, never held as one string.
    const chunked = format ? await loadChunkedFormatter(format) : undefined;
    const text = chunked ? undefined : format ? (await loadFormatter(format))(results, context) : await (await loadFormatterModule(formatArgument, cwd))(results, context);
    const report: Iterable<string> = chunked ? withNewline(chunked(results)) : text && !text.endsWith('\n') ? [`${text}\n`] : [text ?? ''];
    if (outputFile !== undefined) {
      const { RefusedTarget, writeReportFile } = await import('./node/output-file.js');
      try {
        writeReportFile(resolve(cwd, outputFile), report);
      } catch (error) {
        fail(`Cannot write --output-file ${outputFile}: ${error instanceof RefusedTarget ? error.message : ((error as NodeJS.ErrnoException).code ?? String(error))}`);
      }
    } else
      for (const chunk of report) {
        // Nobody reads the rest, or it cannot be written: formatting it would be work for nothing.
        if (stdoutProblem) break;
        if (chunk) reportStream.write(chunk);
      }
    if (fixedStdin && !stdoutProblem) process.stdout.write(fixedStdin);
    if (passRestOfStdin && !stdoutProblem) await passThroughStdin();
    const stepSummary = process.env.GITHUB_STEP_SUMMARY;
    if (format === 'github' && stepSummary) {
      const { formatGithubSummary } = await import('./formatters/github.js');
      try {
        appendFileSync(stepSummary, formatGithubSummary(results, context));
      } catch (error) {
        fail(`Cannot write the step summary to GITHUB_STEP_SUMMARY (${stepSummary}): ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      }
    }

    const errors = results.reduce((sum, result) => sum + result.errorCount, 0);
    const warnings = results.reduce((sum, result) => sum + result.warningCount, 0);
    if (errors > 0) return 1;
    if (exceedsWarnings(warnings, args['max-warnings'])) return 1;
    return 0;
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    if (error instanceof Error && error.name === 'FormatterError') fail(error.message);
    fail(`Internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = stdoutProblem === 'failed' ? 2 : code;
  },
  (error: unknown) => {
    process.stderr.write(`lint-articles: Internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
