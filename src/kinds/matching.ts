/**
 * Phrase matching on the untouched text with Unicode word boundaries. One alternation per table
 * scans an article in one pass; phrases match across any run of whitespace, line breaks included,
 * because retext-english and editors alike treat "Kraft\nSiberia" as the same words.
 */
export const wordCharacter = /[\p{L}\p{N}_]/u;

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The regex source of a phrase: spaces match any whitespace, word edges get boundaries. */
export function phraseSource(phrase: string): string {
  const body = phrase
    .trim()
    .split(/\s+/)
    .map((part) => escapeRegExp(part).replace(/['’]/g, "['’]"))
    .join('\\s+');
  const first = phrase.trim()[0] ?? '';
  const last = phrase.trim().at(-1) ?? '';
  const head = wordCharacter.test(first) ? '(?<![\\p{L}\\p{N}_])' : '';
  const tail = wordCharacter.test(last) ? '(?![\\p{L}\\p{N}_])' : '';
  return head + body + tail;
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
  /** Named capture groups of a pattern; a replacement may refer to them as `$<name>`. */
  groups?: Record<string, string | undefined>;
}

/** Compiles many phrases into one global regex; longer phrases first so the longest wins. */
export function compilePhrases(phrases: readonly string[], caseSensitive: boolean): RegExp | undefined {
  if (phrases.length === 0) return undefined;
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length || a.localeCompare(b));
  return new RegExp(sorted.map(phraseSource).join('|'), caseSensitive ? 'gu' : 'giu');
}

export function* matchAll(pattern: RegExp, text: string): Generator<PhraseMatch> {
  const regex = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');
  for (const match of text.matchAll(regex)) {
    if (match[0].length === 0) continue;
    const start = match.index ?? 0;
    const found: PhraseMatch = { start, end: start + match[0].length, text: match[0] };
    if (match.groups) found.groups = match.groups;
    yield found;
  }
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

/**
 * Fills `$<name>` in a replacement with a named group of the match, so one row can keep the words
 * around an idiom: "keep our heads cold" becomes "keep a cool head" whatever the verb's tense.
 * A group that did not take part in the match fills in as nothing.
 */
export function expandGroups(replacement: string, groups: Record<string, string | undefined> | undefined): string {
  if (!groups || !replacement.includes('$<')) return replacement;
  return replacement.replace(/\$<([A-Za-z_][A-Za-z0-9_]*)>/g, (_whole, name: string) => groups[name] ?? '');
}
