/**
 * The legacy single-byte code pages whose misreading of UTF-8 turns up in scraped news
 * ("â€™" for ’ read as Windows-1252, "โ€œ" for “ read as Windows-874), as tables built once
 * from iconv-lite: which character each byte decodes to, and which byte each character came from.
 *
 * The reverse map is "sloppy", as ftfy's is: real pages are often decoded by software that falls
 * back to Windows-1252 or to a C1 control for bytes a code page leaves undefined ("β€œ" is “ read
 * as Windows-1253, whose byte 0x9C is undefined, so the decoder showed cp1252's `œ`). iconv-lite's
 * own encode turns such characters into `?` silently, so it cannot be used for the reversal.
 */
import { createRequire } from 'node:module';
import { lazy } from './memo.js';

type Iconv = typeof import('iconv-lite');

/** iconv-lite is loaded with the first code page: most articles are rejected before they are built. */
const decoder = lazy((): Iconv => createRequire(import.meta.url)('iconv-lite') as Iconv);

export interface CodePage {
  /** The iconv-lite name. */
  name: string;
  /** A label for messages ("Windows-1252"). */
  label: string;
  /** Character to byte, including the sloppy fallbacks for undefined bytes. */
  byteOf: ReadonlyMap<string, number>;
  /** Byte to character as a sloppy decoder shows it (cp1252's character, else the C1 control). */
  characterOf: readonly string[];
  /** Bytes the code page leaves undefined; a strict decoder drops them. */
  undefinedBytes: ReadonlySet<number>;
  /**
   * The letters of the script the code page exists for, when it is not Latin: a mojibake run that
   * touches one of these is a word in that script ("รถ" in a Thai word decodes to "ö").
   */
  nativeLetters?: RegExp;
  /** Character classes (regex source) of the characters whose byte leads or continues UTF-8. */
  lead2: string;
  lead3: string;
  lead4: string;
  continuation: string;
}

interface CodePageSpec {
  name: string;
  label: string;
  nativeLetters?: RegExp;
}

/** In order of preference when two code pages read the same characters back to the same bytes. */
const specs: readonly CodePageSpec[] = [
  { name: 'windows-1252', label: 'Windows-1252' },
  { name: 'iso-8859-1', label: 'ISO-8859-1' },
  { name: 'windows-1250', label: 'Windows-1250' },
  { name: 'windows-1251', label: 'Windows-1251', nativeLetters: /\p{Script=Cyrillic}/u },
  { name: 'windows-1253', label: 'Windows-1253', nativeLetters: /\p{Script=Greek}/u },
  { name: 'windows-1257', label: 'Windows-1257' },
  { name: 'cp437', label: 'CP437' },
  { name: 'cp850', label: 'CP850' },
  { name: 'macintosh', label: 'Mac Roman' },
  { name: 'windows-874', label: 'Windows-874', nativeLetters: /\p{Script=Thai}/u },
  { name: 'koi8-r', label: 'KOI8-R', nativeLetters: /\p{Script=Cyrillic}/u },
];

const replacementCharacter = '\uFFFD';

function decodeByte(byte: number, name: string): string {
  return decoder().decode(Buffer.from([byte]), name);
}

/**
 * A class of one-byte code page characters, all in the BMP, written `\\uXXXX` so that it means the
 * same with and without the `u` flag: V8 scans a class twice as fast without it.
 */
function escapeForClass(characters: Iterable<string>): string {
  let out = '';
  for (const character of characters) {
    out += `\\u${(character.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`;
  }
  return `[${out}]`;
}

function buildCodePage(spec: CodePageSpec): CodePage {
  const byteOf = new Map<string, number>();
  const characterOf: string[] = [];
  const undefinedBytes: number[] = [];
  for (let byte = 0; byte < 256; byte++) {
    const character = decodeByte(byte, spec.name);
    characterOf.push(character);
    if (character === replacementCharacter || character.length !== 1) undefinedBytes.push(byte);
    else if (!byteOf.has(character)) byteOf.set(character, byte);
  }
  for (const byte of undefinedBytes) {
    // A browser shows an undefined byte as its C1 control or the Latin-1 character of that
    // number; a sloppy decoder shows cp1252's character. Either way the byte is recoverable.
    const fallbacks = [decodeByte(byte, 'windows-1252'), String.fromCharCode(byte)];
    for (const fallback of fallbacks) {
      if (fallback !== replacementCharacter && !byteOf.has(fallback)) byteOf.set(fallback, byte);
    }
    const shown = fallbacks.find((fallback) => fallback !== replacementCharacter && byteOf.get(fallback) === byte);
    characterOf[byte] = shown ?? String.fromCharCode(byte);
  }
  const classes: Record<'lead2' | 'lead3' | 'lead4' | 'continuation', string[]> = { lead2: [], lead3: [], lead4: [], continuation: [] };
  for (const [character, byte] of [...byteOf].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))) {
    if (byte >= 0x80 && byte <= 0xbf) classes.continuation.push(character);
    else if (byte >= 0xc2 && byte <= 0xdf) classes.lead2.push(character);
    else if (byte >= 0xe0 && byte <= 0xef) classes.lead3.push(character);
    else if (byte >= 0xf0 && byte <= 0xf4) classes.lead4.push(character);
  }
  const page: CodePage = {
    name: spec.name,
    label: spec.label,
    byteOf,
    characterOf,
    undefinedBytes: new Set(undefinedBytes),
    lead2: escapeForClass(classes.lead2),
    lead3: escapeForClass(classes.lead3),
    lead4: escapeForClass(classes.lead4),
    continuation: escapeForClass(classes.continuation),
  };
  if (spec.nativeLetters) page.nativeLetters = spec.nativeLetters;
  return page;
}

/** The code pages, built on first use (about 3,000 one-byte decodes). */
export const codePages: () => readonly CodePage[] = lazy(() => specs.map(buildCodePage));

/** The bytes of `text` in a code page, or undefined when a character has no byte there. */
export function encodeIn(page: CodePage, text: string): Uint8Array | undefined {
  const bytes = new Uint8Array(text.length);
  let index = 0;
  for (const character of text) {
    const byte = page.byteOf.get(character);
    if (byte === undefined) return undefined;
    bytes[index++] = byte;
  }
  return bytes.subarray(0, index);
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The bytes as UTF-8, or undefined when they are not valid UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    // Invalid UTF-8 is an answer here, not an error: the run was not mojibake.
    return undefined;
  }
}

/** How UTF-8 text looks when its bytes are read in a code page by a sloppy decoder. */
export function garble(text: string, page: CodePage): string {
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) out += page.characterOf[byte] ?? '';
  return out;
}
