/** The command-line options as data: one row per flag, shared by the parser, --help and the docs. */
import { formatNames } from '../formatters/load.js';

export interface OptionRow {
  name: string;
  type: 'string' | 'boolean' | 'number';
  description: string;
  choices?: readonly string[];
  array?: boolean;
  alias?: string;
  default?: string | boolean;
}

export const optionRows: readonly OptionRow[] = [
  // No default in the row: --ndjson refuses an explicit format other than json, so "not given" must stay visible.
  {
    name: 'format',
    alias: 'f',
    type: 'string',
    description: `Output format (default: stylish): ${formatNames.join(', ')}, or the path of a formatter module (./my-formatter.mjs) whose default export turns the results into a string`,
  },
  { name: 'fix', type: 'boolean', description: 'Apply certain fixes to the files (suggestions are never applied); with --stdin, write the fixed article to stdout and the report to stderr' },
  { name: 'fix-dry-run', type: 'boolean', description: 'Compute fixes and report them (output in JSON) without writing files' },
  { name: 'config', alias: 'c', type: 'string', description: 'Use this configuration file instead of searching for .linterrc.json' },
  { name: 'config-lookup', type: 'boolean', default: true, description: 'Search for .linterrc.json from the working folder up (--no-config-lookup: use the defaults)' },
  { name: 'rule', type: 'string', array: true, description: "Set a rule, e.g. --rule 'calque: off' or --rule 'mojibake: [\"warn\"]' (repeatable)" },
  { name: 'max-warnings', type: 'number', description: 'Exit 1 when there are more warnings than this' },
  { name: 'quiet', type: 'boolean', description: 'Report errors only' },
  { name: 'stdin', type: 'boolean', description: 'Lint text from standard input (give no file names with it)' },
  { name: 'stdin-filename', type: 'string', description: 'File name for standard input (picks the processor, names the result)' },
  { name: 'print-config', type: 'string', description: 'Print the configuration that applies to a file, and exit' },
  { name: 'list-rules', type: 'boolean', description: 'List the rules with their severity and description, and exit' },
  { name: 'output-file', alias: 'o', type: 'string', description: 'Write the report to this file (atomically, creating folders) instead of standard output' },
  { name: 'report-unused-disable-directives', type: 'boolean', description: 'Report inline lint-articles-disable directives that silenced nothing, as errors' },
  { name: 'staged', type: 'boolean', description: 'Lint the staged copy of the staged articles (git), as a pre-commit hook does; with --fix, fix and re-stage them' },
  { name: 'install-hook', type: 'boolean', description: 'Install a git pre-commit hook that runs lint-articles --staged (honours core.hooksPath), and exit' },
  { name: 'uninstall-hook', type: 'boolean', description: 'Remove the pre-commit hook that --install-hook wrote, and exit' },
  { name: 'force', type: 'boolean', description: 'With --install-hook: replace a pre-commit hook that lint-articles did not write (kept as pre-commit.backup)' },
  { name: 'explain', type: 'string', description: "Print a rule's documentation with its entries and examples, and exit" },
  { name: 'concurrency', type: 'string', default: 'auto', description: 'Lint files on this many worker threads; `auto`: one per core when there are enough files to pay for it; `off`: in this thread' },
  { name: 'cache', type: 'boolean', description: 'Only lint files that changed since the last run (results kept in .lint-articles-cache)' },
  { name: 'cache-location', type: 'string', description: 'Path of the cache file, or a folder to keep it in (implies nothing without --cache)' },
  { name: 'lsp', type: 'boolean', description: 'Run as a language server over stdio for editors (given alone, or with --stdio): findings as you type, fixes as code actions' },
  { name: 'ndjson', type: 'boolean', description: 'With --stdin: read one {"id", "text"} JSON object per line and write one result per line' },
  { name: 'notes', type: 'boolean', default: true, description: 'Show the reason and evidence of each finding below it (--no-notes: one line per finding)' },
  { name: 'ignore', type: 'boolean', default: true, description: 'Honour `ignores` of the configuration and --ignore-pattern (--no-ignore: lint ignored files too)' },
  { name: 'ignore-pattern', type: 'string', array: true, description: 'Skip files matching this glob, relative to the working folder (repeatable), as `ignores` does' },
  { name: 'color', type: 'boolean', description: 'Force colour on or off (--no-color); default: on when stdout is a terminal' },
];
