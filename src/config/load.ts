/**
 * Finds and reads .linterrc.json (searching up from the working folder, ESLint style), validates
 * it, and resolves the paths it names relative to itself.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Severity } from '../engine/types.js';
import { ConfigError, parseJsonFile } from './errors.js';
import { validateAgainst } from './validate.js';

export type SeveritySetting = 'off' | 'warn' | 'error' | 0 | 1 | 2;
export type RuleConfig = SeveritySetting | [SeveritySetting] | [SeveritySetting, Record<string, unknown>];

export interface IgnoreEntry {
  files: string[];
  rules?: string[];
  entries?: string[];
}

export interface Config {
  rules: Record<string, RuleConfig>;
  termbases: string[];
  files: string[];
  /** Globs of files never to lint (the strings of `ignores`). */
  ignores: string[];
  /** Findings to drop by file, rule and entry (the objects of `ignores`, and of the deprecated `ignore`). */
  ignore: IgnoreEntry[];
  /** Markdown front-matter fields linted as prose; absent: `defaultFrontMatterFields`. */
  frontMatterFields?: string[];
  /** What the configuration file should change (a deprecated key), printed as warnings by the CLI. */
  warnings?: string[];
  maxFileSize: number;
  /** The file the configuration came from, if any. */
  configFile?: string;
  /** Folder that globs and termbase paths are relative to. */
  baseDirectory: string;
}

export const configFileName = '.linterrc.json';
export const defaultFiles = ['**/*.txt', '**/*.md', '**/*.markdown'];
/** Never articles: dependencies, version control, and a repository's own documents. */
export const defaultIgnores = ['**/node_modules/**', '**/.git/**', '**/README.md', '**/CHANGELOG.md', '**/CONTRIBUTING.md'];
/** The front-matter fields of Hugo, Jekyll and most CMS exports that hold a headline or standfirst. */
export const defaultFrontMatterFields: readonly string[] = ['description', 'excerpt', 'standfirst', 'summary', 'title'];
/**
 * 16 MiB: a news article is tens of kilobytes, and a rule that asks for the retext tree holds about
 * a hundred bytes of tree per byte of text, so this keeps one file's lint under 2 GB.
 */
export const defaultMaxFileSize = 16 * 1024 * 1024;

export function defaultConfig(baseDirectory: string): Config {
  return { rules: {}, termbases: [], files: [...defaultFiles], ignores: [], ignore: [], maxFileSize: defaultMaxFileSize, baseDirectory };
}

export function findConfigFile(from: string): string | undefined {
  let directory = resolve(from);
  for (;;) {
    const candidate = join(directory, configFileName);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(directory);
    if (parent === directory) return undefined;
    directory = parent;
  }
}

export function severityOf(setting: SeveritySetting): Severity {
  switch (setting) {
    case 'off':
    case 0:
      return 0;
    case 'warn':
    case 1:
      return 1;
    default:
      return 2;
  }
}

/** Reads one configuration file; `explicit` files must exist, found ones are optional. */
export function readConfigFile(file: string): Config {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new ConfigError(`Cannot read configuration (${code})`, { file, mend: 'Check the path given to --config' });
  }
  const value = parseJsonFile(text, file);
  validateAgainst('linterrc.schema.json', value, file);
  const raw = value as Partial<Omit<Config, 'baseDirectory' | 'configFile' | 'ignores' | 'warnings'>> & { ignores?: Array<string | IgnoreEntry> };
  const baseDirectory = dirname(resolve(file));
  // One key for ignoring: `ignores` holds file globs (strings) and dropped findings (objects).
  // `ignore`, which held only the objects, is read as before so that no configuration breaks.
  const warnings: string[] = [];
  if (raw.ignore !== undefined) {
    warnings.push(`${file}: \`ignore\` is deprecated; move its entries, unchanged, into \`ignores\` (one key for ignoring: a string skips files, an object drops findings)`);
  }
  const ignoreEntries = raw.ignores ?? [];
  return {
    rules: raw.rules ?? {},
    termbases: (raw.termbases ?? []).map((path) => resolve(baseDirectory, path)),
    files: raw.files ?? [...defaultFiles],
    ignores: ignoreEntries.filter((entry): entry is string => typeof entry === 'string'),
    ignore: [...ignoreEntries.filter((entry): entry is IgnoreEntry => typeof entry !== 'string'), ...(raw.ignore ?? [])],
    ...(warnings.length > 0 ? { warnings } : {}),
    ...(raw.frontMatterFields !== undefined ? { frontMatterFields: raw.frontMatterFields } : {}),
    maxFileSize: raw.maxFileSize ?? defaultMaxFileSize,
    configFile: resolve(file),
    baseDirectory,
  };
}

export interface LoadConfigOptions {
  /** An explicit --config path. */
  configFile?: string;
  /** Where the search for .linterrc.json starts. */
  cwd?: string;
  /** false: use the defaults, read no file. */
  useConfigFile?: boolean;
}

export function loadConfig(options: LoadConfigOptions = {}): Config {
  const cwd = options.cwd ?? process.cwd();
  if (options.configFile) return readConfigFile(resolve(cwd, options.configFile));
  if (options.useConfigFile === false) return defaultConfig(cwd);
  const found = findConfigFile(cwd);
  return found ? readConfigFile(found) : defaultConfig(cwd);
}
