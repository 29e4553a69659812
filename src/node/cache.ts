/**
 * The --cache file, with ESLint's semantics: results keyed by file path, valid while the file's
 * content hash and the hash of everything that decides a result (package version, rules,
 * termbases, configuration) are unchanged. An unchanged article then costs a read and a hash.
 * A result that carries fixed output is never stored: the file was rewritten, so it is linted
 * again next time. A cache that cannot be read is ignored with a warning and rebuilt.
 */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Linter } from '../engine/linter.js';
import type { LintResult } from '../engine/types.js';
import { codeRules } from '../rules/index.js';

export const defaultCacheFileName = '.lint-articles-cache';
const formatVersion = 1;

interface CacheEntry {
  hash: string;
  result: LintResult;
}

interface CacheFile {
  format: number;
  settings: string;
  entries: Record<string, CacheEntry>;
}

export function hashContent(bytes: Uint8Array | string): string {
  return createHash('sha1').update(bytes).digest('hex');
}

/**
 * The cache file for --cache-location: a folder (existing, or written with a trailing slash) gets a
 * file named after the working folder inside it, as ESLint does, so that projects can share it.
 */
export function resolveCacheFile(cwd: string, location: string | undefined): string {
  if (location === undefined || location === '') return resolve(cwd, defaultCacheFileName);
  const absolute = resolve(cwd, location);
  let isDirectory = /[\\/]$/.test(location);
  try {
    isDirectory ||= statSync(absolute).isDirectory();
  } catch {
    // A path that does not exist yet names the cache file itself.
  }
  return isDirectory ? join(absolute, `${defaultCacheFileName}_${hashContent(cwd).slice(0, 12)}`) : absolute;
}

/** Everything besides the file's own bytes that decides its result. */
export function settingsHash(linter: Linter, packageVersion: string): string {
  const { config } = linter;
  return hashContent(
    JSON.stringify({
      packageVersion,
      codeRules: codeRules.map((rule) => rule.meta.id),
      termbases: linter.termbases.map((termbase) => termbase.data),
      active: linter.active.map((item) => [item.rule.meta.id, item.severity, item.options]),
      ignore: config.ignore,
      maxFileSize: config.maxFileSize,
    }),
  );
}

export class LintCache {
  readonly file: string;
  readonly #settings: string;
  #previous: Record<string, CacheEntry> = {};
  readonly #next = new Map<string, CacheEntry>();
  /** Paths looked up or linted this run: their old entries are replaced or dropped. */
  readonly #touched = new Set<string>();
  /** Set when the cache file existed but could not be used. */
  readonly warning: string | undefined;

  constructor(file: string, settings: string) {
    this.file = file;
    this.#settings = settings;
    this.warning = this.#load();
  }

  #load(): string | undefined {
    let text: string;
    try {
      text = readFileSync(this.file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return code === 'ENOENT' ? undefined : `Cannot read cache ${this.file} (${code ?? 'error'}); linting everything`;
    }
    try {
      const data = JSON.parse(text) as Partial<CacheFile>;
      if (data.format !== formatVersion || typeof data.entries !== 'object' || data.entries === null) throw new Error('unknown format');
      // Other settings: every entry is stale, but the file is fine.
      if (data.settings === this.#settings) this.#previous = data.entries;
      return undefined;
    } catch {
      return `Ignoring corrupt cache ${this.file}; it will be rebuilt`;
    }
  }

  /** The stored result for this path and content, if still valid. */
  get(path: string, hash: string): LintResult | undefined {
    this.#touched.add(path);
    const entry = this.#previous[path];
    if (!entry || entry.hash !== hash || typeof entry.result !== 'object') return undefined;
    this.#next.set(path, entry);
    return entry.result;
  }

  set(path: string, hash: string, result: LintResult): void {
    this.#touched.add(path);
    if (result.output !== undefined || result.fatalErrorCount > 0) {
      this.#next.delete(path);
      return;
    }
    this.#next.set(path, { hash, result });
  }

  /**
   * Writes the cache atomically (temporary file + rename). Entries of files not linted this run
   * are kept while the files exist, so linting one folder does not forget another.
   */
  save(): string | undefined {
    const entries: Record<string, CacheEntry> = {};
    for (const [path, entry] of Object.entries(this.#previous)) {
      if (this.#touched.has(path)) continue;
      try {
        if (statSync(path).isFile()) entries[path] = entry;
      } catch {
        // The file is gone; so is its entry.
      }
    }
    for (const [path, entry] of this.#next) entries[path] = entry;
    const sorted: Record<string, CacheEntry> = {};
    for (const path of Object.keys(entries).sort()) sorted[path] = entries[path] as CacheEntry;
    const data: CacheFile = { format: formatVersion, settings: this.#settings, entries: sorted };
    const temporary = join(dirname(this.file), `.${basename(this.file)}.${process.pid}.tmp`);
    try {
      writeFileSync(temporary, JSON.stringify(data));
      renameSync(temporary, this.file);
      return undefined;
    } catch (error) {
      try {
        unlinkSync(temporary);
      } catch {
        // Nothing was written.
      }
      return `Cannot write cache ${this.file} (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
    }
  }
}
