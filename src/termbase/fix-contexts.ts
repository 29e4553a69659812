/**
 * Whether a table's certain fixes settle where they apply. A replacement linted alone can look
 * innocent while the text around it makes the entry fire again: `(?<=q)z` → `zq` turns `qz` into
 * `qzq`, `qzqq`, … because the lookbehind still sees its `q`; `(?<=Mr )Rhine` → `Rhine Rhein`
 * grows a name on every pass. So each entry's fix is run to a fixed point, with every data rule,
 * in the texts of its examples and in texts made from its pattern: what its lookbehinds and
 * lookaheads ask for on either side of the replacement and of a match.
 */
import type { AST } from '@eslint-community/regexpp';
import { regexpp } from '../match/regexpp.js';
import { applyFixes, certainFixes, maxFixPasses } from '../engine/fix.js';
import { Article } from '../engine/article.js';
import { runRules, type ActiveRule } from '../engine/lint.js';
import type { LintMessage } from '../engine/types.js';
import { patternSourceOf, type TermbaseEntry } from './types.js';

/** Characters tried, in order, for a class or an escape: the first one it accepts stands for it. */
const candidates = ['a', 'A', 'z', 'é', '7', ' ', '.', ',', '-', "'", '’', '"', '\n', '_', 'Ж', '中'];

function sampleCharacter(raw: string, flags: string): string {
  let regex: RegExp;
  try {
    regex = new RegExp(`^(?:${raw})$`, flags);
  } catch {
    return '';
  }
  return candidates.find((candidate) => regex.test(candidate)) ?? '';
}

interface Sample {
  left: string;
  body: string;
  right: string;
}

/** One short string the element matches; lookarounds inside it match nothing. */
function sampleElement(element: AST.Element, flags: string): string {
  switch (element.type) {
    case 'Character':
      return String.fromCodePoint(element.value);
    case 'CharacterSet':
    case 'CharacterClass':
    case 'ExpressionCharacterClass':
      return sampleCharacter(element.raw, flags);
    case 'Quantifier': {
      const times = Math.max(element.min, Math.min(1, element.max));
      return sampleElement(element.element, flags).repeat(Math.min(times, 3));
    }
    case 'Group':
    case 'CapturingGroup': {
      const [first] = element.alternatives;
      return first ? first.elements.map((child) => sampleElement(child, flags)).join('') : '';
    }
    default:
      return '';
  }
}

/** Each top-level alternative as what must stand before it, what it matches, and what must follow. */
function samplesOf(pattern: string, flags: string): Sample[] {
  let ast: AST.Pattern;
  try {
    ast = new (regexpp().RegExpParser)({ ecmaVersion: 2025 }).parsePattern(pattern, 0, pattern.length, { unicode: flags.includes('u') });
  } catch {
    return [];
  }
  return ast.alternatives.map((alternative) => {
    const sample: Sample = { left: '', body: '', right: '' };
    for (const element of alternative.elements) {
      if (element.type === 'Assertion' && element.kind === 'lookbehind' && !element.negate) {
        sample.left += element.alternatives[0]?.elements.map((child) => sampleElement(child, flags)).join('') ?? '';
      } else if (element.type === 'Assertion' && element.kind === 'lookahead' && !element.negate) {
        sample.right += element.alternatives[0]?.elements.map((child) => sampleElement(child, flags)).join('') ?? '';
      } else {
        sample.body += sampleElement(element, flags);
      }
    }
    return sample;
  });
}

/**
 * Texts an entry's fix is tried in: its examples, each example with the fix applied once, and for
 * a pattern the replacement and a match between what its lookarounds ask for, alone and inside a
 * sentence.
 */
export function contextsOf(entry: TermbaseEntry, flags: string, replacement: string): string[] {
  const texts = new Set<string>();
  for (const example of entry.examples) {
    texts.add(example.text);
    if (example.output !== undefined) texts.add(example.output);
  }
  const source = patternSourceOf(entry);
  if (source !== undefined) {
    for (const { left, body, right } of samplesOf(source, flags)) {
      for (const middle of [replacement, body, replacement + replacement]) {
        texts.add(left + middle + right);
        texts.add(`It was ${left}${middle}${right} today.`);
      }
    }
  }
  for (const phrase of entry.find ?? []) texts.add(`It was ${phrase} today.`);
  texts.delete('');
  // Examples first: a loop is best shown in the user's own sentence.
  return [...texts];
}

export interface Unsettled {
  /** The text the fixes started from. */
  start: string;
  /** The texts each pass made, in order. */
  passes: string[];
  /** The message whose fix was still offered at the end. */
  message: LintMessage;
}

/**
 * Runs certain fixes on a text until nothing changes; returns how they failed to settle (still
 * offering a fix after the last pass, or coming back to a text already seen), or undefined.
 */
export function settle(text: string, rules: readonly ActiveRule[]): Unsettled | undefined {
  const seen = new Set<string>([text]);
  const passes: string[] = [];
  let current = text;
  for (let pass = 0; pass <= maxFixPasses; pass++) {
    let messages: LintMessage[];
    try {
      messages = runRules(new Article(current), rules);
    } catch {
      // A rule that fails on a short text is the property tests' concern, not a loop.
      return undefined;
    }
    const { output, applied } = applyFixes(current, certainFixes(messages));
    if (applied === 0 || output === current) return undefined;
    const message = messages.find((candidate) => candidate.fix !== undefined);
    if (pass === maxFixPasses || seen.has(output)) {
      return message ? { start: text, passes, message } : undefined;
    }
    seen.add(output);
    passes.push(output);
    current = output;
  }
  return undefined;
}
