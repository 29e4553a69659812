/** The words a pattern needs, read from its source, for the literal index to ask about. */
import { hasTopLevelAlternative } from './regex-source.js';

/**
 * Every group of words a match of a pattern needs, one word of each group:
 * `\b(?:under|between|among)\s+four\s+eyes\b` needs one of `under`, `between`, `among`, and
 * `four`, and `eyes`. "Under" alone is common in news copy; all three together are rare, so a
 * pattern is run only when every group has a word in the article.
 */
export function requiredLiteralGroups(source: string): string[][] | undefined {
  return analyseLiterals(source)?.groups;
}

/** A word a pattern needs, and whether every match has it at the start of a word of the text. */
export interface Literal {
  text: string;
  atWordStart: boolean;
}

/**
 * `requiredLiteralGroups` with where each word stands: after `\b`, white space or a letter
 * lookbehind, a word starts a word of the text ("\b(?:walk|run)\s+against" needs a word that
 * starts with `walk` or `run`, and one that starts with `against`), which a set of word
 * beginnings answers at once; anywhere else it is searched for.
 */
export function requiredWordGroups(source: string): Literal[][] | undefined {
  const analysis = analyseLiterals(source);
  return analysis?.groups.map((group) => group.map((text) => ({ text, atWordStart: analysis.atWordStart.get(text) === true })));
}

/** Whether a lookbehind says the character before is not a letter: "(?<![\p{L}\p{N}_])", "(?<=\bsaid\s+)". */
function endsWord(group: string): boolean {
  if (/^\(\?<!\[[^\]]*\\p\{L\}[^\]]*\]\)$/.test(group)) return true;
  // Every alternative must end so: "(?<=said\s+|by)" does not.
  return /^\(\?<=.*(?:\\s\+?|\\n| )\)$/.test(group) && !hasTopLevelAlternative(group.slice(4, -1));
}

/** What stands before the next atom: nothing known, `\b`, or something that ends a word (white space, a letter lookbehind). */
type Before = 'unknown' | 'boundary' | 'break';

function analyseLiterals(source: string): { strongest: string[]; groups: string[][]; atWordStart: Map<string, boolean> } | undefined {
  let index = 0;
  type Requirement = string[] | undefined;
  const atWordStart = new Map<string, boolean>();
  const strength = (requirement: Requirement): number => (requirement ? Math.min(...requirement.map((word) => word.length)) : 0);
  const isOptional = (at: number): boolean => {
    const next = source.charAt(at);
    return next === '?' || next === '*' || (next === '{' && source.charAt(at + 1) === '0');
  };
  let topGroups: string[][] = [];

  function alternation(top: boolean, before: Before): Requirement {
    const collected: string[][] = [];
    const alternatives: Requirement[] = [sequence(collected, before)];
    while (source.charAt(index) === '|') {
      index++;
      alternatives.push(sequence(undefined, before));
    }
    if (top && alternatives.length === 1) topGroups = collected;
    if (alternatives.some((alternative) => alternative === undefined)) return undefined;
    const union = [...new Set(alternatives.flatMap((alternative) => alternative ?? []))];
    if (top && alternatives.length > 1) topGroups = [union];
    return union;
  }

  function sequence(collected: string[][] | undefined, start: Before): Requirement {
    let best: Requirement;
    let run = '';
    let before: Before = start;
    let runStart = false;
    const consider = (requirement: Requirement) => {
      if (requirement && strength(requirement) >= 3) {
        collected?.push(requirement);
        if (strength(requirement) > strength(best)) best = requirement;
      }
    };
    const endRun = () => {
      if (run) {
        atWordStart.set(run, runStart && atWordStart.get(run) !== false);
        consider([run]);
      }
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
        if (next === 'b') before = before === 'break' ? 'break' : 'boundary';
        else if ((next === 's' || next === 'n') && !isOptional(index)) before = 'break';
        else before = 'unknown';
        continue;
      }
      if (character === '[') {
        endRun();
        index++;
        while (index < source.length && !(source.charAt(index) === ']' && source.charAt(index - 1) !== '\\')) index++;
        index++;
        before = 'unknown';
        continue;
      }
      if (character === '(') {
        endRun();
        const groupStart = index;
        index++;
        let negative = false;
        let lookaround = false;
        if (source.startsWith('?<=', index) || source.startsWith('?:', index)) {
          lookaround = source.charAt(index + 1) === '<';
          index += lookaround ? 3 : 2;
        } else if (source.startsWith('?=', index)) {
          lookaround = true;
          index += 2;
        } else if (source.startsWith('?!', index) || source.startsWith('?<!', index)) {
          negative = true;
          lookaround = true;
          index += source.charAt(index + 1) === '!' ? 2 : 3;
        } else if (source.startsWith('?<', index)) index = source.indexOf('>', index) + 1;
        const inner = alternation(false, lookaround ? 'unknown' : before);
        index++; // the closing parenthesis
        if (!negative && !isOptional(index)) consider(inner);
        // A lookaround leaves the position where it was; two kinds of lookbehind also say a word ends there.
        if (endsWord(source.slice(groupStart, index))) before = 'break';
        else if (!lookaround) before = 'unknown';
        continue;
      }
      if (/\p{L}/u.test(character)) {
        if (isOptional(index + 1)) {
          endRun();
          before = 'unknown';
        } else {
          if (!run) runStart = before === 'break' || (before === 'boundary' && /[A-Za-z]/.test(character));
          run += character;
          before = 'unknown';
        }
        index++;
        continue;
      }
      endRun();
      // "\s+" and "\s{1,3}" still end a word; the quantifier belongs to what stands before it.
      if (character === '{') index = Math.max(index, source.indexOf('}', index));
      else if (character !== '+') before = (character === ' ' && !isOptional(index + 1)) || character === '^' ? 'break' : 'unknown';
      index++;
    }
    endRun();
    return best;
  }

  try {
    const strongest = alternation(true, 'unknown');
    return strongest ? { strongest, groups: topGroups, atWordStart } : undefined;
  } catch {
    return undefined;
  }
}
