/**
 * GitLab Code Quality: a JSON array of issues that a merge request shows in its widget and diff.
 * The fingerprint must stay the same while the problem stays, so it hashes the rule, the file, the
 * flagged text and its occurrence number, not the line (which moves when a paragraph is added).
 */
import { createHash } from 'node:crypto';
import type { LintMessage, LintResult } from '../engine/types.js';
import { repositoryPath, type FormatContext } from './context.js';

function severityOf(message: LintMessage): 'critical' | 'major' | 'minor' {
  if (message.fatal) return 'critical';
  return message.severity === 2 ? 'major' : 'minor';
}

export function formatGitlab(results: readonly LintResult[], context: FormatContext): string {
  const issues: unknown[] = [];
  for (const result of results) {
    const path = repositoryPath(result.filePath, context);
    const occurrences = new Map<string, number>();
    for (const message of result.messages) {
      const key = [message.ruleId ?? '', path, message.actual ?? message.message].join('\u0000');
      const occurrence = (occurrences.get(key) ?? 0) + 1;
      occurrences.set(key, occurrence);
      const fingerprint = createHash('sha256').update(`${key}\u0000${occurrence}`).digest('hex').slice(0, 32);
      issues.push({
        type: 'issue',
        description: message.note ? `${message.message}. ${message.note}` : message.message,
        check_name: message.ruleId ?? 'lint-articles',
        fingerprint,
        severity: severityOf(message),
        categories: ['Style'],
        location: { path, lines: { begin: message.line, end: message.endLine ?? message.line } },
      });
    }
  }
  return JSON.stringify(issues, null, 2);
}
