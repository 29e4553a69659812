/**
 * The --cache file, with ESLint's semantics: results keyed by file path, valid while the file's
 * content hash and the hash of everything that decides a result (package version, rules,
 * termbases, configuration) are unchanged. An unchanged article then costs a read and a hash.
 * A result that carries fixed output is never stored: the file was rewritten, so it is linted
 * again next time. A cache that cannot be read is ignored with a warning and rebuilt.
 */
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, mkdirSync, openSync, readFileSync, readSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { isAscii } from 'node:buffer';
import { dirname, join, resolve } from 'node:path';
import { ConfigError } from '../config/errors.js';
import type { Linter } from '../linter.js';
import { countsOf, isResultCounts, storedResult, type ResultCounts } from '../engine/stored-result.js';
import type { LintResult } from '../engine/types.js';
import { codeRules } from '../rules/index.js';
import { refusalToReplace, temporaryPathIn } from './write-targets.js';

export const defaultCacheFileName = '.lint-articles-cache';
const formatVersion = 4;

interface CacheEntry {
  hash: string;
  /** The file's size and modification time when it was hashed, and when that was (ms). */
  size: number;
  mtime: number;
  hashedAt: number;
  /** The result as JSON text, read back unparsed (see stored-result.ts), and its counts. */
  result: string;
  /** The hash of `result`: an entry whose text was changed is not trusted. */
  check: string;
  counts: ResultCounts;
}

/** What a lookup learnt about a file: its content hash, and its result if the cache had one. */
export interface CacheProbe {
  hash: string;
  size: number;
  mtime: number;
  hashedAt: number;
  result?: LintResult;
}

/**
 * Timestamps are trusted only when the file was last written well before it was hashed: a file
 * saved in the same second as it was hashed could change again with the same mtime (git's "racy
 * clean" case), so it is hashed again.
 */
const racyMargin = 2000;

interface CacheFile {
  format: number;
  settings: string;
  entries: Record<string, CacheEntry>;
}

/**
 * Whether an entry read from the cache file is one this version wrote for this path. The JSON
 * report writes a stored result out as it is, and the other formats read its messages, so an entry
 * of another shape (an edited or damaged file) would end the run or break the report. Parsing
 * every stored result to be sure would cost a warm rerun of 10,000 articles a large share of its
 * time; instead each entry carries the hash of its result text, and the text must begin as a
 * result for this path does. An entry that fails either is ignored, the file linted again and the
 * entry rebuilt.
 */
function isUsableEntry(path: string, entry: unknown): entry is CacheEntry {
  if (typeof entry !== 'object' || entry === null) return false;
  const { hash, size, mtime, hashedAt, result, counts, check } = entry as Record<string, unknown>;
  if (typeof hash !== 'string' || typeof size !== 'number' || typeof mtime !== 'number' || typeof hashedAt !== 'number') return false;
  if (typeof result !== 'string' || typeof check !== 'string' || !isResultCounts(counts)) return false;
  return result.startsWith(`{"filePath":${JSON.stringify(path)},"messages":[`) && hashContent(result) === check;
}

/**
 * JSON text with every character beyond ASCII written as a `\u` escape, which can only stand inside
 * strings and parses back to the same text: the cache of 10,000 results, quotes and dashes
 * included, then reads in a third of the time.
 */
export function asciiJson(json: string): string {
  return json.replace(/[^\x00-\x7f]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Writes `asciiJson(JSON.stringify(data))` a megabyte at a time: the cache of 10,000 results is
 * 20 MB of text, which as one string (and its escaped copy) would add a fifth to the peak memory
 * of the run that writes it.
 */
function writeCacheFile(path: string, data: CacheFile): void {
  const descriptor = openSync(path, 'wx');
  try {
    const write = (text: string): void => {
      const bytes = Buffer.from(asciiJson(text), 'latin1');
      for (let offset = 0; offset < bytes.length; ) offset += writeSync(descriptor, bytes, offset);
    };
    let pending = `{"format":${JSON.stringify(data.format)},"settings":${JSON.stringify(data.settings)},"entries":{`;
    let first = true;
    for (const [path, entry] of Object.entries(data.entries)) {
      pending += `${first ? '' : ','}${JSON.stringify(path)}:${JSON.stringify(entry)}`;
      first = false;
      if (pending.length >= 1 << 20) {
        write(pending);
        pending = '';
      }
    }
    write(`${pending}}}`);
  } finally {
    closeSync(descriptor);
  }
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
      frontMatterFields: config.frontMatterFields ?? null,
      reportUnusedDisableDirectives: linter.reportUnusedDisableDirectives,
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
  /** Whether the file on disk was made with these settings (else it must be rewritten). */
  #loadedSettings = false;
  /** Set when the cache file existed but could not be used. */
  readonly warning: string | undefined;

  /** Files larger than this are never hashed (they are refused unread when linted). */
  readonly #maxFileSize: number;

  /** One buffer for every file this cache hashes: a cold cache reads thousands of files and keeps none. */
  #buffer = Buffer.allocUnsafe(1 << 16);

  /** Throws a ConfigError when the cache path holds a symlink, FIFO, device or folder. */
  constructor(file: string, settings: string, maxFileSize = Number.POSITIVE_INFINITY) {
    this.file = file;
    this.#settings = settings;
    this.#maxFileSize = maxFileSize;
    // Checked before the first read: reading a FIFO would block, and the save would replace it.
    const refusal = refusalToReplace(file);
    if (refusal) throw new ConfigError(`Cannot use the cache file ${file}: ${refusal}`, { mend: 'Point --cache-location at a regular file, a new path or a folder' });
    this.warning = this.#load();
  }

  #load(): string | undefined {
    let text: string;
    try {
      // Written in ASCII (see `save`), which reads as one-byte text without decoding UTF-8.
      const bytes = readFileSync(this.file);
      text = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return code === 'ENOENT' ? undefined : `Cannot read cache ${this.file} (${code ?? 'error'}); linting everything`;
    }
    try {
      const data = JSON.parse(text) as Partial<CacheFile>;
      // Written by another version of the format: every entry is stale, and the file is rewritten.
      if (typeof data.format === 'number' && data.format !== formatVersion && typeof data.entries === 'object') return undefined;
      if (data.format !== formatVersion || typeof data.entries !== 'object' || data.entries === null) throw new Error('unknown format');
      // Other settings: every entry is stale, but the file is fine.
      if (data.settings === this.#settings) {
        this.#previous = data.entries;
        this.#loadedSettings = true;
      }
      return undefined;
    } catch {
      return `Ignoring corrupt cache ${this.file}; it will be rebuilt`;
    }
  }

  /**
   * Looks a file up. An unchanged size and mtime (written well before it was hashed) answer
   * without reading it; otherwise the content hash decides. Undefined: the file cannot be read.
   */
  probe(path: string): CacheProbe | undefined {
    this.#touched.add(path);
    const entry = this.#previous[path];
    let descriptor: number | undefined;
    try {
      const usable = isUsableEntry(path, entry) ? entry : undefined;
      const known = usable ? statSync(path) : undefined;
      if (known?.isFile() && usable && usable.size === known.size && usable.mtime === known.mtimeMs && usable.mtime < usable.hashedAt - racyMargin) {
        this.#next.set(path, usable);
        return { hash: usable.hash, size: usable.size, mtime: usable.mtime, hashedAt: usable.hashedAt, result: storedResult(path, usable.result, usable.counts) };
      }
      // The same gate as for linting, before a byte is read: a FIFO would block, /dev/zero never
      // end, and a sparse file of a gigabyte would be read whole into memory.
      descriptor = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
      const stat = fstatSync(descriptor);
      if (!stat.isFile() || stat.size > this.#maxFileSize) return undefined;
      const hashedAt = Date.now();
      const hash = hashContent(this.#readAll(descriptor, stat.size));
      const probe: CacheProbe = { hash, size: stat.size, mtime: stat.mtimeMs, hashedAt };
      if (usable && usable.hash === hash) {
        probe.result = storedResult(path, usable.result, usable.counts);
        this.#next.set(path, { ...usable, size: stat.size, mtime: stat.mtimeMs, hashedAt });
      }
      return probe;
    } catch {
      // Unreadable files are linted, which reports why.
      return undefined;
    } finally {
      if (descriptor !== undefined) closeSync(descriptor);
    }
  }

  #readAll(descriptor: number, size: number): Buffer {
    if (size + 1 > this.#buffer.length) this.#buffer = Buffer.allocUnsafe(size + 1);
    let length = 0;
    // Read to the end: the file may have grown since fstat.
    for (let read = -1; read !== 0; length += read) {
      if (length === this.#buffer.length) {
        const larger = Buffer.allocUnsafe(this.#buffer.length * 2);
        this.#buffer.copy(larger);
        this.#buffer = larger;
      }
      read = readSync(descriptor, this.#buffer, length, this.#buffer.length - length, null);
    }
    return this.#buffer.subarray(0, length);
  }

  set(path: string, probe: CacheProbe, result: LintResult): void {
    this.#touched.add(path);
    if (result.output !== undefined || result.fatalErrorCount > 0) {
      this.#next.delete(path);
      return;
    }
    const text = JSON.stringify(result);
    this.#next.set(path, { hash: probe.hash, size: probe.size, mtime: probe.mtime, hashedAt: probe.hashedAt, result: text, check: hashContent(text), counts: countsOf(result) });
  }

  #unchanged(entries: Record<string, CacheEntry>): boolean {
    if (!this.#loadedSettings || Object.keys(entries).length !== Object.keys(this.#previous).length) return false;
    for (const [path, entry] of Object.entries(entries)) if (this.#previous[path] !== entry) return false;
    return true;
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
    // A run answered wholly from the cache leaves it as it was: no need to write 10,000 entries back.
    if (this.#unchanged(entries)) return undefined;
    const sorted: Record<string, CacheEntry> = {};
    for (const path of Object.keys(entries).sort()) sorted[path] = entries[path] as CacheEntry;
    const data: CacheFile = { format: formatVersion, settings: this.#settings, entries: sorted };
    const refusal = refusalToReplace(this.file);
    if (refusal) return `Cannot write cache ${this.file}: ${refusal}`;
    let temporary: string | undefined;
    try {
      // A --cache-location in a folder that does not exist yet: the folder is made.
      mkdirSync(dirname(this.file), { recursive: true });
      temporary = temporaryPathIn(dirname(this.file));
      writeCacheFile(temporary, data);
      renameSync(temporary, this.file);
      return undefined;
    } catch (error) {
      try {
        if (temporary !== undefined) unlinkSync(temporary);
      } catch {
        // Nothing was written.
      }
      return `Cannot write cache ${this.file} (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
    }
  }
}
