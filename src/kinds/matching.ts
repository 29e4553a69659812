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
  /** Named capture groups of a pattern; a replacement may refer to them as `$<name>`. */
  groups?: Record<string, string | undefined>;
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
    const found: PhraseMatch = { start: match.index, end: match.index + match[0].length, text: match[0] };
    if (match.groups) found.groups = match.groups;
    matches.push(found);
  }
  regex.lastIndex = 0;
  return matches;
}

/** Whether one occurrence of `phrase` in `text` covers [start, end). */
export function isCoveredBy(text: string, start: number, end: number, phrase: string, caseSensitive: boolean): boolean {
  const regex = phraseRegExp(phrase, caseSensitive ? 'gu' : 'giu');
  regex.lastIndex = 0;
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
  return phraseRegExp(phrase, caseSensitive ? 'u' : 'iu').test(text);
}

/**
 * The regex of one exception or condition phrase, compiled once: the same few phrases are asked
 * about in article after article. Only non-global regexes and `matchAll` (which copies its regex)
 * use them, so sharing one object is safe.
 */
const phraseRegExps = new Map<string, RegExp>();
function phraseRegExp(phrase: string, flags: string): RegExp {
  const key = `${flags}\u0000${phrase}`;
  let regex = phraseRegExps.get(key);
  if (!regex) {
    if (phraseRegExps.size > 10_000) phraseRegExps.clear();
    regex = new RegExp(phraseSource(phrase), flags);
    phraseRegExps.set(key, regex);
  }
  return regex;
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

/**
 * Words of which every match of a pattern contains at least one, read from its source:
 * `\ba wet (?:rag|cloth) (?:against|in) …face\b` must contain `face`, and
 * `\b(?:walk|go) around the (?:porridge|mash)\b` must contain `porridge` or `mash`. Letters inside
 * classes, escapes and negative lookarounds, and letters a quantifier makes optional, do not
 * count. A table of a hundred patterns then runs only the patterns whose words occur in an
 * article, instead of every pattern over every article.
 */
export function requiredLiterals(source: string): string[] | undefined {
  return analyseLiterals(source)?.strongest;
}

/**
 * Every group of words a match of a pattern needs, one word of each group:
 * `\b(?:under|between|among)\s+four\s+eyes\b` needs one of `under`, `between`, `among`, and
 * `four`, and `eyes`. "Under" alone is common in news copy; all three together are rare, so a
 * pattern is run only when every group has a word in the article.
 */
export function requiredLiteralGroups(source: string): string[][] | undefined {
  return analyseLiterals(source)?.groups;
}

function analyseLiterals(source: string): { strongest: string[]; groups: string[][] } | undefined {
  let index = 0;
  type Requirement = string[] | undefined;
  const strength = (requirement: Requirement): number => (requirement ? Math.min(...requirement.map((word) => word.length)) : 0);
  const isOptional = (at: number): boolean => {
    const next = source.charAt(at);
    return next === '?' || next === '*' || (next === '{' && source.charAt(at + 1) === '0');
  };
  let topGroups: string[][] = [];

  function alternation(top: boolean): Requirement {
    const collected: string[][] = [];
    const alternatives: Requirement[] = [sequence(collected)];
    while (source.charAt(index) === '|') {
      index++;
      alternatives.push(sequence(undefined));
    }
    if (top && alternatives.length === 1) topGroups = collected;
    if (alternatives.some((alternative) => alternative === undefined)) return undefined;
    const union = [...new Set(alternatives.flatMap((alternative) => alternative ?? []))];
    if (top && alternatives.length > 1) topGroups = [union];
    return union;
  }

  function sequence(collected: string[][] | undefined): Requirement {
    let best: Requirement;
    let run = '';
    const consider = (requirement: Requirement) => {
      if (requirement && strength(requirement) >= 3) {
        collected?.push(requirement);
        if (strength(requirement) > strength(best)) best = requirement;
      }
    };
    const endRun = () => {
      if (run) consider([run]);
      run = '';
    };
    while (index < source.length) {
      const character = source.charAt(index);
      if (character === '|' || character === ')') break;
      if (character === '\\') {
        endRun();
        const next = source.charAt(index + 1);
        if ((next === 'p' || next === 'P') && source.charAt(index + 2) === '{') index = source.indexOf('}', index) + 1;
        else if (next === 'k' && source.charAt(index + 2) === '<') index = source.indexOf('>', index) + 1;
        else index += 2;
        if (index <= 0) return undefined;
        continue;
      }
      if (character === '[') {
        endRun();
        index++;
        while (index < source.length && !(source.charAt(index) === ']' && source.charAt(index - 1) !== '\\')) index++;
        index++;
        continue;
      }
      if (character === '(') {
        endRun();
        index++;
        let negative = false;
        if (source.startsWith('?<=', index) || source.startsWith('?:', index)) index += source.charAt(index + 1) === ':' ? 2 : 3;
        else if (source.startsWith('?=', index)) index += 2;
        else if (source.startsWith('?!', index) || source.startsWith('?<!', index)) {
          negative = true;
          index += source.charAt(index + 1) === '!' ? 2 : 3;
        } else if (source.startsWith('?<', index)) index = source.indexOf('>', index) + 1;
        const inner = alternation(false);
        index++; // the closing parenthesis
        if (!negative && !isOptional(index)) consider(inner);
        continue;
      }
      if (/\p{L}/u.test(character)) {
        if (isOptional(index + 1)) endRun();
        else run += character;
        index++;
        continue;
      }
      endRun();
      index++;
    }
    endRun();
    return best;
  }

  try {
    const strongest = alternation(true);
    return strongest ? { strongest, groups: topGroups } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Finds which of many words occur in a text, in one scan: one alternation of all words, longest
 * first, restarted one character after each hit so that overlapping words are seen too. At any
 * offset the longest word that matches is found, and every shorter word that matches there is a
 * prefix of it, so each hit also stands for the words that are its prefixes.
 */
export interface LiteralScanner {
  present(text: string): Set<string>;
}

export function createLiteralScanner(words: Iterable<string>): LiteralScanner | undefined {
  const unique = [...new Set(words)].filter((word) => word.length > 0);
  if (unique.length === 0) return undefined;
  unique.sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  const regex = new RegExp(unique.map(escapeRegExp).join('|'), 'g');
  const prefixesOf = new Map<string, string[]>(unique.map((word) => [word, unique.filter((other) => word.startsWith(other))]));
  return {
    present(text) {
      const found = new Set<string>();
      regex.lastIndex = 0;
      for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
        for (const word of prefixesOf.get(match[0]) ?? []) found.add(word);
        regex.lastIndex = match.index + 1;
      }
      regex.lastIndex = 0;
      return found;
    },
  };
}
