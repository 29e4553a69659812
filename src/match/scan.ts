/**
 * The ways a regex is run over a text: plainly, through a fast flavour whose matches the exact
 * regex settles, or tried only where lines start. Each finds what the exact regex finds.
 */
import type { PhraseMatch } from './phrase-match.js';
import { hasTopLevelAlternative } from './regex-source.js';
import { lineStartLead } from './pattern-analysis.js';

/**
 * A fast flavour of an exact regex. The exact regex that settles its matches is made sticky only
 * when a match first needs settling: a `u` regex with letter properties costs a fifth of a
 * millisecond to construct, and most flavours never need it on a given run.
 */
export class Flavour {
  #sticky: RegExp | undefined;

  /**
   * @param regex Finds a match at every offset where the exact regex has one, on plain text at least.
   * @param exact The exact regex's source and flags, when a match of `regex` needs settling by it;
   *   absent when `regex` means exactly the same.
   * @param sure Matches of `regex` that pass this need no settling (phrase alternations: Unicode word boundaries).
   */
  constructor(
    readonly regex: RegExp,
    readonly exact?: { source: string; flags: string },
    readonly sure?: (text: string, start: number, end: number) => boolean,
  ) {}

  /** The exact regex, sticky, for settling. */
  get sticky(): RegExp {
    if (!this.#sticky) {
      if (!this.exact) throw new Error('A flavour that means its exact regex settles nothing');
      this.#sticky = new RegExp(this.exact.source, this.exact.flags);
    }
    return this.#sticky;
  }
}

/**
 * A residue line pattern, "(?<=^|\n)[ \t]*Read more with …", matches only where a line starts:
 * tried there alone (sticky), it costs one attempt per line instead of a lookbehind at every
 * offset. Not for a pattern with another alternative at the top, which the lookbehind does not bind.
 */
export interface LineStartFlavour {
  sticky: RegExp;
  /** The longest line, blanks at its ends aside, the pattern is tried on: an entry's `maxLineLength`. */
  longest: number;
}

/**
 * The line-start flavour of a pattern that opens with `(?<=^|\n)`, if it has one; `alternatives`
 * answers whether another alternative stands at the pattern's top (the build's analysis).
 */
export function lineStartFlavourOf(
  source: string,
  flags: string,
  longestLine = Number.POSITIVE_INFINITY,
  alternatives: (source: string) => boolean = hasTopLevelAlternative,
): LineStartFlavour | undefined {
  if (!source.startsWith(lineStartLead) || flags.includes('m') || alternatives(source)) return undefined;
  const sticky = new RegExp(source, `${flags.replace('g', '').replace('y', '')}y`);
  return { sticky, longest: longestLine };
}

export function scanLineStarts({ sticky, longest }: LineStartFlavour, text: string, limit: number): PhraseMatch[] {
  const matches: PhraseMatch[] = [];
  let from = 0;
  for (let start = 0; start <= text.length && matches.length < limit; ) {
    const newline = text.indexOf('\n', start);
    const lineEnd = newline < 0 ? text.length : newline;
    if (start >= from && (lineEnd - start <= longest || trimmedLength(text, start, lineEnd) <= longest)) {
      sticky.lastIndex = start;
      const match = sticky.exec(text);
      if (match && match[0].length > 0) {
        matches.push(toMatch(match));
        from = start + match[0].length;
      }
    }
    if (newline < 0) break;
    start = newline + 1;
  }
  return matches;
}

/** The length of a line without its carriage return and the blanks at both ends. */
function trimmedLength(text: string, start: number, end: number): number {
  let last = end;
  if (text.charCodeAt(last - 1) === 13) last--;
  while (last > start && (text.charCodeAt(last - 1) === 32 || text.charCodeAt(last - 1) === 9)) last--;
  let first = start;
  while (first < last && (text.charCodeAt(first) === 32 || text.charCodeAt(first) === 9)) first++;
  return last - first;
}

function toMatch(match: RegExpExecArray): PhraseMatch {
  const found: PhraseMatch = { start: match.index, end: match.index + match[0].length, text: match[0] };
  if (match.groups) found.groups = match.groups;
  return found;
}

export function scan(regex: RegExp, text: string, limit: number): PhraseMatch[] {
  const matches: PhraseMatch[] = [];
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match !== null && matches.length < limit; match = regex.exec(text)) {
    if (match[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    matches.push(toMatch(match));
  }
  regex.lastIndex = 0;
  return matches;
}

/**
 * A scan through a fast flavour: a match the flavour is sure of is the exact regex's match too (it
 * tries the same alternatives in the same order, and rejects no more); any other offset where the
 * flavour matches is settled by the exact regex at that offset, and the scan goes on one
 * character later when the exact regex has no match there.
 */
export function scanFlavour(flavour: Flavour, text: string, limit: number): PhraseMatch[] {
  const { regex, sure } = flavour;
  const matches: PhraseMatch[] = [];
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match !== null && matches.length < limit; match = regex.exec(text)) {
    const start = match.index;
    if (match[0].length > 0 && sure?.(text, start, start + match[0].length)) {
      matches.push(toMatch(match));
      continue;
    }
    const sticky = flavour.sticky;
    sticky.lastIndex = start;
    const exact = sticky.exec(text);
    if (exact && exact[0].length > 0) {
      matches.push(toMatch(exact));
      regex.lastIndex = start + exact[0].length;
    } else regex.lastIndex = start + 1;
  }
  regex.lastIndex = 0;
  return matches;
}
