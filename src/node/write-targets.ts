/**
 * What lint-articles may write over, and how its temporary files are named. A report, a cache or a
 * fixed article is written to a temporary file that is then renamed over the path; a rename
 * replaces whatever the path is, so a symlink would become a copy, a FIFO or `/dev/null` a regular
 * file. Each path is therefore checked first: only a regular file or a path that does not exist
 * yet is written.
 */
import { randomBytes } from 'node:crypto';
import { lstatSync, type Stats } from 'node:fs';
import { join } from 'node:path';

/**
 * Every temporary file this tool makes starts with this and ends with `-<pid>-<16 hex digits>.tmp`:
 * hidden, so that no glob of articles picks it up, and shaped so that the clean-up of a killed run
 * never mistakes a user's `.notes.2023.draft.tmp` for one of its own.
 */
export const temporaryPrefix = '.lint-articles-';
const temporaryName = /^\.lint-articles-(\d+)-[0-9a-f]{16}\.tmp$/;

/** A fresh temporary path in `directory`, for a file that is then renamed into place. */
export function temporaryPathIn(directory: string): string {
  return join(directory, `${temporaryPrefix}${process.pid}-${randomBytes(8).toString('hex')}.tmp`);
}

/** The process id in the name of one of this tool's temporary files, or undefined for any other name. */
export function temporaryOwner(name: string): number | undefined {
  const match = temporaryName.exec(name);
  return match?.[1] ? Number(match[1]) : undefined;
}

/** Words for what stands at a path, other than a regular file. */
export function describeNonRegular(stat: Stats): string | undefined {
  if (stat.isFile()) return undefined;
  if (stat.isSymbolicLink()) return 'a symbolic link';
  if (stat.isDirectory()) return 'a directory';
  if (stat.isFIFO()) return 'a FIFO';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

/**
 * Why `path` must not be replaced by a new file, or undefined when it is a regular file or does
 * not exist yet. The link itself is looked at, never its target.
 */
export function refusalToReplace(path: string): string | undefined {
  let stat: Stats;
  try {
    stat = lstatSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    return `cannot look at it (${code ?? String(error)})`;
  }
  const what = describeNonRegular(stat);
  return what ? `it is ${what}, which lint-articles never replaces; give a regular file or a new path` : undefined;
}
