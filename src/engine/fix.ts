/**
 * ESLint's fix model: ranges into the text the messages were made from, applied last to first,
 * skipping any fix that overlaps one already taken; a loop re-lints and repeats until nothing
 * changes (at most ten passes, stopping on a cycle).
 */
import type { Fix, LintMessage } from './types.js';

export interface AppliedFixes {
  output: string;
  applied: number;
}

/** The fixes one pass applies: in range, changing something, none overlapping an earlier one. */
export function selectFixes(text: string, fixes: readonly Fix[]): Fix[] {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const kept: Fix[] = [];
  let lastEnd = -1;
  for (const fix of sorted) {
    const [start, end] = fix.range;
    if (start < 0 || end > text.length || end < start) continue;
    // Touching ranges are allowed only when neither is empty at the shared point.
    if (start < lastEnd || (start === lastEnd && kept.length > 0 && start === end)) continue;
    if (text.slice(start, end) === fix.text) continue;
    kept.push(fix);
    lastEnd = end;
  }
  return kept;
}

/** Applies non-overlapping fixes; the earlier fix wins an overlap, as in ESLint. */
export function applyFixes(text: string, fixes: readonly Fix[]): AppliedFixes {
  const kept = selectFixes(text, fixes);
  let output = '';
  let cursor = 0;
  for (const fix of kept) {
    output += text.slice(cursor, fix.range[0]) + fix.text;
    cursor = fix.range[1];
  }
  output += text.slice(cursor);
  return { output, applied: kept.length };
}

export function certainFixes(messages: readonly LintMessage[]): Fix[] {
  return messages.flatMap((message) => (message.fix ? [message.fix] : []));
}

export const maxFixPasses = 10;

export interface FixLoopResult {
  output: string;
  passes: number;
  messages: LintMessage[];
}

export interface FixLoopOptions {
  /**
   * Whether the fixes of one pass may be applied together. Each fix a lint offers has passed the
   * file's guard alone; two together can still make markup neither makes alone (two deletions
   * that leave `*` and `*` on one line). When they may not, the pass applies only its first fix.
   */
  together?: (text: string, fixes: readonly Fix[]) => boolean;
  /**
   * Told of each pass before it is applied: the text it starts from and the fixes it applies. The
   * HTML review page replays the passes after the first, so that its download equals --fix's output
   * where one pass leaves work for the next (two deletions that share a space: the second is
   * skipped as overlapping, and the re-lint finds it again).
   */
  onPass?: (text: string, fixes: readonly Fix[]) => void;
}

/** Lints, fixes, re-lints until stable; the returned messages describe the output. */
export function fixUntilStable(text: string, lint: (text: string) => LintMessage[], options: FixLoopOptions = {}): FixLoopResult {
  const seen = new Set<string>([text]);
  let current = text;
  let messages = lint(current);
  let passes = 0;
  while (passes < maxFixPasses) {
    let fixes = selectFixes(current, certainFixes(messages));
    if (fixes.length > 1 && options.together && !options.together(current, fixes)) fixes = fixes.slice(0, 1);
    const { output, applied } = applyFixes(current, fixes);
    if (applied === 0 || output === current) break;
    passes++;
    if (seen.has(output)) {
      // A cycle: two fixes undo each other. Keep the last state that was reached first.
      break;
    }
    seen.add(output);
    options.onPass?.(current, fixes);
    current = output;
    messages = lint(current);
  }
  return { output: current, passes, messages };
}
