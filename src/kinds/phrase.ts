/**
 * The substitution and existence kinds: a table of phrases (or one regex where phrases cannot say
 * it), each with a certain replacement, suggestions, or nothing but a flag. Conditions keep rows
 * honest: `exceptions` ("Power of Siberia" covers "Siberia"), `requires` (a phrase that must occur
 * in the article), `unless`, and `scope` for phrases that are residue only as a line of their own
 * ("Comments").
 */
import type { Article, Line } from '../engine/article.js';
import { defineRule } from '../engine/define-rule.js';
import { fillTemplate } from '../engine/messages.js';
import type { Confidence, Finding, Rule } from '../engine/types.js';
import { isBlankBefore, isBlankBetween } from '../engine/whitespace.js';
import type { Matcher, Scanner } from '../match/matcher.js';
import { expandGroups, phraseKey } from '../match/matching.js';
import type { PhraseMatch } from '../match/phrase-match.js';
import type { Termbase, TermbaseEntry } from '../termbase/types.js';
import { metaOf, patternSourceOf } from '../termbase/types.js';
import { extendForAgreement } from '../text/verb-agreement.js';
import { agreementWords } from '../termbase/word-lists.js';

interface CompiledEntry {
  entry: TermbaseEntry;
  caseSensitive: boolean;
  confidence: Confidence;
  expected: string[];
  /** Its regex is built on first use: constructing a table's u-flag regexes costs milliseconds, and most never pass the literal check. */
  pattern?: Scanner;
}

function confidenceOf(termbase: Termbase, entry: TermbaseEntry): Confidence {
  if (entry.confidence) return entry.confidence;
  if (entry.replace !== undefined) return termbase.defaults?.confidence ?? 'certain';
  if (entry.suggest) return 'likely';
  return 'possible';
}

function expectedOf(entry: TermbaseEntry): string[] {
  if (entry.replace !== undefined) return [entry.replace, ...(entry.suggest ?? [])];
  return entry.suggest ? [...entry.suggest] : [];
}

function inScope(text: string, line: Line, start: number, end: number, scope: TermbaseEntry['scope']): boolean {
  if (!scope || scope === 'text') return true;
  if (!isBlankBefore(text, line.start, start)) return false;
  if (scope === 'line-start') return true;
  // "Comments" and "Comments:" are residue lines; "Comments were made" is not.
  return isBlankBetween(text, end, line.end, residueTail);
}

const residueTail = /[\s:.…»>|-]/u;

/** The length of a line without the blanks at its ends. */
const trimmedLength = (line: string): number => line.replace(/^[ \t]+|[ \t\r]+$/gu, '').length;

/** Replaces the matched text by a replacement while keeping the case of a capitalised sentence start. */
function keepInitialCase(actual: string, replacement: string, caseSensitive: boolean): string {
  if (caseSensitive || replacement === '') return replacement;
  const first = actual[0] ?? '';
  if (first !== first.toUpperCase() || first === first.toLowerCase()) return replacement;
  return (replacement[0] ?? '').toUpperCase() + replacement.slice(1);
}

/**
 * Ranges already reported, one sorted list per regex scan (a scan yields matches left to right), so
 * that the overlap check is a binary search: a linear check made an article of a million matches
 * quadratic.
 */
class TakenRanges {
  readonly #scans: Array<Array<[number, number]>> = [];

  startScan(): void {
    this.#scans.push([]);
  }

  add(start: number, end: number): void {
    this.#scans.at(-1)?.push([start, end]);
  }

  overlaps(start: number, end: number): boolean {
    for (const ranges of this.#scans) {
      // The first range that ends after `start`; ranges in one scan never overlap, so ends ascend.
      let low = 0;
      let high = ranges.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if ((ranges[middle]?.[1] ?? 0) <= start) low = middle + 1;
        else high = middle;
      }
      const candidate = ranges[low];
      if (candidate && candidate[0] < end) return true;
    }
    return false;
  }
}

export function createPhraseRule(termbase: Termbase, matcher: Matcher): Rule<Record<string, never>> {
  const compiled: CompiledEntry[] = termbase.entries.map((entry) => {
    const caseSensitive = entry.caseSensitive ?? termbase.defaults?.caseSensitive ?? true;
    const item: CompiledEntry = { entry, caseSensitive, confidence: confidenceOf(termbase, entry), expected: expectedOf(entry) };
    const source = patternSourceOf(entry);
    if (source) item.pattern = matcher.compilePattern(source, caseSensitive ? 'gu' : 'giu', entry.maxLineLength === undefined ? {} : { longestLine: entry.maxLineLength });
    return item;
  });
  const byKey = new Map<string, CompiledEntry[]>();
  const phrases: Record<'sensitive' | 'insensitive', string[]> = { sensitive: [], insensitive: [] };
  for (const item of compiled) {
    for (const phrase of item.entry.find ?? []) {
      const key = phraseKey(phrase, item.caseSensitive);
      const list = byKey.get(key) ?? [];
      list.push(item);
      byKey.set(key, list);
      phrases[item.caseSensitive ? 'sensitive' : 'insensitive'].push(phrase);
    }
  }
  const sensitive = matcher.compilePhraseTable(phrases.sensitive, true);
  const insensitive = matcher.compilePhraseTable(phrases.insensitive, false);
  const patterned = compiled.filter((item) => item.pattern);

  function consider(
    article: Article,
    item: CompiledEntry,
    match: PhraseMatch,
    contains: (phrase: string) => boolean,
    report: (finding: Finding) => void,
  ): void {
    const { start, end: matchEnd } = match;
    const text = article.text;
    const { entry } = item;
    const line = article.lineAt(start);
    if (!inScope(text, line, start, matchEnd, entry.scope)) return;
    if (entry.maxLineLength !== undefined && trimmedLength(text.slice(line.start, line.end)) > entry.maxLineLength) return;
    if (entry.exceptions?.some((phrase) => matcher.isCoveredBy(text, start, matchEnd, phrase, item.caseSensitive))) return;
    if (entry.requires && !entry.requires.some((phrase) => contains(phrase))) return;
    if (entry.unless?.some((phrase) => contains(phrase))) return;
    // "the Basic Finns have been" → "the Finns Party has been": the verb goes into the same fix.
    const extension = entry.agreement === 'singular' && item.expected.length > 0 ? extendForAgreement(text, start, matchEnd, agreementWords()) : undefined;
    let end = extension?.end ?? matchEnd;
    // A residue line is deleted whole: "Cancel anytime." must not leave its full stop behind.
    if (entry.scope === 'line' && item.expected.length === 1 && item.expected[0] === '') {
      end += line.text.slice(end - line.start).trimEnd().length;
    }
    const found = article.source.slice(start, matchEnd);
    const actual = article.source.slice(start, end);
    const expected = item.expected.map(
      (value) => keepInitialCase(found, expandGroups(value, match.groups), item.caseSensitive) + (extension?.suffix ?? ''),
    );
    if (expected.length > 0 && expected.every((value) => value === actual)) return;
    const template = entry.message ?? termbase.message;
    const finding: Finding = {
      start,
      end,
      actual,
      expected,
      confidence: item.confidence,
      entryId: entry.id,
    };
    if (template) finding.message = fillTemplate(template, actual, expected);
    if (entry.label !== undefined) finding.label = entry.label;
    const evidence = [entry.note, entry.source ? `Source: ${entry.source}` : undefined].filter(Boolean).join(' ');
    if (evidence) finding.note = evidence;
    report(finding);
  }

  const fixable = compiled.some((item) => item.confidence === 'certain' && item.expected.length > 0)
    ? 'fix'
    : compiled.some((item) => item.expected.length > 0)
      ? 'suggest'
      : 'none';
  return defineRule({
    meta: metaOf(termbase, fixable),
    defaultOptions: {},
    check(context) {
      const { article } = context;
      const text = article.text;
      const taken = new TakenRanges();
      const overlaps = (start: number, end: number): boolean => taken.overlaps(start, end);
      // Whole-article conditions are searched once per article, not once per match.
      const found = new Map<string, boolean>();
      const contains = (phrase: string): boolean => {
        let value = found.get(phrase);
        if (value === undefined) {
          value = matcher.containsPhrase(article, phrase, true);
          found.set(phrase, value);
        }
        return value;
      };
      for (const [table, caseSensitive] of [[sensitive, true], [insensitive, false]] as const) {
        if (!table) continue;
        taken.startScan();
        for (const match of table.scan(article)) {
          const items = byKey.get(phraseKey(match.text, caseSensitive)) ?? [];
          for (const item of items) {
            if (item.caseSensitive !== caseSensitive) continue;
            if (overlaps(match.start, match.end)) continue;
            let reported = false;
            consider(article, item, match, contains, (finding) => {
              reported = true;
              taken.add(finding.start, finding.end);
              context.report(finding);
            });
            if (reported) break;
          }
        }
      }
      for (const item of patterned) {
        // The article's literal index tells most patterns that a word they need is missing.
        const matches = item.pattern?.scan(article) ?? [];
        if (matches.length === 0) continue;
        taken.startScan();
        for (const match of matches) {
          if (overlaps(match.start, match.end)) continue;
          consider(article, item, match, contains, (finding) => {
            taken.add(finding.start, finding.end);
            context.report(finding);
          });
        }
      }
    },
  });
}

