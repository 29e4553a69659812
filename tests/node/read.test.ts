import { describe, expect, it } from 'vitest';
import { decodeArticle, encodeArticle, findLoneSurrogate } from '../../src/node/read.js';

function utf16(text: string, bigEndian: boolean): Buffer {
  const body = Buffer.from(text, 'utf16le');
  if (bigEndian) body.swap16();
  return Buffer.concat([Buffer.from(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]), body]);
}

describe('decodeArticle on UTF-16', () => {
  it('should name the byte offset of a low surrogate with no high one before it (big-endian)', () => {
    const decoded = decodeArticle(utf16('ab\udc00c', true));
    expect(decoded).toEqual({ kind: 'invalid', reason: expect.stringContaining('Invalid UTF-16BE at byte offset 6 (a lone surrogate, 0xDC 0x00)') });
  });

  it('should refuse a high surrogate at the very end of the file', () => {
    expect(findLoneSurrogate(utf16('abc\ud800', false), false, 2)).toBe(8);
  });

  it('should refuse a high surrogate followed by another high surrogate', () => {
    expect(findLoneSurrogate(utf16('\ud800\ud800\udc00', false), false, 2)).toBe(2);
  });

  it('should decode a valid pair and give back the same bytes', () => {
    const bytes = utf16('Caf\u00e9 \ud83d\ude00 news', false);
    const decoded = decodeArticle(bytes);
    if (decoded.kind !== 'text') throw new Error(decoded.reason);
    expect(decoded.text).toBe('Caf\u00e9 \ud83d\ude00 news');
    expect(encodeArticle(decoded.text, decoded.bom, decoded.encoding).equals(bytes)).toBe(true);
  });
});
