import { describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/engine/types.js';
import { formatJson, formatJsonChunks } from '../../src/formatters/json.js';

function resultsOf(count: number): LintResult[] {
  return Array.from({ length: count }, (_, index) => ({
    filePath: `/news/article-${index}.txt`,
    messages: index % 3 === 0 ? [{ ruleId: 'translated-name', severity: 2, message: 'Replace `Kraft Siberia` with `Power of Siberia`', line: 1, column: index + 1 }] : [],
    errorCount: index % 3 === 0 ? 1 : 0,
    fatalErrorCount: 0,
    warningCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
  }));
}

describe('json formatter', () => {
  it('should print ESLint’s JSON, the array of results as JSON.stringify gives it', () => {
    for (const count of [0, 1, 2, 255, 256, 257, 600]) {
      const results = resultsOf(count);
      expect(formatJson(results), `${count} results`).toBe(JSON.stringify(results));
    }
  });

  it('should give the same text in pieces, none holding more than its share of results', () => {
    const results = resultsOf(600);
    const chunks = [...formatJsonChunks(results, 100)];
    expect(chunks).toHaveLength(6);
    expect(chunks.join('')).toBe(JSON.stringify(results));
    expect(Math.max(...chunks.map((chunk) => chunk.length))).toBeLessThan(JSON.stringify(results).length / 4);
  });
});
