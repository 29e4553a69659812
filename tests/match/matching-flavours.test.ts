/**
 * The fast flavours of termbase regexes (no `u` flag, relaxed lookarounds, `\b` for phrase
 * boundaries) and the literal index must never change what a table finds: they are checked here
 * against the exact regexes, exhaustively where the alphabet allows and by property elsewhere.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadTermbases } from '../../src/termbase/load.js';
import { LiteralIndex, prepareLiteral, wordKeyOf } from '../../src/match/literal-index.js';
import { compilePhrases, matchAll } from '../../src/match/matching.js';
import { analysePatterns } from '../../src/match/pattern-analysis.js';
import { hasNarrowStart, isLatinCodePoint, isLatinSource, relaxPattern } from '../../src/match/regex-source.js';
import { requiredWordGroups } from '../../src/match/required-words.js';
import type { PhraseMatch } from '../../src/match/matching.js';
import { isPlainText } from '../../src/text/characters.js';
import { fuzzParameters } from '../fuzz/arbitraries.js';

/** Every match of a regex the plain way, as `matchAll` reports them. */
function exactMatches(regex: RegExp, text: string): PhraseMatch[] {
  const global = new RegExp(regex.source, regex.flags.includes('g') ? regex.flags : `${regex.flags}g`);
  return [...text.matchAll(global)]
    .filter((match) => match[0].length > 0)
    .map((match) => ({ start: match.index, end: match.index + match[0].length, text: match[0] }));
}

const withoutGroups = (matches: PhraseMatch[]) => matches.map(({ start, end, text }) => ({ start, end, text }));

const bmp: string[] = [];
for (let code = 0; code <= 0xffff; code++) if (code < 0xd800 || code > 0xdfff) bmp.push(String.fromCharCode(code));
const plainAlphabet = bmp.filter((character) => isPlainText(character)).join('');

describe('plain text', () => {
  it('should let a Latin pattern character match the same plain characters with and without the u flag', () => {
    const differences: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (!isLatinCodePoint(code)) continue;
      const escaped = `\\u${code.toString(16).padStart(4, '0')}`;
      const unicode = plainAlphabet.match(new RegExp(escaped, 'giu')) ?? [];
      const legacy = plainAlphabet.match(new RegExp(escaped, 'gi')) ?? [];
      if (unicode.join('') !== legacy.join('')) differences.push(escaped);
    }
    expect(differences).toEqual([]);
  });

  it('should let class escapes and ASCII ranges match the same plain characters with and without the u flag', () => {
    for (const source of ['\\w', '\\W', '\\d', '\\D', '\\s', '\\S', '.', '[a-z]', '[^a-z]', '[A-Z]', '[^A-Z0-9]']) {
      for (const [unicode, legacy] of [['giu', 'gi'], ['gu', 'g']] as const) {
        const withU = plainAlphabet.match(new RegExp(source, unicode)) ?? [];
        const withoutU = plainAlphabet.match(new RegExp(source, legacy)) ?? [];
        expect(withoutU.join(''), `${source} /${unicode}`).toBe(withU.join(''));
      }
    }
  });

  it('should call text with surrogates or the four folding letters not plain', () => {
    expect(isPlainText('Kraft Siberia, “quoted” — Zoë Ó Súilleabháin, Erdoğan')).toBe(true);
    for (const text of ['a 😀 b', 'ſanctions', '5 \u212Aelvin', '\u212Bngström', 'STRAẞE', 'lone \ud800']) expect(isPlainText(text)).toBe(false);
  });
});

describe('isLatinSource', () => {
  it('should accept patterns of Latin letters, punctuation, escapes and ASCII ranges', () => {
    for (const source of ['\\b(?:walk|run)\\s+against\\b', '(?<=[“"«] )Picture', '[a-zA-Z]+', 'Zoë\\u00e9', 'x\\x41']) {
      expect(isLatinSource(source), source).toBe(true);
    }
  });

  it('should refuse properties, astral escapes, other scripts and ranges that reach past ASCII', () => {
    for (const source of ['\\p{L}', '\\u{1F600}', '[\\u00c0-\\u024f]', '[a-\\u00ff]', 'Путин', 'ſ', '\\u017f']) {
      expect(isLatinSource(source), source).toBe(false);
    }
  });
});

describe('relaxPattern', () => {
  it('should drop lookarounds and widen letter properties to a class without punctuation', () => {
    expect(relaxPattern('(?<=\\bsaid\\s+)by\\s+finger\\b(?!\\s+food)')).toEqual({ source: 'by\\s+finger\\b', shape: 'by\\s+finger\\b' });
    const relaxed = relaxPattern('\\bin\\s+\\p{Lu}[\\p{Ll}\\p{M}]+');
    expect(relaxed?.shape).toBe('\\bin\\s+\\S\\S+');
    const widened = new RegExp(`^${relaxed?.source ?? ''}$`);
    expect(widened.test('in Zoë')).toBe(true);
    expect(widened.test('in Zo’s')).toBe(false);
  });

  it('should refuse what it cannot widen safely', () => {
    for (const source of ['(a)\\1', '(?<x>a)\\k<x>', '\\P{L}', '[^\\p{L}]', '[\\p{L}\\s]', '\\p{P}', '\\u{1F600}']) {
      expect(relaxPattern(source), source).toBeUndefined();
    }
  });
});

describe('hasNarrowStart', () => {
  it('should accept a pattern that starts with a letter, or one of few', () => {
    for (const source of ['\\bby\\s+finger', '(?:walk|run)s?\\s+x', '\\b(?<a>(?:an?|the)\\s+)?bear', '“Quote']) {
      expect(hasNarrowStart(source), source).toBe(true);
    }
  });

  it('should refuse a pattern that may start anywhere', () => {
    for (const source of ['[^\\r\\n]*?Subscribe', '[ \\t]*Read', '\\S+x', '.x', 'a?b*', '\\s+x', '(?:a|\\w)x']) {
      expect(hasNarrowStart(source), source).toBe(false);
    }
  });
});

describe('requiredWordGroups', () => {
  const starts = (source: string) => requiredWordGroups(source)?.map((group) => group.map((literal) => `${literal.text}${literal.atWordStart ? '^' : ''}`));

  it('should mark words that start a word of the text: after \\b, white space or a lookbehind that ends a word', () => {
    expect(starts('\\b(?:walk|run)\\s+against\\s+the\\s+lamp\\b')).toEqual([['walk^', 'run^'], ['against^'], ['the^'], ['lamp^']]);
    expect(starts('(?<=\\bsaid\\s+)finger')).toEqual([['said^'], ['finger^']]);
    expect(starts('(?<![\\p{L}\\p{N}_])Siberia')).toEqual([['Siberia^']]);
  });

  it('should not mark words that may sit inside a word', () => {
    expect(starts('the\\s+end')).toEqual([['the'], ['end^']]);
    expect(starts('\\bööt')).toEqual([['ööt']]);
    expect(starts('(?<=said\\s+|by)finger')).toEqual([['finger']]);
    expect(starts('\\bx\\s*word')).toEqual([['word']]);
  });
});

// ------------------------------------------------------------------------------------------------
// Properties over every bundled table

interface Table {
  name: string;
  regexes: RegExp[];
  examples: string[];
}

const tables: Table[] = loadTermbases().map(({ path, data }) => {
  const regexes: RegExp[] = [];
  const phrases: Record<'sensitive' | 'insensitive', string[]> = { sensitive: [], insensitive: [] };
  for (const entry of data.entries) {
    const caseSensitive = entry.caseSensitive ?? data.defaults?.caseSensitive ?? true;
    if (entry.pattern) regexes.push(new RegExp(entry.pattern, caseSensitive ? 'gu' : 'giu'));
    for (const phrase of entry.find ?? []) phrases[caseSensitive ? 'sensitive' : 'insensitive'].push(phrase);
  }
  for (const [key, list] of Object.entries(phrases)) {
    const compiled = compilePhrases(list, key === 'sensitive');
    if (compiled) regexes.push(compiled);
  }
  return { name: path, regexes, examples: data.entries.flatMap((entry) => entry.examples.map((example) => example.text)) };
});

/** Plain text made of a table's examples cut and glued, with letters and marks next to word edges. */
function plainText(examples: readonly string[]): fc.Arbitrary<string> {
  const pieces = fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...examples) },
    {
      weight: 3,
      arbitrary: fc
        .tuple(fc.constantFrom(...examples), fc.nat(), fc.nat())
        .map(([example, from, length]) => example.slice(from % (example.length + 1), (from % (example.length + 1)) + (length % 40))),
    },
    { weight: 3, arbitrary: fc.constantFrom(' ', '  ', '\n', '\r\n', ', ', '. ', '’s ', '“', '”', ' — ', '-', '(', ')') },
    { weight: 2, arbitrary: fc.constantFrom('é', 'ö', 'É', 'ß', 'ı', 'İ', 'x', '9', '_', 'Zoë', 'ὀ', 'Ж', '\u0301', 'ก') },
    { weight: 1, arbitrary: fc.constantFrom('THE', 'The', 'said', 'by', 'of', 'is', 'Minister', 'Monday') },
  );
  return fc.array(pieces, { maxLength: 10 }).map((parts) => parts.join(''));
}

describe('flavours of the bundled tables', () => {
  for (const table of tables) {
    if (table.examples.length === 0) continue;
    it(`should find what the exact regexes find: ${table.name.split('/').at(-1) ?? table.name}`, () => {
      fc.assert(
        fc.property(plainText(table.examples), (text) => {
          for (const regex of table.regexes) {
            expect(withoutGroups(matchAll(regex, text)), `${regex.source.slice(0, 80)} on ${JSON.stringify(text)}`).toEqual(exactMatches(regex, text));
          }
        }),
        fuzzParameters(60),
      );
    });
  }

  it('should settle phrase matches whose Unicode word boundaries \\b misses', () => {
    const regex = compilePhrases(['Kraft Siberia', 'Kraft', 'Ärzte'], true);
    if (!regex) throw new Error('no regex');
    for (const text of ['Kraft Siberiaé', 'éKraft Siberia', 'x Ärzte y', 'xÄrzte', 'Ärztex', 'Kraft_ Kraft9 Kraft']) {
      expect(withoutGroups(matchAll(regex, text)), text).toEqual(exactMatches(regex, text));
    }
    expect(matchAll(regex, 'Kraft Siberiaé').map((match) => match.text)).toEqual(['Kraft']);
  });
});

describe('line-start patterns', () => {
  it('should find what the exact regex finds, at the start of the text and after each line break', () => {
    const texts = ['Read more here\nRead more there\n  Read more x', 'xRead more\r\nRead more', '', '\n\nRead more\n'];
    for (const source of ['(?<=^|\\n)[ \\t]*Read more[^\\r\\n]*', '(?<=^|\\n)Read more\\s+\\S+', '(?<=^|\\n)Read|more']) {
      const regex = new RegExp(source, 'gu');
      for (const text of texts) expect(withoutGroups(matchAll(regex, text)), `${source} on ${JSON.stringify(text)}`).toEqual(exactMatches(regex, text));
    }
  });
});

describe('the literal index', () => {
  for (const table of tables) {
    if (table.examples.length === 0) continue;
    it(`should never hide a match of a pattern: ${table.name.split('/').at(-1) ?? table.name}`, () => {
      const patterns = table.regexes
        .map((regex) => ({ regex, groups: requiredWordGroups(regex.source)?.map((group) => group.map(prepareLiteral)) }))
        .filter((pattern) => pattern.groups !== undefined);
      const texts = fc.oneof(plainText(table.examples), fc.constantFrom(...table.examples));
      fc.assert(
        fc.property(texts, (text) => {
          const index = new LiteralIndex(text);
          for (const { regex, groups } of patterns) {
            if (exactMatches(regex, text).length === 0) continue;
            expect(groups?.every((group) => group.some((literal) => index.has(literal))), `${regex.source.slice(0, 80)} on ${JSON.stringify(text)}`).toBe(true);
          }
        }),
        fuzzParameters(100),
      );
    });
  }

  it('should answer for word beginnings, inner runs and text it cannot fold', () => {
    const index = new LiteralIndex('ÉTHER of Moscow’s');
    const has = (text: string, atWordStart: boolean) => index.has(prepareLiteral({ text, atWordStart }));
    expect(has('éther', true)).toBe(true);
    // `\bthe` matches inside "ÉTHER": `\b` sees no word character in "É".
    expect(has('the', true)).toBe(true);
    expect(/\bthe/iu.test('ÉTHER')).toBe(true);
    expect(has('mosc', true)).toBe(true);
    expect(has('cow', false)).toBe(true);
    expect(has('cow', true)).toBe(false);
    expect(has('kyiv', false)).toBe(false);
    const words = new LiteralIndex('Xunta de Galicia decided, éla');
    expect(words.hasWord(wordKeyOf('de'))).toBe(true);
    expect(words.hasWord(wordKeyOf('DE'))).toBe(true);
    expect(words.hasWord(wordKeyOf('la'))).toBe(false);
    expect(words.hasWord(wordKeyOf('decide'))).toBe(false);
    // "ſ" folds to "s" in a `giu` regex but not in toLowerCase: such text says yes to every word.
    expect(new LiteralIndex('ſanctions').hasWord(wordKeyOf('de'))).toBe(true);
    expect(new LiteralIndex('ſanctions').has(prepareLiteral({ text: 'kyiv', atWordStart: true }))).toBe(true);
  });

  it('should answer for its own article after another index has used the shared filter', () => {
    const kyiv = prepareLiteral({ text: 'kyiv', atWordStart: true });
    const lisbon = prepareLiteral({ text: 'lisbon', atWordStart: true });
    const first = new LiteralIndex('Talks in Kyiv');
    expect([first.has(kyiv), first.has(lisbon)]).toEqual([true, false]);
    const second = new LiteralIndex('Talks in Lisbon');
    expect([second.has(kyiv), second.has(lisbon)]).toEqual([false, true]);
    expect([first.has(kyiv), first.has(lisbon)]).toEqual([true, false]);
    expect([second.has(kyiv), second.has(lisbon)]).toEqual([false, true]);
  });
});

describe('the analyses the build writes', () => {
  it('should equal what the functions work out for every bundled pattern', () => {
    const written = JSON.parse(readFileSync(new URL('../../dist/match/pattern-analysis.json', import.meta.url), 'utf8')) as unknown;
    const patterns = loadTermbases().flatMap(({ data }) =>
      data.entries.flatMap((entry) =>
        entry.pattern === undefined ? [] : [{ source: entry.pattern, flags: (entry.caseSensitive ?? data.defaults?.caseSensitive ?? true) ? 'gu' : 'giu' }],
      ),
    );
    expect(patterns.length).toBeGreaterThan(200);
    expect(written).toEqual(JSON.parse(JSON.stringify(analysePatterns(patterns))));
  });
});
