/**
 * Every message an editor reads is worded here, from what the finding knows: what stands in the
 * text, what should stand there, how sure the rule is and what kind of problem it is. Editors act
 * on these, not programmers, so a message says what to do:
 *
 *   certain, a replacement   "Replace `Turkey` with `Turkki`"
 *   certain, a deletion      "Remove the comment-form line `Leave a Comment`"
 *   likely                   "Possibly a calque: `sit still in the boat` (say `stay put`)"
 *   possible, nothing known  "Check `Тurkey`: possibly letters of another alphabet"
 *
 * A fragment, code in backticks, no final period. The reason and the evidence go in the note.
 */
import type { Confidence } from './types.js';

export function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return '`' + flat.replaceAll('`', '\u02CB') + '`';
}

/** The longest quoted text a message carries; a caption line or a bio is cut with an ellipsis. */
export const quotedLength = 60;

/** Cuts a long quoted text at a word before `limit` characters, with an ellipsis. */
export function shorten(text: string, limit = quotedLength): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= limit) return flat;
  const cut = flat.slice(0, limit - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > limit / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** "`a`", "`a` or `b`", "`a`, `b` or `c`"; an empty replacement reads "nothing". */
export function describeExpected(expected: readonly string[]): string {
  let described = '';
  for (let index = 0; index < expected.length; index++) {
    const value = expected[index] as string;
    const word = value === '' ? 'nothing' : quote(value);
    described += index === 0 ? word : index === expected.length - 1 ? ` or ${word}` : `, ${word}`;
  }
  return described;
}

/** What a message is worded from: a finding's own fields. */
export interface Wording {
  actual: string;
  /** Replacements in order of preference; `''` means delete; empty when nothing is known. */
  expected: readonly string[];
  confidence: Confidence;
  /**
   * What the problem is, as a noun phrase that reads after "Remove" and "Possibly": "a calque",
   * "the comment-form line", "a surname translated as a word".
   */
  label?: string;
  /** For a finding with nothing to offer: what the editor should check, after "Check `x`: ". */
  check?: string;
}

function removal(wording: Wording): string {
  const quoted = quote(shorten(wording.actual));
  if (wording.confidence === 'certain') return wording.label ? `Remove ${wording.label} ${quoted}` : `Remove ${quoted}`;
  return wording.label ? `Possibly ${wording.label}: ${quoted} (remove it)` : `Consider removing ${quoted}`;
}

function replacement(wording: Wording, proposals: readonly string[]): string {
  const quoted = quote(shorten(wording.actual));
  const wanted = describeExpected(proposals);
  if (wording.confidence === 'certain') return `Replace ${quoted} with ${wanted}`;
  return wording.label ? `Possibly ${wording.label}: ${quoted} (say ${wanted})` : `Consider replacing ${quoted} with ${wanted}`;
}

function flagOnly(wording: Wording): string {
  const quoted = quote(shorten(wording.actual));
  if (wording.check) return `Check ${quoted}: ${wording.check}`;
  return wording.label ? `Check ${quoted}: possibly ${wording.label}` : `Check ${quoted}`;
}

/** The message of a finding, in the editor's words. */
export function describeFinding(wording: Wording): string {
  const proposals = wording.expected.filter((value) => value !== '');
  if (wording.expected.length === 0) return flagOnly(wording);
  if (proposals.length === 0) return removal(wording);
  // "Replace `the Basic Finns` with `the Finns Party` or nothing": a deletion among replacements.
  return replacement(wording, wording.expected);
}

/** Fills `{actual}` and `{expected}` in a data rule's message template. */
export function fillTemplate(template: string, actual: string, expected: readonly string[]): string {
  return template
    .replaceAll('{actual}', quote(actual))
    .replaceAll('{expected}', describeExpected(expected));
}

/**
 * @deprecated Leave `message` out of the finding: the engine words it from the finding's own
 * confidence and label. Kept so that a rule written against it still reads in the editor's words.
 */
export function unexpected(actual: string, expected: readonly string[] = []): string {
  return describeFinding({ actual, expected, confidence: expected.length > 0 ? 'certain' : 'possible' });
}
