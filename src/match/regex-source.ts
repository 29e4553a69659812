/**
 * Readings of a regex source that the matcher plans with: whether it means the same without the
 * `u` flag, whether its matches start narrowly, a relaxed form without lookarounds, and the bound a
 * short-line pattern puts on a line. Each reads the tree @eslint-community/regexpp parses the
 * source into (with the `u` flag, as the data's patterns run); a source it cannot parse is refused.
 */
import type { AST } from '@eslint-community/regexpp';
import { regexpp } from './regexpp.js';

/** The tree of a source as a `u` pattern, or undefined when it does not parse. */
export function parsePattern(source: string): AST.Pattern | undefined {
  try {
    return new (regexpp().RegExpParser)({ ecmaVersion: 2025 }).parsePattern(source, 0, source.length, { unicode: true });
  } catch {
    return undefined;
  }
}

/** Whether a code point may appear in a pattern that runs without `u` on plain text: Latin and punctuation. */
export function isLatinCodePoint(code: number): boolean {
  return (code <= 0x24f && code !== 0x17f) || (code >= 0x2000 && code <= 0x206f);
}

/**
 * Whether a regex source means the same without the `u` flag on plain text: no property escapes,
 * no `\u{…}` (without `u` it is a `u` repeated), every character Latin or punctuation, and class
 * ranges only between ASCII characters (`[\u00c0-\u024f]` holds `ſ`, which folds to `s`).
 */
export function isLatinSource(source: string): boolean {
  const pattern = parsePattern(source);
  if (!pattern) return false;
  let latin = true;
  regexpp().visitRegExpAST(pattern, {
    onCharacterEnter(node) {
      if (!isLatinCodePoint(node.value) || node.raw.startsWith('\\u{')) latin = false;
    },
    onCharacterSetEnter(node) {
      if (node.kind === 'property') latin = false;
    },
    onCharacterClassRangeEnter(node) {
      if (node.min.value >= 0x80 || node.max.value >= 0x80) latin = false;
    },
  });
  return latin;
}

/** Whether a source has more than one alternative at the top, outside every group. */
export function hasTopLevelAlternative(source: string): boolean {
  const pattern = parsePattern(source);
  return pattern === undefined || pattern.alternatives.length > 1;
}

interface Start {
  /** Every match starts with one of few characters (a letter, a digit, a punctuation mark). */
  narrow: boolean;
  /** A match may consume nothing here, so what follows decides too. */
  nullable: boolean;
}

function alternativesStart(alternatives: readonly AST.Alternative[]): Start {
  const result: Start = { narrow: true, nullable: false };
  for (const alternative of alternatives) {
    const start = sequenceStart(alternative.elements);
    result.narrow &&= start.narrow;
    result.nullable ||= start.nullable;
  }
  return result;
}

function sequenceStart(elements: readonly AST.Element[]): Start {
  let narrow = true;
  for (const element of elements) {
    const start = elementStart(element);
    narrow &&= start.narrow;
    if (!start.nullable) return { narrow, nullable: false };
  }
  return { narrow, nullable: true };
}

function isWhiteSpace(code: number): boolean {
  return /\s/u.test(String.fromCodePoint(code));
}

function elementStart(element: AST.Element): Start {
  switch (element.type) {
    case 'Assertion':
      return { narrow: true, nullable: true };
    case 'Character':
      return { narrow: !isWhiteSpace(element.value), nullable: false };
    case 'CharacterSet':
      return { narrow: false, nullable: false };
    case 'CharacterClass': {
      const wide = element.negate || element.elements.some((item) => item.type !== 'Character' && item.type !== 'CharacterClassRange') || element.elements.some((item) => item.type === 'Character' && isWhiteSpace(item.value));
      return { narrow: !wide, nullable: false };
    }
    case 'Group':
    case 'CapturingGroup':
      return alternativesStart(element.alternatives);
    case 'Quantifier': {
      const inner = elementStart(element.element);
      return { narrow: inner.narrow, nullable: inner.nullable || element.min === 0 };
    }
    default:
      return { narrow: false, nullable: true };
  }
}

/**
 * Whether every match of a regex starts with one of few characters: a letter, a digit or a
 * punctuation mark, not white space or a wide class, and not after something optional. A relaxed
 * regex that may start anywhere is slower than the exact one: the lookahead in
 * "(?<=^|\n)(?=[^\r\n]{0,200}\n)[^\r\n]*?Subscribe to our" is what keeps it from trying every offset.
 */
export function hasNarrowStart(source: string): boolean {
  const pattern = parsePattern(source);
  if (!pattern) return false;
  const start = alternativesStart(pattern.alternatives);
  return start.narrow && !start.nullable;
}

const widenedProperty = /^(?:L[ultmo]?|M[nce]?|N[dlo]?|Letter|Mark|Number)$/;

/** The general category a property escape names, when it is one of those relaxing widens. */
function widenedNameOf(node: AST.CharacterSet): string | undefined {
  if (node.kind !== 'property' || node.negate || node.strings) return undefined;
  const name = node.key === 'General_Category' || node.key === 'gc' ? node.value : node.value === null ? node.key : undefined;
  return name !== undefined && name !== null && widenedProperty.test(name) ? name : undefined;
}

/**
 * Every BMP letter and mark is in this class (Latin-1's three letters are named; the rest of the
 * BMP is taken whole, but for the General Punctuation block, where no letter lives); numbers add
 * the digits and Latin-1's superscripts and fractions.
 */
function widenedClassBody(name: string): string {
  const letters = 'A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u1FFF\\u2070-\\uFFFF';
  return name.startsWith('N') ? `0-9\\u00B2\\u00B3\\u00B9\\u00BC-\\u00BE${letters}` : letters;
}

/** Thrown inside `relaxPattern` for a part it cannot relax safely. */
class Unrelaxable extends Error {}

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
  const pattern = parsePattern(source);
  if (!pattern) return undefined;
  const write = (node: AST.Node): { source: string; shape: string } => {
    switch (node.type) {
      case 'Pattern':
      case 'Group':
      case 'CapturingGroup': {
        const parts = node.alternatives.map(write);
        const open = node.type === 'Group' ? '(?:' : node.type === 'CapturingGroup' ? (node.name ? `(?<${node.name}>` : '(') : '';
        const close = node.type === 'Pattern' ? '' : ')';
        return { source: `${open}${parts.map((part) => part.source).join('|')}${close}`, shape: `${open}${parts.map((part) => part.shape).join('|')}${close}` };
      }
      case 'Alternative': {
        const parts = node.elements.map(write);
        return { source: parts.map((part) => part.source).join(''), shape: parts.map((part) => part.shape).join('') };
      }
      case 'Assertion':
        if (node.kind === 'lookahead' || node.kind === 'lookbehind') return { source: '', shape: '' };
        return { source: node.raw, shape: node.raw };
      case 'Quantifier': {
        const inner = write(node.element);
        const quantifier = node.raw.slice(node.element.raw.length);
        return { source: inner.source + quantifier, shape: inner.shape + quantifier };
      }
      case 'Character': {
        if (!node.raw.startsWith('\\u{')) return { source: node.raw, shape: node.raw };
        if (node.value > 0xffff) throw new Unrelaxable();
        const escape = `\\u${node.value.toString(16).padStart(4, '0')}`;
        return { source: escape, shape: escape };
      }
      case 'CharacterSet': {
        if (node.kind !== 'property') return { source: node.raw, shape: node.raw };
        const name = widenedNameOf(node);
        if (!name) throw new Unrelaxable();
        return { source: `[${widenedClassBody(name)}]`, shape: '\\S' };
      }
      case 'CharacterClass': {
        if (node.raw.includes('\\u{')) throw new Unrelaxable();
        if (!node.elements.some((item) => item.type === 'CharacterSet' && item.kind === 'property')) return { source: node.raw, shape: node.raw };
        // "[\p{Ll}\p{M}]": only letters, marks and numbers widen, and nothing else may stand beside them.
        if (node.negate) throw new Unrelaxable();
        const names = node.elements.map((item) => (item.type === 'CharacterSet' ? widenedNameOf(item) : undefined));
        if (names.some((name) => name === undefined)) throw new Unrelaxable();
        return { source: `[${[...new Set(names.map((name) => widenedClassBody(name ?? '')))].join('')}]`, shape: '\\S' };
      }
      default:
        throw new Unrelaxable();
    }
  };
  try {
    return write(pattern);
  } catch (error) {
    if (error instanceof Unrelaxable) return undefined;
    throw error;
  }
}
