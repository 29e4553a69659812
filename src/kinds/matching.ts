/**
 * Phrase matching on the untouched text with Unicode word boundaries. One alternation per table
 * scans an article in one pass; phrases match across any run of whitespace, line breaks included,
 * because retext-english and editors alike treat "Kraft\nSiberia" as the same words.
 */
export const wordCharacter = /[\p{L}\p{N}_]/u;

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const head = '(?<![\\p{L}\\p{N}_])';
const tail = '(?![\\p{L}\\p{N}_])';

/** The phrase without its boundaries: spaces match any whitespace, apostrophes either form. */
function phraseBody(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map((part) => escapeRegExp(part).replace(/['’]/g, "['’]"))
    .join('\\s+');
}

/** Which ends of a phrase need a word boundary: those that are word characters. */
function boundariesOf(phrase: string): { start: boolean; end: boolean } {
  const trimmed = phrase.trim();
  return { start: wordCharacter.test(trimmed[0] ?? ''), end: wordCharacter.test(trimmed.at(-1) ?? '') };
}

/** The regex source of a phrase: spaces match any whitespace, word edges get boundaries. */
export function phraseSource(phrase: string): string {
  const { start, end } = boundariesOf(phrase);
  return (start ? head : '') + phraseBody(phrase) + (end ? tail : '');
}

/** The key two spellings of one phrase share: whitespace folded, apostrophes unified, case folded unless it matters. */
export function phraseKey(text: string, caseSensitive: boolean): string {
  const flat = text.trim().replace(/\s+/g, ' ').replace(/’/g, "'");
  return caseSensitive ? flat : flat.toLowerCase();
}

export interface PhraseMatch {
  start: number;
  end: number;
  text: string;
}

/**
 * Compiles many phrases into one global regex; longer phrases first so the longest wins. Runs of
 * phrases with the same boundaries share one lookbehind and one lookahead: a lookbehind in front
 * of every alternative makes V8 try each one at every offset, five times slower on a 200-row table.
 */
export function compilePhrases(phrases: readonly string[], caseSensitive: boolean): RegExp | undefined {
  if (phrases.length === 0) return undefined;
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const groups: Array<{ start: boolean; end: boolean; bodies: string[] }> = [];
  for (const phrase of sorted) {
    const { start, end } = boundariesOf(phrase);
    const last = groups.at(-1);
    if (last && last.start === start && last.end === end) last.bodies.push(phraseBody(phrase));
    else groups.push({ start, end, bodies: [phraseBody(phrase)] });
  }
  const source = groups.map((group) => `${group.start ? head : ''}(?:${group.bodies.join('|')})${group.end ? tail : ''}`).join('|');
  return new RegExp(source, caseSensitive ? 'gu' : 'giu');
}

/** Every non-empty match, left to right; collected at once, so callers may reuse the regex freely. */
export function matchAll(pattern: RegExp, text: string): PhraseMatch[] {
  const regex = pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
  const matches: PhraseMatch[] = [];
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
    if (match[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    matches.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  regex.lastIndex = 0;
  return matches;
}

/** Whether one occurrence of `phrase` in `text` covers [start, end). */
export function isCoveredBy(text: string, start: number, end: number, phrase: string, caseSensitive: boolean): boolean {
  const regex = new RegExp(phraseSource(phrase), caseSensitive ? 'gu' : 'giu');
  const from = Math.max(0, start - phrase.length - 8);
  const to = Math.min(text.length, end + phrase.length + 8);
  const window = text.slice(from, to);
  for (const match of window.matchAll(regex)) {
    const matchStart = from + (match.index ?? 0);
    if (matchStart <= start && matchStart + match[0].length >= end) return true;
  }
  return false;
}

export function containsPhrase(text: string, phrase: string, caseSensitive: boolean): boolean {
  return new RegExp(phraseSource(phrase), caseSensitive ? 'u' : 'iu').test(text);
}
