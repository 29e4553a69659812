/**
 * The matcher: what the kinds and rules hold to find phrases and patterns in an article. A
 * `Matcher` compiles a phrase table (`compilePhraseTable`) or a pattern (`compilePattern`) into a
 * `Scanner`, whose `scan(article)` gives every match of its exact regex, left to right. How the
 * scan gets there is the scanner's business, each way checked against the exact regex by the
 * differential tests in tests/match/:
 * - a large phrase table looks its phrases up word by word (phrase-dispatch.ts);
 * - a small one is skipped when none of its first words begins a word of the article, and a
 *   pattern when a word it needs is missing (the article's literal index);
 * - a regex runs without the `u` flag where that means the same on plain text, or relaxed and
 *   settled by the exact regex, or only where lines start (scan.ts).
 * All the state this needs belongs to the matcher (the keys of its tables, the build's analyses,
 * the regexes of single phrases) or to the article's facts: a linter makes one matcher, and two
 * linters share nothing.
 */
import type { PreparedLiteral } from './literal-index.js';
import { fastPhraseSource, firstWordsGate, hasUnicodeBoundaries, isLatinPhrase, phraseTableSource, phraseVerifier, sortPhrases } from './matching.js';
import { PatternAnalyses } from './pattern-analysis.js';
import { KeyUnion, PhraseDispatch } from './phrase-dispatch.js';
import type { PhraseMatch } from './phrase-match.js';
import { Flavour, lineStartFlavourOf, scan, scanFlavour, scanLineStarts, type LineStartFlavour } from './scan.js';
import { factsOf, type TextFacts } from './text-facts.js';

export interface Scanner {
  /** The regex whose matches `scan` gives, by definition. */
  readonly regex: RegExp;
  /** Every non-empty match in the text (an article, with its facts, or a bare string), left to right, at most `limit`. */
  scan(subject: string | TextFacts, limit?: number): PhraseMatch[];
}

/**
 * From this many phrases a table is looked up word by word (see phrase-dispatch.ts); a smaller
 * alternation scans as fast as the lookup of every word would.
 */
const dispatchedTableSize = 16;

/** Flags in the order `RegExp.prototype.flags` gives them, `g` always among them. */
function globalFlags(flags: string): string {
  return [...'dgimsuvy'].filter((flag) => flag === 'g' || flags.includes(flag)).join('');
}

/** A regex from the data or a rule, with the ways it can be scanned faster worked out on its first scan. */
class Pattern implements Scanner {
  readonly source: string;
  readonly flags: string;
  readonly #analyses: PatternAnalyses;
  readonly #gated: boolean;
  #regex: RegExp | undefined;
  #planned = false;
  #words: PreparedLiteral[][] | undefined;
  #lineStart: LineStartFlavour | undefined;
  #flavour: Flavour | undefined;

  readonly #longestLine: number | undefined;

  constructor(source: string, flags: string, analyses: PatternAnalyses, gated: boolean, longestLine?: number) {
    this.source = source;
    this.flags = globalFlags(flags);
    this.#analyses = analyses;
    this.#gated = gated;
    this.#longestLine = longestLine;
  }

  /** Built on first use: a `u` regex with letter properties costs a fifth of a millisecond to construct. */
  get regex(): RegExp {
    this.#regex ??= new RegExp(this.source, this.flags);
    return this.#regex;
  }

  /** The regex the pattern scans plain text with, when that is not the pattern itself. */
  get fastRegex(): RegExp | undefined {
    this.#plan();
    return this.#flavour?.regex;
  }

  #plan(): void {
    if (this.#planned) return;
    this.#planned = true;
    const groups = this.#gated ? this.#analyses.wordGroupsOf(this.source) : undefined;
    // The group whose shortest word is longest goes first: "lamp" rules out
    // "\b(?:walk|run)\s+against\s+the\s+lamp\b" in most articles, "the" in none.
    if (groups && groups.length > 0) this.#words = [...groups].sort((a, b) => shortestWord(b) - shortestWord(a));
    this.#lineStart = lineStartFlavourOf(this.source, this.flags, this.#longestLine, (source) => this.#analyses.hasTopLevelAlternative(source));
    if (this.#lineStart) return;
    const flags = this.flags.replace('u', '').replace('y', '');
    try {
      const plan = this.#analyses.flavourPlanOf(this.source, this.flags);
      if (plan?.sticky === false) this.#flavour = new Flavour(new RegExp(this.source, flags));
      else if (plan) this.#flavour = new Flavour(new RegExp(plan.source, flags), { source: this.source, flags: `${flags.replace('g', '')}uy` });
    } catch {
      this.#flavour = undefined;
    }
  }

  scan(subject: string | TextFacts, limit = Number.POSITIVE_INFINITY): PhraseMatch[] {
    const facts = factsOf(subject);
    this.#plan();
    if (this.#words && !facts.literalIndex.hasAll(this.#words)) return [];
    if (this.#lineStart) return scanLineStarts(this.#lineStart, facts.text, limit);
    const flavour = this.#flavour;
    if (flavour && facts.plain) return flavour.exact ? scanFlavour(flavour, facts.text, limit) : scan(flavour.regex, facts.text, limit);
    return scan(this.regex, facts.text, limit);
  }
}

function shortestWord(group: readonly PreparedLiteral[]): number {
  return Math.min(...group.map((literal) => literal.lower.length));
}

/** The alternation of a table's phrases, scanned by word lookup, behind a gate of first words, or through a fast flavour. */
class PhraseTable implements Scanner {
  readonly regex: RegExp;
  readonly #dispatch: PhraseDispatch | undefined;
  readonly #gate: PreparedLiteral[] | undefined;
  readonly #flavour: Flavour | undefined;
  /** For a table whose alternation has no fast flavour of its own: the pattern's ways. */
  readonly #fallback: Pattern | undefined;

  constructor(phrases: readonly string[], caseSensitive: boolean, union: KeyUnion, analyses: PatternAnalyses) {
    const sorted = sortPhrases(phrases);
    const source = phraseTableSource(sorted);
    const flags = caseSensitive ? 'gu' : 'giu';
    this.regex = new RegExp(source, flags);
    if (sorted.length >= dispatchedTableSize) this.#dispatch = PhraseDispatch.create(sorted, caseSensitive, (phrase) => phraseVerifier(phrase, caseSensitive), union);
    else this.#gate = firstWordsGate(sorted);
    const fast = fastPhraseSource(sorted);
    if (caseSensitive || sorted.every(isLatinPhrase)) {
      this.#flavour = new Flavour(new RegExp(fast, caseSensitive ? 'g' : 'gi'), { source, flags: caseSensitive ? 'uy' : 'iuy' }, hasUnicodeBoundaries);
    } else this.#fallback = new Pattern(source, flags, analyses, false);
  }

  scan(subject: string | TextFacts, limit = Number.POSITIVE_INFINITY): PhraseMatch[] {
    const facts = factsOf(subject);
    if (this.#dispatch && facts.plain) return this.#dispatch.scan(facts, limit);
    if (this.#gate && !facts.literalIndex.hasAll([this.#gate])) return [];
    if (this.#fallback) return this.#fallback.scan(facts, limit);
    if (this.#flavour && facts.plain) return scanFlavour(this.#flavour, facts.text, limit);
    return scan(this.regex, facts.text, limit);
  }
}

export class Matcher {
  /** The keys of every dispatched table this matcher compiled: an article's words are checked against all at once. */
  readonly #union = new KeyUnion();
  readonly #analyses: PatternAnalyses;
  /** The tables of single exception and condition phrases: the same few are asked about in article after article. */
  readonly #single = new Map<string, Scanner>();

  /** @param options.analysisFile The pattern analyses the build wrote (tests point it elsewhere). */
  constructor(options: { analysisFile?: string } = {}) {
    this.#analyses = new PatternAnalyses(options.analysisFile);
  }

  /** The table of these phrases, longest first; undefined for none. */
  compilePhraseTable(phrases: readonly string[], caseSensitive: boolean): Scanner | undefined {
    return phrases.length === 0 ? undefined : new PhraseTable(phrases, caseSensitive, this.#union, this.#analyses);
  }

  /**
   * A regex from the data or a rule, skipped on an article that lacks a word every match needs. A
   * pattern tried where lines start (`(?<=^|\n)`) with `longestLine` is not tried on a longer line.
   */
  compilePattern(source: string, flags: string, options: { longestLine?: number } = {}): Scanner & { readonly fastRegex: RegExp | undefined } {
    return new Pattern(source, flags, this.#analyses, true, options.longestLine);
  }

  #singlePhrase(phrase: string, caseSensitive: boolean): Scanner {
    const key = `${caseSensitive ? 's' : 'i'}\u0000${phrase}`;
    let table = this.#single.get(key);
    if (!table) {
      if (this.#single.size > 10_000) this.#single.clear();
      table = new PhraseTable([phrase], caseSensitive, this.#union, this.#analyses);
      this.#single.set(key, table);
    }
    return table;
  }

  /** Whether the text has the phrase anywhere; a blank phrase is in every text. */
  containsPhrase(subject: string | TextFacts, phrase: string, caseSensitive: boolean): boolean {
    if (phrase.trim() === '') return true;
    return this.#singlePhrase(phrase, caseSensitive).scan(subject, 1).length > 0;
  }

  /** Whether one occurrence of `phrase` in `text` covers [start, end). */
  isCoveredBy(text: string, start: number, end: number, phrase: string, caseSensitive: boolean): boolean {
    const from = Math.max(0, start - phrase.length - 8);
    const to = Math.min(text.length, end + phrase.length + 8);
    const window = text.slice(from, to);
    // The exact regex: a window is a new string each time, and its plainness is not worth asking.
    for (const match of window.matchAll(this.#singlePhrase(phrase, caseSensitive).regex)) {
      const matchStart = from + (match.index ?? 0);
      if (matchStart <= start && matchStart + match[0].length >= end) return true;
    }
    return false;
  }
}
