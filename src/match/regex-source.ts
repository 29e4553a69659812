/**
 * Readings of a regex source that the matcher plans with: whether it means the same without the
 * `u` flag, whether its matches start narrowly, a relaxed form without lookarounds, and the bound a
 * short-line pattern puts on a line.
 */
/** Whether a code point may appear in a pattern that runs without `u` on plain text: Latin and punctuation. */
export function isLatinCodePoint(code: number): boolean {
  return (code <= 0x24f && code !== 0x17f) || (code >= 0x2000 && code <= 0x206f);
}

/**
 * Whether a regex source means the same without the `u` flag on plain text: no property escapes,
 * no `\u{…}`, every character and escape Latin or punctuation, and class ranges only between
 * ASCII characters (`[\u00c0-\u024f]` holds `ſ`, which folds to `s`). Anything unsure is refused.
 */
export function isLatinSource(source: string): boolean {
  let inClass = false;
  let previousAtom = -1;
  for (let index = 0; index < source.length; index++) {
    let code = source.charCodeAt(index);
    const character = source[index];
    let atom = true;
    if (character === '\\') {
      const next = source[index + 1] ?? '';
      if (next === 'p' || next === 'P') return false;
      if (next === 'u') {
        if (source[index + 2] === '{') return false;
        const hex = source.slice(index + 2, index + 6);
        if (!/^[0-9A-Fa-f]{4}$/.test(hex)) return false;
        code = Number.parseInt(hex, 16);
        index += 5;
      } else if (next === 'x') {
        const hex = source.slice(index + 2, index + 4);
        if (!/^[0-9A-Fa-f]{2}$/.test(hex)) return false;
        code = Number.parseInt(hex, 16);
        index += 3;
      } else {
        code = next.charCodeAt(0);
        // \w, \s, \d, \b and their negations are atoms of no single code point.
        if (/[wWsSdDbB]/.test(next)) atom = false;
        index += 1;
      }
    } else if (inClass && character === ']') {
      inClass = false;
      atom = false;
    } else if (!inClass && character === '[') {
      inClass = true;
      atom = false;
      if (source[index + 1] === '^') index++;
    } else if (inClass && character === '-' && previousAtom >= 0 && source[index + 1] !== ']') {
      // A range: both ends must be ASCII. The end is read as the next atom.
      if (previousAtom >= 0x80) return false;
      previousAtom = -2;
      continue;
    }
    if (!isLatinCodePoint(code)) return false;
    if (previousAtom === -2 && atom && code >= 0x80) return false;
    previousAtom = inClass && atom ? code : -1;
  }
  return true;
}

/**
 * Whether every match of a regex starts with one of few characters: a letter, a digit or a
 * punctuation mark, not white space or a wide class, and not after something optional. A relaxed
 * regex that may start anywhere is slower than the exact one: the lookahead in
 * "(?<=^|\n)(?=[^\r\n]{0,200}\n)[^\r\n]*?Subscribe to our" is what keeps it from trying every offset.
 */
export function hasNarrowStart(source: string): boolean {
  let index = 0;
  interface Start {
    narrow: boolean;
    nullable: boolean;
  }
  function alternation(): Start {
    const result: Start = { narrow: true, nullable: false };
    for (;;) {
      const start = sequence();
      result.narrow &&= start.narrow;
      result.nullable ||= start.nullable;
      if (source[index] !== '|') return result;
      index++;
    }
  }
  function sequence(): Start {
    let narrow = true;
    let decided = false;
    while (index < source.length && source[index] !== '|' && source[index] !== ')') {
      const atom = readAtom();
      if (!decided) {
        narrow &&= atom.narrow;
        if (!atom.nullable) decided = true;
      }
    }
    return { narrow, nullable: !decided };
  }
  function quantified(atom: Start): Start {
    const next = source[index] ?? '';
    if (next === '?' || next === '*') {
      index++;
      if (source[index] === '?') index++;
      return { narrow: atom.narrow, nullable: true };
    }
    if (next === '+') {
      index++;
      if (source[index] === '?') index++;
      return atom;
    }
    if (next === '{') {
      const close = source.indexOf('}', index);
      const minimum = Number.parseInt(source.slice(index + 1), 10);
      index = close < 0 ? source.length : close + 1;
      if (source[index] === '?') index++;
      return { narrow: atom.narrow, nullable: atom.nullable || minimum === 0 };
    }
    return atom;
  }
  function readAtom(): Start {
    const character = source[index] ?? '';
    if (character === '\\') {
      const next = source[index + 1] ?? '';
      index += 2;
      if (next === 'b' || next === 'B') return { narrow: true, nullable: true };
      return quantified({ narrow: !/[sSwWDdpPu]/.test(next), nullable: false });
    }
    if (character === '^' || character === '$') {
      index++;
      return { narrow: true, nullable: true };
    }
    if (character === '.') {
      index++;
      return quantified({ narrow: false, nullable: false });
    }
    if (character === '[') {
      const close = classEnd(source, index);
      const body = source.slice(index, close + 1);
      index = close + 1;
      return quantified({ narrow: !body.startsWith('[^') && !/\\[sSwWDdpP]|\s/.test(body), nullable: false });
    }
    if (character === '(') {
      index++;
      if (source[index] === '?') {
        if (/^\?<?[=!]/.test(source.slice(index, index + 3))) {
          // A lookaround left in place: it consumes nothing.
          index += source[index + 1] === '<' ? 3 : 2;
          alternation();
          index++;
          return { narrow: true, nullable: true };
        }
        index = source[index + 1] === '<' ? source.indexOf('>', index) + 1 : index + 2;
      }
      const inner = alternation();
      index++;
      return quantified(inner);
    }
    index++;
    return quantified({ narrow: !/\s/.test(character), nullable: false });
  }
  const start = alternation();
  return start.narrow && !start.nullable;
}

/**
 * A regex that matches at every offset where `source` does, and is cheap to scan with: lookarounds
 * dropped (each one only ever narrows where a match may start), the property escapes of letters,
 * marks and numbers widened to a class of all BMP characters but ASCII and Latin-1 punctuation,
 * white space and the General Punctuation block (so "\p{L}+['’]s" stays as unambiguous as it was),
 * `\u{…}` written as `\u…`. Undefined when that cannot be done safely: backreferences (dropping a
 * group renumbers them), other or negated properties, a class that mixes properties with anything
 * but a few marks, or an astral escape. `shape` is the source with each widened class written
 * `\S`, for the checks that read a source (`isLatinSource`, `hasNarrowStart`).
 */
export function relaxPattern(source: string): { source: string; shape: string } | undefined {
  if (/\\(?:k<|[1-9])/.test(source)) return undefined;
  let out = '';
  let shape = '';
  let index = 0;
  const emit = (text: string, shaped = text) => {
    out += text;
    shape += shaped;
  };
  const skipGroup = (): boolean => {
    // From just after "(?=" etc. to just after the matching ")".
    let depth = 1;
    let inClass = false;
    while (index < source.length && depth > 0) {
      const character = source[index];
      if (character === '\\') index += 2;
      else {
        if (inClass) {
          if (character === ']') inClass = false;
        } else if (character === '[') inClass = true;
        else if (character === '(') depth++;
        else if (character === ')') depth--;
        index++;
      }
    }
    return depth === 0;
  };
  while (index < source.length) {
    const character = source[index] ?? '';
    if (character === '\\') {
      const next = source[index + 1] ?? '';
      if ((next === 'p' || next === 'P') && source[index + 2] === '{') {
        const close = source.indexOf('}', index);
        const name = close < 0 ? '' : source.slice(index + 3, close);
        if (next === 'P' || !widenedProperty.test(name)) return undefined;
        emit(`[${widenedClassBody(name)}]`, '\\S');
        index = close + 1;
        continue;
      }
      if (next === 'u' && source[index + 2] === '{') {
        const close = source.indexOf('}', index);
        const code = Number.parseInt(source.slice(index + 3, close), 16);
        if (close < 0 || !(code <= 0xffff)) return undefined;
        emit(`\\u${code.toString(16).padStart(4, '0')}`);
        index = close + 1;
        continue;
      }
      emit(source.slice(index, index + 2));
      index += 2;
      continue;
    }
    if (character === '[') {
      const close = classEnd(source, index);
      const body = source.slice(index, close + 1);
      if (/\\[pPu]\{/.test(body)) {
        // "[\p{Ll}\p{M}]": only letters, marks and numbers widen.
        const names: string[] = [];
        const rest = body.slice(1, -1).replace(/\\p\{([A-Za-z]+)\}/g, (whole, name: string) => {
          if (!widenedProperty.test(name)) return whole;
          names.push(name);
          return '';
        });
        if (body.startsWith('[^') || rest !== '') return undefined;
        emit(`[${[...new Set(names.map(widenedClassBody))].join('')}]`, '\\S');
      } else emit(body);
      index = close + 1;
      continue;
    }
    if (character === '(' && /^\(\?<?[=!]/.test(source.slice(index, index + 4))) {
      index += source[index + 2] === '<' ? 4 : 3;
      if (!skipGroup()) return undefined;
      // A quantifier on an assertion (allowed outside `u` mode only) goes with it.
      if (/[?*+{]/.test(source[index] ?? '')) return undefined;
      continue;
    }
    emit(character);
    index++;
  }
  return { source: out, shape };
}

const widenedProperty = /^(?:L[ultmo]?|M[nce]?|N[dlo]?|Letter|Mark|Number)$/;

/**
 * Every BMP letter and mark is in this class (Latin-1's three letters are named; the rest of the
 * BMP is taken whole, but for the General Punctuation block, where no letter lives); numbers add
 * the digits and Latin-1's superscripts and fractions.
 */
function widenedClassBody(name: string): string {
  const letters = 'A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u1FFF\\u2070-\\uFFFF';
  return name.startsWith('N') ? `0-9\\u00B2\\u00B3\\u00B9\\u00BC-\\u00BE${letters}` : letters;
}

/**
 * A line pattern that opens with "a short line" — `[ \t]*(?=[^\r\n]{0,119}[^\s.!?"”’)](?=[ \t]*(?:\r?\n|$)))`,
 * "at most 120 characters up to the end of the line" — cannot match a longer line: a paragraph of
 * 600 characters is passed over without the lookahead counting to 119 and back. The bound is
 * read only from that shape: a run `[^\r\n]{0,N}`, then characters one at a time (each a class or
 * character that cannot be a line break) or zero-width lookbehinds, then the line end, with blanks
 * allowed before it. The bound holds for the line with its blanks at both ends taken off. Any
 * other shape has no bound.
 */
export function shortLineBound(source: string): number | undefined {
  let index = 0;
  if (source.startsWith('[ \\t]*', index)) index += '[ \\t]*'.length;
  const open = '(?=[^\\r\\n]{0,';
  if (!source.startsWith(open, index)) return undefined;
  index += open.length;
  const close = source.indexOf('}', index);
  const most = Number(source.slice(index, close));
  if (close < 0 || !Number.isInteger(most)) return undefined;
  index = close + 1;
  let characters = 0;
  const isQuantifier = (at: number): boolean => '*+?{'.includes(source[at] ?? '');
  while (index < source.length) {
    for (const end of ['(?=[ \\t]*(?:\\r?\\n|$)))', '(?:\\r?\\n|$))']) {
      if (source.startsWith(end, index)) return most + characters;
    }
    const character = source[index];
    if (character === '[') {
      const end = classEnd(source, index);
      if (end < 0 || !isLineBoundClass(source.slice(index, end + 1)) || isQuantifier(end + 1)) return undefined;
      characters++;
      index = end + 1;
    } else if (source.startsWith('(?<!', index) || source.startsWith('(?<=', index)) {
      const end = groupEnd(source, index);
      if (end < 0) return undefined;
      index = end + 1;
    } else if (character !== undefined && /[\p{L}\p{N} ,:;'’"”“-]/u.test(character) && !isQuantifier(index + 1)) {
      characters++;
      index++;
    } else return undefined;
  }
  return undefined;
}

/** A character class that can never match a line break: `[^…\n…]`, `[^…\s…]`, or a positive class without escapes that could. */
function isLineBoundClass(text: string): boolean {
  const body = text.slice(1, -1);
  if (body.startsWith('^')) return body.includes('\\n') || body.includes('\\s');
  return !/\\[nrsSWDPuxcv0]|\\p\{(?:C|Cc|Z|Zl|Zp|Any)\}/.test(body);
}

/** The offset of the `)` that closes the group opening at `start`. */
function groupEnd(source: string, start: number): number {
  let depth = 0;
  for (let index = start; index < source.length; index++) {
    const character = source[index];
    if (character === '\\') index++;
    else if (character === '[') index = classEnd(source, index);
    else if (character === '(') depth++;
    else if (character === ')' && --depth === 0) return index;
  }
  return -1;
}

/** The offset of the `]` that closes the class opening at `start`. */
export function classEnd(source: string, start: number): number {
  let close = start + 1;
  if (source[close] === '^') close++;
  while (close < source.length && source[close] !== ']') close += source[close] === '\\' ? 2 : 1;
  return close;
}

/** Whether a regex source has a `|` outside every group and class. */
export function hasTopLevelAlternative(source: string): boolean {
  let depth = 0;
  for (let index = 0; index < source.length; index++) {
    const character = source[index];
    if (character === '\\') index++;
    else if (character === '[') index = classEnd(source, index);
    else if (character === '(') depth++;
    else if (character === ')') depth--;
    else if (character === '|' && depth === 0) return true;
  }
  return false;
}
