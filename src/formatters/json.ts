/** ESLint's JSON format: the array of LintResult, field for field. */
import type { LintResult } from '../engine/types.js';

export function formatJson(results: readonly LintResult[]): string {
  return JSON.stringify(results);
}
