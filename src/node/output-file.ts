/**
 * Writing a report to a file: folders created, the file replaced atomically (temp file + rename).
 * Only a regular file or a new path is written: a symlink, FIFO, device or folder at the path is
 * refused before anything is written (see write-targets.ts).
 */
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { refusalToReplace, temporaryPathIn } from './write-targets.js';

/** A path the report must not be written to; its message is the reason. */
export class RefusedTarget extends Error {}

/** Throws RefusedTarget when the path holds something other than a regular file. */
export function checkReportTarget(path: string): void {
  const refusal = refusalToReplace(path);
  if (refusal) throw new RefusedTarget(refusal);
}

export function writeReportFile(path: string, text: string | Iterable<string>): void {
  checkReportTarget(path);
  mkdirSync(dirname(path), { recursive: true });
  const temporary = temporaryPathIn(dirname(path));
  const descriptor = openSync(temporary, 'wx', 0o644);
  try {
    for (const chunk of typeof text === 'string' ? [text] : text) writeAll(descriptor, chunk);
    fsyncSync(descriptor);
  } catch (error) {
    closeSync(descriptor);
    unlinkSync(temporary);
    throw error;
  }
  closeSync(descriptor);
  try {
    renameSync(temporary, path);
  } catch (error) {
    unlinkSync(temporary);
    throw error;
  }
}

/** Writes all of a string to a file descriptor, however many calls it takes. */
export function writeAll(descriptor: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  let written = 0;
  while (written < bytes.length) written += writeSync(descriptor, bytes, written, bytes.length - written);
}
