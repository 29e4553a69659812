/** The words a pattern needs, read from its source, for the literal index to ask about. */
import type { AST } from '@eslint-community/regexpp';
import { parsePattern } from './regex-source.js';

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
function endsWord(node: AST.LookaroundAssertion): boolean {
  if (node.kind !== 'lookbehind' || node.alternatives.length !== 1) return false;
  const elements = node.alternatives[0]?.elements ?? [];
  const last = elements.at(-1);
  if (node.negate) {
    return (
      elements.length === 1 &&
      last?.type === 'CharacterClass' &&
      !last.negate &&
      last.elements.some((item) => item.type === 'CharacterSet' && item.kind === 'property' && !item.negate && (item.value === 'L' || item.key === 'L'))
    );
  }
  // Every match of the lookbehind ends in white space: "(?<=said\s+|by)" does not.
  if (last?.type === 'Character') return last.value === 0x20 || last.value === 0x0a;
  const spaces = last?.type === 'Quantifier' && last.min >= 1 ? last.element : last;
  return spaces?.type === 'CharacterSet' && spaces.kind === 'space' && !spaces.negate;
}

/** What stands before the next atom: nothing known, `\b`, or something that ends a word (white space, a letter lookbehind). */
type Before = 'unknown' | 'boundary' | 'break';

type Requirement = string[] | undefined;

/** A letter written as itself ("é", not "\u00e9"), which a word of the text must contain. */
function letterOf(node: AST.Node): string | undefined {
  if (node.type !== 'Character' || node.raw.startsWith('\\')) return undefined;
  return /^\p{L}$/u.test(node.raw) ? node.raw : undefined;
}

/**
 * The words a pattern needs, read from its tree: runs of letters written as themselves, and the
 * words of a group of alternatives when each alternative needs one. A word of three letters or
 * more counts; the longest shortest word of a sequence is its requirement.
 */
function analyseLiterals(source: string): { strongest: string[]; groups: string[][]; atWordStart: Map<string, boolean> } | undefined {
  const pattern = parsePattern(source);
  if (!pattern) return undefined;
  const atWordStart = new Map<string, boolean>();
  const strength = (requirement: Requirement): number => (requirement ? Math.min(...requirement.map((word) => word.length)) : 0);
  let topGroups: string[][] = [];

  function alternation(alternatives: readonly AST.Alternative[], top: boolean, before: Before): Requirement {
    const collected: string[][] = [];
    const requirements = alternatives.map((alternative, index) => sequence(alternative.elements, index === 0 ? collected : undefined, before));
    if (top && alternatives.length === 1) topGroups = collected;
    if (requirements.some((requirement) => requirement === undefined)) return undefined;
    const union = [...new Set(requirements.flatMap((requirement) => requirement ?? []))];
    if (top && alternatives.length > 1) topGroups = [union];
    return union;
  }

  function sequence(elements: readonly AST.Element[], collected: string[][] | undefined, start: Before): Requirement {
    let best: Requirement;
    let run = '';
    let runStart = false;
    let before: Before = start;
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
    const addLetter = (letter: string) => {
      if (!run) runStart = before === 'break' || (before === 'boundary' && /[A-Za-z]/.test(letter));
      run += letter;
      before = 'unknown';
    };
    for (const element of elements) {
      const optional = element.type === 'Quantifier' && element.min === 0;
      const atom = element.type === 'Quantifier' ? element.element : element;
      const letter = letterOf(atom);
      if (letter !== undefined) {
        if (optional) {
          endRun();
          before = 'unknown';
        } else {
          addLetter(letter);
          // "ab+": the run ends with the repeated letter.
          if (element.type === 'Quantifier') endRun();
        }
        continue;
      }
      endRun();
      if (atom.type === 'Assertion') {
        if (atom.kind === 'word') before = atom.negate ? 'unknown' : before === 'break' ? 'break' : 'boundary';
        else if (atom.kind === 'start') before = 'break';
        else if (atom.kind === 'end') before = 'unknown';
        else if (atom.kind === 'lookahead' || atom.kind === 'lookbehind') {
          const inner = alternation(atom.alternatives, false, 'unknown');
          if (!atom.negate && !optional) consider(inner);
          // A lookaround leaves the position where it was; two kinds of lookbehind also say a word ends there.
          if (endsWord(atom)) before = 'break';
        }
      } else if (atom.type === 'Group' || atom.type === 'CapturingGroup') {
        const inner = alternation(atom.alternatives, false, before);
        if (!optional) consider(inner);
        before = 'unknown';
      } else if (atom.type === 'Character') {
        // "\s+", "\n" and a space end a word; the quantifier belongs to what stands before it.
        before = !optional && (atom.value === 0x20 || atom.value === 0x0a) ? 'break' : 'unknown';
      } else if (atom.type === 'CharacterSet') {
        before = !optional && atom.kind === 'space' && !atom.negate ? 'break' : 'unknown';
      } else before = 'unknown';
    }
    endRun();
    return best;
  }

  const strongest = alternation(pattern.alternatives, true, 'unknown');
  return strongest ? { strongest, groups: topGroups, atWordStart } : undefined;
}
