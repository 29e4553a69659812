/**
 * Checks on rule data that a schema cannot make: a user's regular expression that could backtrack
 * for minutes on one long line, and replacements that another entry (or the same one) would flag
 * again, so that `--fix` would never settle.
 */
import { createRequire } from 'node:module';
import { ConfigError } from '../config/errors.js';
import { Article } from '../engine/article.js';
import type { Finding, Rule } from '../engine/types.js';
import type { LoadedTermbase } from './types.js';

const require = createRequire(import.meta.url);

interface Diagnostics {
  status: 'safe' | 'vulnerable' | 'unknown';
  complexity?: { type: string; summary?: string; degree?: number };
  attack?: { pattern?: string; string?: string };
  error?: { kind: string; message?: string };
}

type CheckSync = (source: string, flags: string, parameters?: { timeout?: number }) => Diagnostics;

let checkSync: CheckSync | undefined;

/** recheck is loaded only when a user's table has a pattern: most runs never need it. */
function checker(): CheckSync {
  checkSync ??= (require('recheck') as { checkSync: CheckSync }).checkSync;
  return checkSync;
}

/**
 * How long the analysis of one pattern may take. Bounded repetitions ({0,8}) can make the analysis
 * itself time out; such a pattern is accepted, because the check exists to refuse what is proven
 * to backtrack, not to refuse what is merely hard to analyse.
 */
export const backtrackingCheckTimeout = 3_000;

/**
 * Refuses a pattern that recheck proves to backtrack in exponential time: `(\w+\s?)+$` takes
 * minutes on one line of sixty characters. Polynomial backtracking (`[ \t]*` inside a lookbehind
 * costs seconds on a line of 80,000 spaces) is accepted: it needs input no article has, its cost is
 * bounded by `maxFileSize`, and recheck reports it for many linear-in-practice patterns.
 */
export function checkBacktracking(pattern: string, flags: string, where: { file: string; keyPath: string; entryId: string }): void {
  const diagnostics = checker()(pattern, flags, { timeout: backtrackingCheckTimeout });
  if (diagnostics.status !== 'vulnerable' || diagnostics.complexity?.type !== 'exponential') return;
  const growth = 'can backtrack in exponential time';
  const attack = diagnostics.attack?.pattern ? ` on text such as ${diagnostics.attack.pattern}` : '';
  throw new ConfigError(`Pattern of entry \`${where.entryId}\` ${growth}${attack}`, {
    file: where.file,
    keyPath: where.keyPath,
    given: JSON.stringify(pattern),
    expected: 'a pattern that matches in linear time',
    mend: 'Bound each repetition ({1,40}) or make the alternatives of a repeated group exclude one another',
  });
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
   * checks only the pairs in which a user's table takes part (the whole check costs about 60 ms of
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
}
