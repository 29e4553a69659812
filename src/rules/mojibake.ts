/**
 * `mojibake`: UTF-8 text whose bytes were read in a legacy code page, as ftfy repairs it for
 * Python. "Itâ€™s" (’ read as Windows-1252), "DГјsseldorf" (ü read as Windows-1251), "‚Äú"
 * (“ read as Mac Roman) and "โ€œAt present" (“ read as Windows-874) become "It’s", "Düsseldorf",
 * "“" and "“At present".
 *
 * A run of characters is repaired only when every character maps back to a byte of one code page,
 * the bytes are valid UTF-8, and the result is fewer, commoner characters: punctuation such as
 * “ ” ’ — …, a Latin letter inside a Latin word, or a whole word of one script. The round trip is
 * exact by construction, so the fix is certain.
 *
 * Where the decoder dropped bytes, the original cannot be derived from what is left, and the
 * repair is a suggestion: Thai decoders keep only the first byte of “ (E2 80 9C) as `โ`, so
 * "โUnlawful sanctionsโ" is “Unlawful sanctions” by the position of each `โ` against the words.
 */
import { defineRule, docsUrlOf } from '../engine/define-rule.js';
import { quote } from '../engine/messages.js';
import type { Article } from '../engine/article.js';
import type { Finding } from '../engine/types.js';
import { type CodePage, codePages, decodeUtf8, encodeIn } from '../text/code-pages.js';
import { lazy } from '../text/memo.js';

interface Unit {
  start: number;
  end: number;
  bytes: number;
  decoded: string;
}

interface Candidate {
  start: number;
  end: number;
  decoded: string;
  page: CodePage;
}

/** What a decoded character is, for deciding whether the repair gives commoner text. */
type Kind = 'punctuation' | 'symbol' | 'latin' | 'greek' | 'cyrillic' | 'hebrew' | 'arabic' | 'thai' | 'cjk' | 'other';

/**
 * Typographic punctuation a UTF-8 page is full of, all three bytes long: a run that decodes to
 * one of these is never genuine text in any code page ("â€™", "вЂњ", "β€œ", "ΓÇ£").
 */
const commonPunctuation = /^[\u2010-\u2027\u2030-\u203a\u20ac\u2116\u2122]$/u;
/** Latin-1 symbols that a bare two-byte run may decode to ("Â£", "Â°", "Â " for a no-break space). */
const latinSymbol = /^[\u00a0-\u00bf]$/u;

/**
 * Latin letters too rare in news to be the intended text: box drawing read as cp437 spells them
 * ("─┐" is the UTF-8 of `Ŀ`, "─┤" of `Ĵ`), and a table drawn in a plain-text article is genuine.
 */
const rareLatin = /^[\u0108-\u010b\u011c-\u011d\u0124-\u0127\u0132-\u0135\u0138\u013f\u0140\u0149-\u014b\u015c\u015d\u0166\u0167\u016c\u016d\u0174-\u0177\u017f]$/u;

function kindOf(character: string): Kind {
  if (commonPunctuation.test(character)) return 'punctuation';
  if (rareLatin.test(character)) return 'other';
  if (latinSymbol.test(character)) return 'symbol';
  const code = character.codePointAt(0) ?? 0;
  if ((code >= 0xc0 && code <= 0x17f && code !== 0xd7 && code !== 0xf7) || (code >= 0x218 && code <= 0x21b)) return 'latin';
  if (code >= 0x1e00 && code <= 0x1eff) return 'latin';
  if (code >= 0x386 && code <= 0x3ce) return 'greek';
  if (code >= 0x400 && code <= 0x45f) return 'cyrillic';
  if (code >= 0x5d0 && code <= 0x5ea) return 'hebrew';
  if (code >= 0x621 && code <= 0x64a) return 'arabic';
  if (code >= 0xe01 && code <= 0xe5b) return 'thai';
  if ((code >= 0x3001 && code <= 0x303f) || (code >= 0x3041 && code <= 0x30ff) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xff01 && code <= 0xff5e)) {
    return 'cjk';
  }
  return 'other';
}

const asciiLetter = /^[A-Za-z]$/;

interface Pattern {
  page: CodePage;
  regex: RegExp;
  /**
   * `â€` not followed by a third character: ” (E2 80 9D) in a code page that leaves 0x9D
   * undefined, after the decoder or a later clean-up dropped it ("â€ he said").
   */
  lostQuote?: RegExp;
}

const anyNonAsciiPair = /[^\0-\x7f]{2}|\u0e42/;

/** A bare Thai `โ` away from Thai letters: what is left of a quote mark read as Windows-874. */
const bareThaiQuote = /\u0e42(?!\p{Script=Thai})/u;

const compile = lazy((): { patterns: readonly Pattern[]; precheck: RegExp } => {
  const pages = codePages();
  const patterns = pages.map((page) => {
    const pattern: Pattern = {
      page,
      regex: new RegExp(`${page.lead2}${page.continuation}|${page.lead3}${page.continuation}{2}|${page.lead4}${page.continuation}{3}`, 'g'),
    };
    const lead = page.characterOf[0xe2];
    const second = page.characterOf[0x80];
    // The Thai pages have their own repair, which also knows the position of the quote.
    if (page.undefinedBytes.has(0x9d) && !page.nativeLetters?.test('\u0e42') && lead && second) {
      pattern.lostQuote = new RegExp(`${escapeRegExp(lead)}${escapeRegExp(second)}(?!${page.continuation})`, 'g');
    }
    return pattern;
  });
  // One scan decides whether an article can hold mojibake at all: a lead character of any code
  // page followed by a continuation character of any (or a bare Thai `โ`, checked apart). Mixing
  // the pages' classes lets through a few pairs no page makes, which the exact scans then drop;
  // two classes are one table lookup per character, where eleven alternatives were eleven.
  const inside = (characterClass: string): string => characterClass.slice(1, -1);
  const leads = pages.flatMap((page) => [page.lead2, page.lead3, page.lead4].map(inside)).join('');
  const continuations = pages.map((page) => inside(page.continuation)).join('');
  const precheck = new RegExp(`[${leads}][${continuations}]`);
  return { patterns, precheck };
});

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}

function unitsOf(text: string, pattern: Pattern): Unit[][] {
  const runs: Unit[][] = [];
  pattern.regex.lastIndex = 0;
  for (const match of text.matchAll(pattern.regex)) {
    const start = match.index;
    const end = start + match[0].length;
    const bytes = encodeIn(pattern.page, match[0]);
    const decoded = bytes ? decodeUtf8(bytes) : undefined;
    if (!bytes || decoded === undefined) continue;
    const unit: Unit = { start, end, bytes: bytes.length, decoded };
    const run = runs.at(-1);
    const last = run?.at(-1);
    if (run && last && last.end === start) run.push(unit);
    else runs.push([unit]);
  }
  return runs;
}

function characterBefore(text: string, offset: number): string {
  const code = text.codePointAt(offset - 1) ?? 0;
  if (offset >= 2 && code >= 0xdc00 && code <= 0xdfff) return text.slice(offset - 2, offset);
  return offset > 0 ? text.charAt(offset - 1) : '';
}

function characterAfter(text: string, offset: number): string {
  return String.fromCodePoint(text.codePointAt(offset) ?? 32);
}

/**
 * Whether a run of units is mojibake rather than genuine text that happens to spell valid UTF-8.
 * Genuine text does: Russian "«СССР»" holds `Р»`, the bytes of `л`; Thai "รถ" holds the bytes
 * of `ö`. So a run must decode to common characters only, and a short run needs more evidence.
 */
function isMojibake(text: string, run: readonly Unit[], page: CodePage): boolean {
  const kinds = run.map((unit) => kindOf(unit.decoded));
  if (kinds.includes('other')) return false;
  const start = run[0]?.start ?? 0;
  const end = run.at(-1)?.end ?? start;
  const before = characterBefore(text, start);
  const after = characterAfter(text, end);
  if (page.nativeLetters && (page.nativeLetters.test(before) || page.nativeLetters.test(after))) return false;
  // "â€™", "вЂњ", "ΓÇ£": three bytes of typographic punctuation.
  if (run.some((unit, index) => unit.bytes === 3 && kinds[index] === 'punctuation')) return true;
  const scripts = new Set(kinds.filter((kind) => kind !== 'punctuation' && kind !== 'symbol'));
  // "Ð¿Ñ€Ð¸Ð²ÐµÑ‚": a word of one script, two characters or more.
  if (run.length >= 2 && scripts.size === 1) return true;
  if (run.length !== 1) return false;
  const [unit] = run;
  const [kind] = kinds;
  if (!unit) return false;
  // "Â£", "Â°": the lead of U+0080-00BF followed by its symbol.
  if (kind === 'symbol' && unit.bytes === 2 && page.byteOf.get(text.charAt(start)) === 0xc2) return true;
  if (kind !== 'latin') return false;
  // "DÃ¼sseldorf", "cafÃ©": one Latin letter inside a Latin word.
  if (asciiLetter.test(before) || asciiLetter.test(after)) return true;
  // "Ã±": in a Latin code page a letter followed by a symbol spells no word. In a Cyrillic, Greek
  // or Thai one the pair can be genuine ("Е»" ends a Russian quotation), so it needs the word.
  return !page.nativeLetters && !/\p{L}/u.test(text.slice(start + 1, unit.end));
}

function candidatesOf(article: Article): Candidate[] {
  const text = article.text;
  const lineNumberAt = (_text: string, offset: number): number => article.toPoint(offset).line;
  const { patterns: compiled } = compile();
  const candidates: Candidate[] = [];
  for (const pattern of compiled) {
    const runs = unitsOf(text, pattern);
    const accepted = runs.map((run) => isMojibake(text, run, pattern.page));
    // "Ð² ÐœÐ¾ÑÐºÐ²Ðµ": a one-letter word ("в") is no evidence alone, but it is when its line
    // already holds a repaired word of the same script from the same code page.
    const evidence = new Set<string>();
    runs.forEach((run, index) => {
      if (!accepted[index]) return;
      const line = lineNumberAt(text, run[0]?.start ?? 0);
      for (const unit of run) evidence.add(`${line}:${kindOf(unit.decoded)}`);
    });
    runs.forEach((run, index) => {
      const [unit] = run;
      if (accepted[index] || run.length !== 1 || !unit) return;
      const kind = kindOf(unit.decoded);
      if (kind === 'other' || kind === 'symbol' || kind === 'punctuation') return;
      const before = characterBefore(text, unit.start);
      const after = characterAfter(text, unit.end);
      if (pattern.page.nativeLetters && (pattern.page.nativeLetters.test(before) || pattern.page.nativeLetters.test(after))) return;
      if (evidence.has(`${lineNumberAt(text, unit.start)}:${kind}`)) accepted[index] = true;
    });
    runs.forEach((run, index) => {
      const first = run[0];
      const last = run.at(-1);
      if (!accepted[index] || !first || !last) return;
      candidates.push({ start: first.start, end: last.end, decoded: run.map((unit) => unit.decoded).join(''), page: pattern.page });
    });
  }
  // The longest repair wins where code pages overlap, then the more common code page.
  candidates.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const chosen: Candidate[] = [];
  for (const candidate of candidates) {
    const previous = chosen.at(-1);
    if (previous && candidate.start < previous.end) continue;
    chosen.push(candidate);
  }
  return chosen;
}

/** A Thai letter: a genuine `โ` (SARA O) always stands before one. */
const thaiCharacter = /\p{Script=Thai}/u;
const wordCharacter = /[\p{L}\p{N}]/u;
const closingContext = /[\p{L}\p{N}.,;:!?%)\]]/u;

type QuoteRole = 'opening' | 'closing' | 'dash' | 'unknown';

function roleOf(before: string, after: string): QuoteRole {
  const wordBefore = before !== '' && closingContext.test(before);
  const wordAfter = after !== '' && wordCharacter.test(after);
  if (wordAfter && !wordBefore) return 'opening';
  if (wordBefore && !wordAfter) return 'closing';
  if (/^\s$/u.test(before) && /^\s$/u.test(after)) return 'dash';
  return 'unknown';
}

/**
 * Damage a Thai decoder left with bytes missing. It keeps E2 of E2 80 xx as `โ`, the 80 as `€`
 * when it is Windows-874, and drops what it cannot show, so “ ” ‘ ’ – — collapse alike.
 */
function reportThai(article: Article, report: (finding: Finding) => void, taken: readonly Candidate[]): void {
  const text = article.text;
  const damage = /\u0e42(\u20ac?)([\u0e06\u0e02]?)/gu;
  interface Bare {
    start: number;
    end: number;
    role: QuoteRole;
    line: number;
  }
  const bare: Bare[] = [];
  const overlaps = (start: number, end: number): boolean => taken.some((candidate) => candidate.start < end && candidate.end > start);
  for (const match of text.matchAll(damage)) {
    const start = match.index;
    let end = start + match[0].length;
    const euro = match[1] ?? '';
    let tail = match[2] ?? '';
    if (overlaps(start, end)) continue;
    const before = characterBefore(text, start);
    let after = characterAfter(text, end);
    if (thaiCharacter.test(before)) continue;
    if (tail !== '' && thaiCharacter.test(after)) {
      // "โฆษณา" is a Thai word, not an ellipsis.
      end -= tail.length;
      after = tail;
      tail = '';
    }
    if (thaiCharacter.test(after)) continue;
    if (tail !== '' && euro === '') {
      // … (E2 80 A6) and • (E2 80 A2) lose only the middle byte: `โฆ`, `โข`.
      const expected = tail === '\u0e06' ? '\u2026' : '\u2022';
      const actual = text.slice(start, end);
      report({
        start,
        end,
        actual,
        expected: [expected],
        confidence: 'certain',
        note: `UTF-8 ${quote(expected)} read as Thai (TIS-620), its middle byte dropped`,
      });
      continue;
    }
    const actual = text.slice(start, end);
    if (euro !== '') {
      // "โ€Turja": ” (E2 80 9D) read as Windows-874, whose 0x9D is undefined and was dropped.
      report(lostQuoteFinding(text, start, end, 'UTF-8 `”` (E2 80 9D) read as Windows-874; its last byte is undefined there and was dropped'));
      continue;
    }
    bare.push({ start, end, role: roleOf(before, after), line: article.toPoint(start).line });
  }
  const thaiNote = 'UTF-8 punctuation (E2 80 xx) read as Thai (TIS-620): only its first byte survives as `โ`';
  for (let index = 0; index < bare.length; index++) {
    const current = bare[index];
    if (!current) continue;
    const next = bare[index + 1];
    if (current.role === 'opening' && next && next.role === 'closing' && next.line === current.line) {
      // "โUnlawful sanctionsโ": a pair around words is a quotation.
      const actual = text.slice(current.start, next.end);
      const inner = text.slice(current.end, next.start);
      const expected = [`\u201c${inner}\u201d`, `\u2018${inner}\u2019`];
      report({ start: current.start, end: next.end, actual, expected, confidence: 'likely', note: thaiNote });
      index++;
      continue;
    }
    const expected =
      current.role === 'opening' ? ['\u201c'] : current.role === 'closing' ? ['\u201d', '\u2019'] : current.role === 'dash' ? ['\u2013', '\u2014'] : [];
    const actual = text.slice(current.start, current.end);
    report({ start: current.start, end: current.end, actual, expected, confidence: expected.length > 0 ? 'likely' : 'possible', note: thaiNote });
  }
}

/** The closing quote whose last byte was dropped, glued to the next word as "â€Turja" shows it. */
function lostQuoteFinding(text: string, start: number, end: number, note: string): Finding {
  const actual = text.slice(start, end);
  const glued = wordCharacter.test(characterAfter(text, end));
  return {
    start,
    end,
    actual,
    expected: [glued ? '\u201d ' : '\u201d'],
    confidence: 'likely',
    note,
  };
}

function reportLostQuotes(article: Article, report: (finding: Finding) => void, taken: readonly Candidate[]): void {
  const text = article.text;
  for (const pattern of compile().patterns) {
    if (!pattern.lostQuote) continue;
    for (const match of text.matchAll(pattern.lostQuote)) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken.some((candidate) => candidate.start < end && candidate.end > start)) continue;
      report(lostQuoteFinding(text, start, end, `UTF-8 \`”\` (E2 80 9D) read as ${pattern.page.label}; its last byte is undefined there and was dropped`));
    }
  }
}

export const mojibake = defineRule<Record<string, never>>({
  meta: {
    id: 'mojibake',
    category: 'encoding',
    description: 'UTF-8 text read in a legacy code page (`â€™`, `Ã¼`, `вЂњ`, Thai `โ` for quotes)',
    docsUrl: docsUrlOf('mojibake'),
    defaultSeverity: 'error',
    fixable: 'fix',
    label: 'garbled characters',
  },
  defaultOptions: {},
  check({ article, report }) {
    const text = article.text;
    // Every lead and continuation character of every code page is outside ASCII, so an article
    // without two such characters in a row (nor a Thai `โ`) cannot pass the precheck; most
    // articles end here, before the code pages are built (a third of a one-file lint's rule time).
    if (!anyNonAsciiPair.test(text)) return;
    if (!compile().precheck.test(text) && !(text.includes('\u0e42') && bareThaiQuote.test(text))) return;
    const candidates = candidatesOf(article);
    for (const candidate of candidates) {
      const actual = text.slice(candidate.start, candidate.end);
      report({
        start: candidate.start,
        end: candidate.end,
        actual,
        expected: [candidate.decoded],
        confidence: 'certain',
        note: `UTF-8 ${quote(candidate.decoded)} read as ${candidate.page.label}`,
      });
    }
    reportThai(article, report, candidates);
    reportLostQuotes(article, report, candidates);
  },
});
