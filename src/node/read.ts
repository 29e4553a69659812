/**
 * Reading an article without losing a byte: the text exactly as stored (a UTF-8 BOM is remembered,
 * not linted), UTF-16 with a BOM decoded, and everything that is not text refused with a reason
 * that names the byte offset.
 */
import { isUtf8 } from 'node:buffer';

export type Encoding = 'utf8' | 'utf16le' | 'utf16be';

export interface DecodedFile {
  kind: 'text';
  text: string;
  bom: boolean;
  encoding: Encoding;
}

export interface RefusedFile {
  kind: 'binary' | 'invalid';
  reason: string;
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
export function findInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  const length = bytes.length;
  while (index < length) {
    const byte = bytes[index] ?? 0;
    if (byte < 0x80) {
      index++;
      continue;
    }
    let need: number;
    let min: number;
    if (byte >= 0xc2 && byte <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (byte >= 0xe0 && byte <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (byte >= 0xf0 && byte <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return index;
    }
    let codePoint = byte & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const next = bytes[index + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return index;
      codePoint = (codePoint << 6) | (next & 0x3f);
    }
    if (codePoint < min || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return index;
    index += need + 1;
  }
  return -1;
}

/**
 * Byte offset (from the start of `bytes`) of the first UTF-16 code unit that is a lone surrogate:
 * a high surrogate not followed by a low one, or a low one with no high one before it. Decoding
 * such a file replaces the unit with U+FFFD, and writing it back would change bytes no fix touched.
 */
export function findLoneSurrogate(bytes: Uint8Array, bigEndian: boolean, from = 0): number {
  const unitAt = (index: number): number => {
    const first = bytes[index] ?? 0;
    const second = bytes[index + 1] ?? 0;
    return bigEndian ? (first << 8) | second : (second << 8) | first;
  };
  for (let index = from; index + 1 < bytes.length; index += 2) {
    const unit = unitAt(index);
    if (unit < 0xd800 || unit > 0xdfff) continue;
    if (unit >= 0xdc00) return index;
    if (index + 3 >= bytes.length) return index;
    const next = unitAt(index + 2);
    if (next < 0xdc00 || next > 0xdfff) return index;
    index += 2;
  }
  return -1;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf16le' | 'utf16be'): DecodedFile | RefusedFile {
  const name = encoding === 'utf16le' ? 'UTF-16LE' : 'UTF-16BE';
  if ((bytes.length - 2) % 2 !== 0) return { kind: 'invalid', reason: `${name} file has an odd number of bytes (${bytes.length})` };
  const bad = findLoneSurrogate(bytes, encoding === 'utf16be', 2);
  if (bad >= 0) {
    const first = (bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    const second = (bytes[bad + 1] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    return { kind: 'invalid', reason: `Invalid ${name} at byte offset ${bad} (a lone surrogate, 0x${first} 0x${second}); not linted and never rewritten` };
  }
  return { kind: 'text', text: new TextDecoder(encoding === 'utf16le' ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2)), bom: true, encoding };
}

/** Heuristic of git and grep: a NUL byte in the first 8000 bytes means binary. */
export function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8000).indexOf(0) !== -1;
}

export function decodeArticle(bytes: Uint8Array): DecodedFile | RefusedFile {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 'utf16le');
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 'utf16be');
  if (looksBinary(bytes)) return { kind: 'binary', reason: 'File looks binary (it contains a NUL byte); not linted' };
  // The native check answers for the common, valid file; the byte walk only names the offset.
  const bad = isUtf8(bytes) ? -1 : findInvalidUtf8(bytes);
  if (bad >= 0) {
    const value = (bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    return { kind: 'invalid', reason: `Invalid UTF-8 at byte offset ${bad} (0x${value}); not linted and never rewritten` };
  }
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8', bom ? 3 : 0);
  return { kind: 'text', text, bom, encoding: 'utf8' };
}

export function encodeArticle(text: string, bom: boolean, encoding: Encoding): Buffer {
  if (encoding === 'utf16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  if (encoding === 'utf16be') {
    const body = Buffer.from(text, 'utf16le');
    body.swap16();
    return Buffer.concat([Buffer.from([0xfe, 0xff]), body]);
  }
  const body = Buffer.from(text, 'utf8');
  return bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
}
