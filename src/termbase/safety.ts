/**
 * Checks on rule data that a schema cannot make: a user's regular expression that could backtrack
 * for minutes on one long line, and replacements that another entry (or the same one) would flag
 * again, so that `--fix` would never settle.
 */
import { createRequire } from 'node:module';
import { regexpp } from '../match/regexpp.js';
import { ConfigError } from '../config/errors.js';
import { Article } from '../engine/article.js';
import type { Finding, Rule } from '../engine/types.js';
import type { ActiveRule } from '../engine/lint.js';
import { contextsOf, settle } from './fix-contexts.js';
import type { LoadedTermbase } from './types.js';
import { lazy } from '../text/memo.js';

const require = createRequire(import.meta.url);

interface Diagnostics {
  status: 'safe' | 'vulnerable' | 'unknown';
  checker?: string;
  complexity?: { type: string; summary?: string; degree?: number };
  attack?: { pattern?: string; string?: string };
  error?: { kind: string; message?: string };
}

type CheckSync = (source: string, flags: string, parameters?: { timeout?: number; checker?: 'auto' | 'automaton' | 'fuzz' }) => Diagnostics;

/**
 * recheck is an optional peer dependency (its native binaries are most of an install's size), loaded
 * only when a user's own pattern repeats: most runs never need it. Undefined when it is not installed.
 */
const installedChecker = lazy((): CheckSync | undefined => {
  try {
    return (require('recheck') as { checkSync: CheckSync }).checkSync;
  } catch {
    return undefined;
  }
});

/** The checker tests stand in (null: as if recheck were not installed). */
const standIn: { checker: CheckSync | null | undefined } = { checker: undefined };

function checker(): CheckSync | undefined {
  return standIn.checker === undefined ? installedChecker() : (standIn.checker ?? undefined);
}

/** Tests stand in a checker (or its absence) here; `undefined` restores the installed one. */
export function setBacktrackingChecker(replacement: CheckSync | null | undefined): void {
  standIn.checker = replacement;
}

/**
 * How long the analysis of one pattern may take. The automaton analysis of a long alternation can
 * run past it; the pattern is then tried by recheck's fuzzer alone, which is quicker.
 */
export const backtrackingCheckTimeout = 3_000;

export type Growth = 'exponential' | 'super-linear';

export interface BacktrackingOptions {
  /**
   * What is refused. Users' patterns must be shown linear (`super-linear`, the default): a quadratic
   * pattern such as `[ \t]+(?=\n)` spends seconds on one long line of spaces, and `a*a*a*a*a*b`
   * minutes on a line of 200 letters. The bundled patterns are held to `exponential` by the fuzz
   * campaign: recheck calls many of them polynomial for their bounded look-aheads.
   */
  refuse?: Growth;
}

/**
 * Whether a pattern repeats anything more than once (`+`, `*`, `{2,}`, `{1,30}`). Without such a
 * repetition a match attempt reads at most as many characters as the pattern is long, so matching
 * costs linear time in the text whatever the pattern is, and no analysis is needed.
 */
export function repeats(pattern: string, flags: string): boolean {
  const parser = new (regexpp().RegExpParser)({ ecmaVersion: 2025 });
  const ast = parser.parsePattern(pattern, 0, pattern.length, { unicode: flags.includes('u'), unicodeSets: flags.includes('v') });
  let found = false;
  regexpp().visitRegExpAST(ast, {
    onQuantifierEnter(node) {
      if (node.max > 1) found = true;
    },
  });
  return found;
}

function shorten(text: string, limit = 80): string {
  return text.length > limit ? `${text.slice(0, limit - 1)}…` : text;
}

/**
 * Refuses a pattern that is not shown to match in linear time. A pattern without repetition is
 * linear by construction; any other is analysed by recheck (automaton, then its fuzzer when the
 * automaton gives up), and refused with the growth and an input that shows it, or with the reason
 * it could not be analysed.
 */
export function checkBacktracking(
  pattern: string,
  flags: string,
  where: { file: string; keyPath: string; entryId: string },
  options: BacktrackingOptions = {},
): void {
  const refuse = options.refuse ?? 'super-linear';
  const fail = (reason: string, mend: string): never => {
    throw new ConfigError(`Pattern of entry \`${where.entryId}\` ${reason}`, {
      file: where.file,
      keyPath: where.keyPath,
      given: JSON.stringify(pattern),
      expected: 'a pattern that matches in linear time',
      mend,
    });
  };
  if (refuse === 'super-linear' && !repeats(pattern, flags)) return;
  const check = checker();
  if (!check) {
    return fail(
      'repeats and cannot be checked for linear time: the optional checker `recheck` is not installed',
      'Install it beside lint-articles (npm install --save-dev recheck@4.5.0), or list the phrases in `find` instead',
    );
  }
  let diagnostics = check(pattern, flags, { timeout: backtrackingCheckTimeout });
  if (diagnostics.status === 'unknown') diagnostics = check(pattern, flags, { timeout: backtrackingCheckTimeout, checker: 'fuzz' });
  const attack = diagnostics.attack?.pattern ? ` on text such as ${shorten(diagnostics.attack.pattern)}` : '';
  if (diagnostics.status === 'vulnerable' && diagnostics.complexity?.type === 'exponential') {
    return fail(`can backtrack in exponential time${attack}`, 'Bound each repetition ({1,40}) or make the alternatives of a repeated group exclude one another');
  }
  if (refuse === 'exponential') return;
  if (diagnostics.status === 'vulnerable') {
    const degree = diagnostics.complexity?.summary?.replace(/ \(fuzz\)$/, '') ?? 'polynomial';
    return fail(
      `can backtrack in polynomial time (${degree})${attack}`,
      'Let a repetition start only where its characters start (`(?<![ \\t])[ \\t]+` rather than `[ \\t]+`), and do not let two repetitions of one class follow each other',
    );
  }
  if (diagnostics.status === 'unknown') {
    return fail(
      `could not be shown to match in linear time (the analysis gave up: ${diagnostics.error?.kind ?? 'unknown'})`,
      'Simplify the pattern, or list the phrases in `find` instead',
    );
  }
}

interface Finder {
  termbase: LoadedTermbase;
  order: number;
  rule: Rule<unknown>;
}

/** The certain findings of one data rule on a text, with the entry behind each. */
function certainFindings(rule: Rule<unknown>, text: string): Finding[] {
  const findings: Finding[] = [];
  try {
    rule.check({ article: new Article(text), options: rule.defaultOptions, report: (finding) => findings.push(finding) });
  } catch {
    // A rule that fails on a short phrase is the property tests' concern, not a loop.
    return [];
  }
  return findings.filter((finding) => finding.confidence === 'certain' && finding.expected[0] !== undefined && finding.expected[0] !== finding.actual);
}

/**
 * Refuses tables whose certain replacement is flagged again with a certain fix, by the same entry
 * or another: `Siberia` → `Power of Siberia` without an exception for `Power of Siberia` would
 * grow the phrase on every pass. Each replacement is linted alone with every data rule; conditions
 * on the rest of the article (`requires`, `unless`) cannot be judged there. The error names the
 * table loaded last of the two (a user's table rather than a bundled one).
 */
export interface FixLoopOptions {
  /**
   * Tables already checked against each other: the bundled rules are, by the build
   * (checkTermbasesInFull) and the test suite, so a run
   * checks only the pairs in which a user's table takes part (the whole check would be part of
   * every start).
   */
  trusted?: (path: string) => boolean;
}

export function checkFixLoops(termbases: readonly LoadedTermbase[], rules: ReadonlyArray<Rule<unknown>>, options: FixLoopOptions = {}): void {
  const trusted = options.trusted ?? (() => false);
  const finders: Finder[] = [];
  termbases.forEach((termbase, order) => {
    const rule = rules.find((candidate) => candidate.meta.id === termbase.data.id);
    if (rule) finders.push({ termbase, order, rule });
  });
  termbases.forEach(({ path, data }, order) => {
    data.entries.forEach((entry, index) => {
      const replacement = entry.replace;
      if (replacement === undefined || replacement.trim() === '') return;
      const confidence = entry.confidence ?? data.defaults?.confidence ?? 'certain';
      if (confidence !== 'certain') return;
      for (const finder of finders) {
        if (trusted(path) && trusted(finder.termbase.path)) continue;
        const [finding] = certainFindings(finder.rule, replacement);
        if (!finding) continue;
        const finderData = finder.termbase.data;
        const finderIndex = finderData.entries.findIndex((candidate) => candidate.id === finding.entryId);
        const finderEntry = finderData.entries[finderIndex];
        const blameFinder = finder.order > order && finderEntry !== undefined;
        const finderKey = finderEntry?.pattern !== undefined ? 'pattern' : 'find';
        throw new ConfigError(
          `Fixes would loop: the replacement of entry \`${data.id}/${entry.id}\` is found again by entry \`${finderData.id}/${finding.entryId ?? '?'}\` (${finding.message})`,
          {
            file: blameFinder ? finder.termbase.path : path,
            keyPath: blameFinder ? `entries[${finderIndex}].${finderKey}` : `entries[${index}].replace`,
            given: JSON.stringify(replacement),
            expected: 'a replacement that no entry finds',
            mend: `Add ${JSON.stringify(replacement)} to the \`exceptions\` of \`${finderData.id}/${finding.entryId ?? '?'}\`, or change one of the two entries`,
          },
        );
      }
    });
  });
  checkFixesSettle(termbases, finders, trusted);
}

function quoted(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 59)}…` : text);
}

/**
 * Each certain entry of a table not already trusted, run to a fixed point with every data rule in
 * its examples and in texts made from its pattern (see fix-contexts.ts); the error names the entry
 * whose texts did not settle and the texts its passes made.
 */
function checkFixesSettle(termbases: readonly LoadedTermbase[], finders: readonly Finder[], trusted: (path: string) => boolean): void {
  const rules: ActiveRule[] = finders.map(({ rule }) => ({ rule, severity: 2, options: rule.defaultOptions }));
  for (const { path, data } of termbases) {
    if (trusted(path)) continue;
    data.entries.forEach((entry, index) => {
      const replacement = entry.replace;
      if (replacement === undefined) return;
      const confidence = entry.confidence ?? data.defaults?.confidence ?? 'certain';
      if (confidence !== 'certain') return;
      const caseSensitive = entry.caseSensitive ?? data.defaults?.caseSensitive ?? true;
      for (const context of contextsOf(entry, caseSensitive ? 'u' : 'iu', replacement)) {
        const unsettled = settle(context, rules);
        if (!unsettled) continue;
        const shown = unsettled.passes.slice(0, 3).map(quoted);
        if (unsettled.passes.length > 3) shown.push('…');
        const by = unsettled.message.ruleId ? ` (${unsettled.message.ruleId}: ${unsettled.message.message})` : '';
        throw new ConfigError(
          `Fixes would not settle: in the text ${quoted(unsettled.start)} the fix of entry \`${data.id}/${entry.id}\` makes ${shown.join(', ')} and is offered again${by}`,
          {
            file: path,
            keyPath: `entries[${index}].${entry.pattern !== undefined ? 'pattern' : 'replace'}`,
            given: JSON.stringify(entry.pattern ?? replacement),
            expected: 'a fix that its own result does not call for again',
            mend:
              entry.pattern !== undefined
                ? 'Make the pattern refuse its own replacement (a lookahead or lookbehind that the replaced text fails), or add the fixed phrase to `exceptions`'
                : 'Add the fixed phrase to `exceptions`, or change the replacement',
          },
        );
      }
    });
  }
}
