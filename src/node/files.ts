/**
 * Finding articles on disk and writing fixed ones back. A path that does not exist is a usage
 * error (exit 2); a file that cannot be read becomes a fatal message on that file so that the other
 * files are still linted.
 */
import { closeSync, constants, fchmodSync, fchownSync, fstatSync, fsyncSync, lstatSync, openSync, readdirSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { createRequire } from 'node:module';
import { ConfigError } from '../config/errors.js';
import { defaultIgnores } from '../config/load.js';
import { decodeArticle, encodeArticle, type DecodedFile } from './read.js';
import { describeNonRegular, temporaryOwner, temporaryPathIn } from './write-targets.js';

const globCharacters = /[*?[\]{}!]/;

/** tinyglobby is loaded only when a folder or glob is given: a run on named files never needs it. */
function globSync(patterns: string[], options: import('tinyglobby').GlobOptions): string[] {
  const { globSync: glob } = createRequire(import.meta.url)('tinyglobby') as typeof import('tinyglobby');
  return glob(patterns, options);
}

export interface CollectOptions {
  cwd: string;
  files: readonly string[];
  /** The configuration's file globs never to lint, relative to `baseDirectory`. */
  ignores: readonly string[];
  /** Folder the configuration's ignore globs are relative to. */
  baseDirectory: string;
  /** --ignore-pattern: more globs never to lint, relative to `cwd`. */
  ignorePatterns?: readonly string[];
  /** false with --no-ignore: `ignores` and --ignore-pattern are not applied, and a named file is always linted. */
  ignore?: boolean;
}

export interface CollectedFiles {
  /** Absolute paths, sorted and de-duplicated. */
  files: string[];
  /** Files named on the command line that are ignored, each with the glob that ignores it. */
  skipped: Array<{ path: string; pattern: string }>;
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}

/** Folders that are never searched, even with --no-ignore: dependencies and version control. */
const neverSearched = ['**/node_modules/**', '**/.git/**'];

/** The glob that ignores an absolute path, if any: built-in and configured ones, then --ignore-pattern. */
function ignoringPattern(options: CollectOptions): (absolute: string) => string | undefined {
  const picomatch = createRequire(import.meta.url)('picomatch') as typeof import('picomatch');
  const configured = [...defaultIgnores, ...(options.ignore === false ? [] : options.ignores)].map((glob) => ({ glob, matches: picomatch(glob, { dot: true }) }));
  const given = (options.ignore === false ? [] : (options.ignorePatterns ?? [])).map((glob) => ({ glob, matches: picomatch(glob, { dot: true }) }));
  return (absolute) => {
    const fromBase = toPosix(relative(options.baseDirectory, absolute));
    // Globs of the configuration are relative to its folder; a file outside it gets the built-in ones only.
    const inside = !fromBase.startsWith('../') && fromBase !== '..' && resolve(options.baseDirectory, fromBase) === absolute;
    for (const { glob, matches } of configured) {
      if (inside ? matches(fromBase) : defaultIgnores.includes(glob) && matches(toPosix(absolute).replace(/^\/+/, ''))) return glob;
    }
    const fromCwd = toPosix(relative(options.cwd, absolute));
    for (const { glob, matches } of given) if (matches(fromCwd)) return glob;
    return undefined;
  };
}

/** Expands the command-line paths into a sorted, de-duplicated list of absolute file paths. */
export function collectFiles(patterns: readonly string[], options: CollectOptions): string[] {
  return collectFilesAndSkipped(patterns, options).files;
}

/**
 * As ESLint does: a file named on the command line that is ignored is skipped and listed in
 * `skipped` (the caller warns); a folder or glob whose every file is ignored is a usage error,
 * since a run that lints nothing must not pass as a clean one.
 */
export function collectFilesAndSkipped(patterns: readonly string[], options: CollectOptions): CollectedFiles {
  const found = new Set<string>();
  const skipped: CollectedFiles['skipped'] = [];
  let ignoredBy: ((absolute: string) => string | undefined) | undefined;
  const isIgnored = (absolute: string) => (ignoredBy ??= ignoringPattern(options))(absolute);
  const keepUnignored = (pattern: string, matches: string[], what: string) => {
    const kept = matches.map((match) => resolve(match)).filter((match) => isIgnored(match) === undefined);
    if (matches.length > 0 && kept.length === 0) {
      throw new ConfigError(`All files matched by \`${pattern}\` are ignored (${matches.length} ${what}); nothing was linted`, {
        mend: 'Check `ignores` in the configuration and --ignore-pattern, or use --no-ignore to lint them',
      });
    }
    for (const match of kept) found.add(match);
  };
  for (const pattern of patterns) {
    const absolute = resolve(options.cwd, pattern);
    let stat: ReturnType<typeof statSync> | undefined;
    try {
      stat = statSync(absolute);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' && globCharacters.test(pattern)) {
        const matches = globSync([toPosix(pattern)], { cwd: options.cwd, ignore: neverSearched, absolute: true, dot: false, onlyFiles: true });
        if (matches.length === 0) throw new ConfigError(`No files match the pattern \`${pattern}\``, { mend: 'Check the pattern, or quote it so that the shell does not expand it' });
        keepUnignored(pattern, matches, matches.length === 1 ? 'file' : 'files');
        continue;
      }
      if (code === 'ENOENT' || code === 'ENOTDIR') {
        throw new ConfigError(`No such file or directory: ${pattern}`, { mend: 'Check the path' });
      }
      // A symlink loop (ELOOP) or an unreadable path is the file's problem, not the run's: it is
      // reported on that path.
      found.add(absolute);
      continue;
    }
    if (stat.isDirectory()) {
      // The configuration's `files` are relative to its folder; a folder outside it gets them as they are.
      const inside = toPosix(relative(options.baseDirectory, absolute));
      const outside = inside.startsWith('..') || resolve(options.baseDirectory, inside) !== absolute;
      const prefix = outside || inside === '' ? '' : `${inside}/`;
      const matches = globSync(
        options.files.map((file) => prefix + file),
        { cwd: outside ? absolute : options.baseDirectory, ignore: neverSearched, absolute: true, dot: false, onlyFiles: true, followSymbolicLinks: false },
      );
      keepUnignored(pattern, matches, matches.length === 1 ? 'article' : 'articles');
    } else {
      // A file named explicitly is linted whatever its extension, as ESLint does, unless ignored.
      const pattern = options.ignore === false ? undefined : isIgnored(absolute);
      if (pattern === undefined) found.add(absolute);
      else skipped.push({ path: absolute, pattern });
    }
  }
  return { files: [...found].sort(), skipped };
}

export type ReadOutcome =
  | (DecodedFile & { bytes: Buffer })
  | { kind: 'error'; reason: string; severity: 1 | 2 };

const readErrorWords: Record<string, string> = {
  EACCES: 'Permission denied',
  EPERM: 'Operation not permitted',
  ENOENT: 'File vanished before it could be read',
  ELOOP: 'Too many levels of symbolic links',
  EISDIR: 'Is a directory',
  EMFILE: 'Too many open files',
  EIO: 'Input/output error',
};

/**
 * Reads one article; never throws. The file is opened once and measured through its descriptor,
 * so a file replaced between the size check and the read cannot slip past `maxFileSize`, and a
 * FIFO or device (which would block or never end) is refused before a byte is read.
 */
export function readArticle(path: string, maxFileSize: number): ReadOutcome {
  let bytes: Buffer;
  let descriptor: number | undefined;
  try {
    descriptor = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const stat = fstatSync(descriptor);
    if (stat.isDirectory()) return { kind: 'error', reason: 'Is a directory', severity: 2 };
    if (!stat.isFile()) return { kind: 'error', reason: 'Not a regular file (a FIFO, socket or device); not linted', severity: 1 };
    if (stat.size > maxFileSize) {
      return { kind: 'error', reason: `File is ${stat.size} bytes, over the limit of ${maxFileSize} (maxFileSize in .linterrc.json); not linted`, severity: 1 };
    }
    bytes = readFileSync(descriptor);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EUNKNOWN';
    return { kind: 'error', reason: `Cannot read file: ${readErrorWords[code] ?? code} (${code})`, severity: 2 };
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
  if (bytes.length > maxFileSize) {
    return { kind: 'error', reason: `File grew to over ${maxFileSize} bytes while it was read (maxFileSize in .linterrc.json); not linted`, severity: 1 };
  }
  const decoded = decodeArticle(bytes);
  if (decoded.kind !== 'text') return { kind: 'error', reason: decoded.reason, severity: decoded.kind === 'binary' ? 1 : 2 };
  return { ...decoded, bytes };
}

export interface WriteRequest {
  path: string;
  text: string;
  bom: boolean;
  encoding: DecodedFile['encoding'];
  /** The bytes the fix was computed from; the write is refused if the file changed since. */
  original: Buffer;
  /**
   * Called after the temporary file is complete and before the file on disk is compared; tests
   * use it to change the file at exactly that moment.
   */
  beforeCompare?: () => void;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const cleanedDirectories = new Set<string>();

/**
 * Removes temporary files that a killed `--fix` left behind in a folder: those named as only this
 * tool names them (see write-targets.ts) whose process no longer runs. Once per folder per run; a
 * temporary file of a running process, and any file named otherwise, is never touched.
 */
export function removeStaleTemporaryFiles(directory: string): string[] {
  if (cleanedDirectories.has(directory)) return [];
  cleanedDirectories.add(directory);
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(directory);
  } catch {
    return removed;
  }
  for (const name of names) {
    const pid = temporaryOwner(name);
    if (pid === undefined || pid === process.pid || isRunning(pid)) continue;
    try {
      unlinkSync(join(directory, name));
      removed.push(name);
    } catch {
      // Another run removed it first, or the folder is read-only: nothing to do.
    }
  }
  return removed;
}

/** The xattr binding is loaded only when a fix is written: a lint run never needs it. */
function xattrBinding(): typeof import('@napi-rs/xattr') {
  return createRequire(import.meta.url)('@napi-rs/xattr') as typeof import('@napi-rs/xattr');
}

/**
 * Gives the temporary file the original's owner, group, extended attributes (ACLs and SELinux
 * labels are extended attributes too) and mode. Returns why one of them cannot be kept, or
 * undefined when all were.
 */
function copyMetadata(descriptor: number, temporary: string, source: string, original: Stats): string | undefined {
  try {
    const own = fstatSync(descriptor);
    if (own.uid !== original.uid || own.gid !== original.gid) fchownSync(descriptor, original.uid, original.gid);
  } catch (error) {
    return `Cannot keep the file's owner and group (${original.uid}:${original.gid}): ${(error as NodeJS.ErrnoException).code ?? String(error)}; fix not written`;
  }
  const xattr = xattrBinding();
  let names: string[] = [];
  try {
    names = xattr.listAttributesSync(source);
  } catch (error) {
    // A file system without extended attributes has none to keep.
    if (!/not supported/i.test(String(error))) return `Cannot read the file's extended attributes (${String(error)}); fix not written`;
  }
  for (const name of names) {
    try {
      const value = xattr.getAttributeSync(source, name);
      if (value !== null) xattr.setAttributeSync(temporary, name, value);
    } catch (error) {
      return `Cannot keep the extended attribute ${name} (${String(error)}); fix not written`;
    }
  }
  // Last: chown clears the set-user-ID and set-group-ID bits, and an ACL sets the group bits.
  fchmodSync(descriptor, original.mode & 0o7777);
  return undefined;
}

/**
 * Where a fix of `path` is written: the file itself, or for a symbolic link the file it points to,
 * so that the link stays a link and its target is fixed. Refused: a file with other hard links,
 * which a rename would split from them, and anything that is not a regular file.
 */
function writeTarget(path: string): { target: string; stat: Stats } | string {
  let target = path;
  try {
    if (lstatSync(path).isSymbolicLink()) target = realpathSync(path);
    const stat = lstatSync(target);
    if (!stat.isFile()) return `The file became ${describeNonRegular(stat) ?? 'something else'} while it was linted; fix not written`;
    if (stat.nlink > 1) return `File has ${stat.nlink} hard links, which rewriting it would split; fix not written (the findings below are still in the file)`;
    return { target, stat };
  } catch (error) {
    return `File vanished before the fix was written (${(error as NodeJS.ErrnoException).code ?? 'error'}); not written`;
  }
}

/**
 * Atomic write: a temporary file in the same folder as the file (the target of a symlink), with the
 * original's owner, group, mode and extended attributes, fsync, then rename. The file is compared
 * with what was read just before the rename, so an editor's save in between is never overwritten;
 * a file another run has already fixed the same way counts as written.
 * Returns an error reason, or undefined on success.
 */
export function writeArticleAtomically(request: WriteRequest): string | undefined {
  const bytes = encodeArticle(request.text, request.bom, request.encoding);
  if (bytes.equals(request.original)) return undefined;
  const found = writeTarget(request.path);
  if (typeof found === 'string') return found;
  const { target, stat } = found;
  const temporary = temporaryPathIn(dirname(target));
  let descriptor: number | undefined;
  try {
    descriptor = openSync(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
    let written = 0;
    while (written < bytes.length) written += writeSync(descriptor, bytes, written, bytes.length - written);
    const refusal = copyMetadata(descriptor, temporary, target, stat);
    if (refusal) {
      closeSync(descriptor);
      descriptor = undefined;
      unlinkSync(temporary);
      return refusal;
    }
    fsyncSync(descriptor);
    closeSync(descriptor);
    descriptor = undefined;
    request.beforeCompare?.();
    let current: Buffer;
    try {
      current = readFileSync(target);
    } catch (error) {
      unlinkSync(temporary);
      return `File vanished before the fix was written (${(error as NodeJS.ErrnoException).code ?? 'error'}); not written`;
    }
    if (current.equals(bytes)) {
      // Another run (a second `--fix` on the same files) wrote the same result first.
      unlinkSync(temporary);
      return undefined;
    }
    if (!current.equals(request.original)) {
      unlinkSync(temporary);
      return 'File changed on disk while it was being linted; fix not written';
    }
    renameSync(temporary, target);
    return undefined;
  } catch (error) {
    if (descriptor !== undefined) closeSync(descriptor);
    try {
      unlinkSync(temporary);
    } catch {
      // The temporary file was never created or is already gone; nothing else to clean up.
    }
    return `Cannot write fixed file: ${(error as NodeJS.ErrnoException).code ?? String(error)}`;
  }
}
