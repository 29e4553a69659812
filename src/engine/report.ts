/**
 * Turns a rule's findings into ESLint-shaped messages: line and column from offsets, the fix from
 * the confidence (certain -> fix, likely -> suggestions, possible -> no edit), and the stamp every
 * message carries (ruleId, url, source), so rule bodies never repeat them.
 */
import type { Article } from './article.js';
import { deletionRange } from './whitespace.js';
import type { Finding, Fix, LintMessage, Rule, Suggestion } from './types.js';
import { describeExpected, describeFinding, shorten } from './messages.js';

function fixFor(article: Article, finding: Finding, replacement: string): Fix {
  if (finding.fixRange) return { range: [finding.fixRange[0], finding.fixRange[1]], text: replacement };
  if (replacement === '') {
    const range = deletionRange(article, finding.start, finding.end);
    return { range, text: '' };
  }
  return { range: [finding.start, finding.end], text: replacement };
}

/**
 * Whether an offset falls inside one character: between the two halves of a surrogate pair
 * ("😀") or between the CR and LF of a Windows line break. A range must never end there.
 */
export function splitsCharacter(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  if (before === 13 && after === 10) return true;
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** Widens [start, end) so that neither edge splits a surrogate pair or a CRLF. */
export function wholeCharacters(text: string, start: number, end: number): [number, number] {
  return [splitsCharacter(text, start) ? start - 1 : start, splitsCharacter(text, end) ? end + 1 : end];
}

/**
 * A fix whose range would split a character is dropped, not widened: widening would delete the
 * other half, and writing half a surrogate pair makes the file unreadable as UTF-8.
 */
function keepsCharactersWhole(text: string, fix: Fix): boolean {
  return !splitsCharacter(text, fix.range[0]) && !splitsCharacter(text, fix.range[1]);
}

/** The engine's wording of a finding that brings none of its own. */
function wordingOf(rule: Rule<unknown>, finding: Finding): string {
  const label = finding.label ?? rule.meta.label;
  return describeFinding({
    actual: finding.actual,
    expected: finding.expected,
    confidence: finding.confidence,
    ...(label !== undefined ? { label } : {}),
    ...(finding.check !== undefined ? { check: finding.check } : {}),
  });
}

export function toMessage(article: Article, rule: Rule<unknown>, severity: 1 | 2, finding: Finding): LintMessage {
  const [startOffset, endOffset] = wholeCharacters(article.source, finding.start, finding.end);
  const start = article.toPoint(startOffset);
  const end = article.toPoint(endOffset);
  const message: LintMessage = {
    ruleId: rule.meta.id,
    severity,
    message: finding.message ?? wordingOf(rule, finding),
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
  };
  const first = finding.expected[0];
  if (finding.confidence === 'certain' && first !== undefined) {
    const fix = fixFor(article, finding, first);
    if (keepsCharactersWhole(article.source, fix)) message.fix = fix;
    const suggestions = suggestionsFor(article, finding, 1);
    if (suggestions.length > 0) message.suggestions = suggestions;
  } else if (finding.confidence === 'likely' && finding.expected.length > 0) {
    const suggestions = suggestionsFor(article, finding, 0);
    if (suggestions.length > 0) message.suggestions = suggestions;
  }
  message.actual = finding.actual;
  message.expected = [...finding.expected];
  message.confidence = finding.confidence;
  if (finding.note !== undefined) message.note = finding.note;
  if (finding.entryId !== undefined) message.entryId = finding.entryId;
  message.url = rule.meta.docsUrl;
  message.source = 'lint-articles';
  return message;
}

/** The suggestions for `finding.expected` from `from` on, leaving out any that would split a character. */
function suggestionsFor(article: Article, finding: Finding, from: number): Suggestion[] {
  const suggestions: Suggestion[] = [];
  for (let index = from; index < finding.expected.length; index++) {
    const suggestion = suggestionFor(article, finding, finding.expected[index] as string);
    if (keepsCharactersWhole(article.source, suggestion.fix)) suggestions.push(suggestion);
  }
  return suggestions;
}

function suggestionFor(article: Article, finding: Finding, text: string): Suggestion {
  return {
    desc: text === '' ? `Remove ${describeExpected([shorten(finding.actual)])}` : `Replace with ${describeExpected([text])}`,
    fix: fixFor(article, finding, text),
  };
}

/** ESLint's order: line, column, then end, then rule id and message for a total order. */
export function compareMessages(a: LintMessage, b: LintMessage): number {
  return (
    a.line - b.line ||
    a.column - b.column ||
    (a.endLine ?? 0) - (b.endLine ?? 0) ||
    (a.endColumn ?? 0) - (b.endColumn ?? 0) ||
    (a.ruleId ?? '').localeCompare(b.ruleId ?? '') ||
    a.message.localeCompare(b.message)
  );
}

const confidenceRank = { certain: 0, likely: 1, possible: 2 } as const;

const rank = (item: LintMessage): number => confidenceRank[item.confidence ?? 'possible'] * 4 + (2 - item.severity);

/** How much an editor learns from a message: its words and its note, without the bare "expected `X`". */
const evidenceOf = (item: LintMessage): number => item.message.length + (item.note !== undefined && !/^expected `[^`]*`$/u.test(item.note) ? item.note.length : 0);

/**
 * Of two equally sure messages on one span proposing one text, the one that says more: "`Turkey`
 * stands where `Teppo Turkki` (introduced at 9:1) is the speaker; Finnish `Turkki` means `Turkey`"
 * rather than "Consider replacing `Turkey` with `Turkki`"; on equal evidence, the first in order.
 */
function isBetterEvidence(message: LintMessage, kept: LintMessage): boolean {
  const difference = evidenceOf(message) - evidenceOf(kept);
  return difference > 0 || (difference === 0 && compareMessages(message, kept) < 0);
}

/**
 * Sorts and drops repeats: the same rule at the same place with the same words, and a weaker
 * message of another rule on exactly the same span proposing the same text ("Nordstream" fixed
 * by the gazetteer and also suggested by the in-article spelling check), so an editor reads one.
 */
export function sortAndDeduplicate(messages: LintMessage[]): LintMessage[] {
  const best = new Map<string, LintMessage>();
  const rest: LintMessage[] = [];
  for (const message of messages) {
    const proposal = message.expected?.[0];
    if (proposal === undefined || message.fatal) {
      rest.push(message);
      continue;
    }
    const key = `${message.line}:${message.column}:${message.endLine}:${message.endColumn}:${proposal}`;
    const kept = best.get(key);
    if (!kept || rank(message) < rank(kept) || (rank(message) === rank(kept) && isBetterEvidence(message, kept))) best.set(key, message);
  }
  const sorted = [...rest, ...best.values()].sort(compareMessages);
  const out: LintMessage[] = [];
  let previous: LintMessage | undefined;
  for (const message of sorted) {
    if (previous && compareMessages(previous, message) === 0) continue;
    out.push(message);
    previous = message;
  }
  return out;
}

/**
 * Drops from each finding the proposals that another finding of the same article flags. In "Teppo
 * Turki said … Turkey says", `Turki` is flagged as one letter off `Turkki`; offering `Turki` for
 * `Turkey` would have the editor write a form the next message calls wrong. A proposal flagged
 * with a replacement of its own is followed one step (`Turki` → `Turkki`), one flagged without
 * is dropped; a finding left with no proposal says what to check instead. Findings whose message
 * is the rule's own wording keep it only when their proposals did not change.
 */
export function withoutFlaggedProposals(findings: readonly Finding[]): Finding[] {
  const flagged = new Map<string, string | undefined>();
  for (const finding of findings) {
    const first = finding.expected[0];
    if (finding.expected.includes(finding.actual)) continue;
    const known = flagged.get(finding.actual);
    // A form flagged twice keeps the replacement of its surest finding, or none if one has none.
    if (!flagged.has(finding.actual) || (known !== undefined && (first === undefined || first === ''))) {
      flagged.set(finding.actual, first === '' ? undefined : first);
    }
  }
  if (flagged.size === 0) return [...findings];
  const out: Finding[] = [];
  for (const finding of findings) {
    if (!finding.expected.some((value) => value !== '' && flagged.has(value))) {
      out.push(finding);
      continue;
    }
    const expected: string[] = [];
    for (const value of finding.expected) {
      const next = value !== '' && flagged.has(value) ? flagged.get(value) : value;
      if (next === undefined || next === finding.actual || expected.includes(next)) continue;
      expected.push(next);
    }
    const changed: Finding = { ...finding, expected };
    if (expected.length === 0) changed.confidence = 'possible';
    if (expected.length === 0 && changed.check === undefined) {
      changed.check = `each form proposed for it is flagged elsewhere in the article (${describeExpected(finding.expected)})`;
    }
    // A proposal dropped for want of a replacement leaves words that no longer fit: the engine words it anew.
    if (finding.expected.some((value) => value !== '' && flagged.has(value) && flagged.get(value) === undefined)) {
      delete changed.message;
    } else {
      // The evidence stays, speaking of the form now proposed: "expected `Turki`" becomes "expected `Turkki`".
      const followed = (value: string): string | undefined => (finding.expected.includes(value) ? flagged.get(value) : undefined);
      const respell = (text: string): string => text.replace(/`([^`]+)`/gu, (_quoted, value: string) => `\`${followed(value) ?? value}\``);
      if (changed.message !== undefined) changed.message = respell(changed.message);
      if (changed.note !== undefined) changed.note = respell(changed.note);
    }
    out.push(changed);
  }
  return out;
}
