import { describe, expect, it } from 'vitest';
import { applyFixes, fixUntilStable } from '../../src/engine/fix.js';
import type { LintMessage } from '../../src/engine/types.js';

const message = (start: number, end: number, text: string): LintMessage => ({
  ruleId: 'test',
  severity: 2,
  message: 'test',
  line: 1,
  column: start + 1,
  fix: { range: [start, end], text },
});

describe('applyFixes', () => {
  it('should apply non-overlapping fixes against the original offsets', () => {
    expect(applyFixes('aaa bbb ccc', [{ range: [8, 11], text: 'C' }, { range: [0, 3], text: 'A' }]).output).toBe('A bbb C');
  });

  it('should keep the earlier of two overlapping fixes', () => {
    const { output, applied } = applyFixes('abcdef', [{ range: [1, 4], text: 'X' }, { range: [2, 5], text: 'Y' }]);
    expect(output).toBe('aXef');
    expect(applied).toBe(1);
  });

  it('should skip fixes that change nothing or fall outside the text', () => {
    expect(applyFixes('abc', [{ range: [0, 1], text: 'a' }, { range: [2, 9], text: 'z' }]).applied).toBe(0);
  });
});

describe('fixUntilStable', () => {
  it('should re-lint until no fix is left', () => {
    // Each pass fixes the first `x` only, as a rule with overlapping reports would.
    const lint = (text: string): LintMessage[] => {
      const index = text.indexOf('x');
      return index < 0 ? [] : [message(index, index + 1, 'y')];
    };
    const result = fixUntilStable('x x x', lint);
    expect(result.output).toBe('y y y');
    expect(result.passes).toBe(3);
    expect(result.messages).toEqual([]);
  });

  it('should tell each pass it applies, from the text it starts on, so that the passes replay to the output', () => {
    const lint = (text: string): LintMessage[] => {
      const index = text.indexOf('x');
      return index < 0 ? [] : [message(index, index + 1, 'y')];
    };
    const passes: Array<{ text: string; fixes: readonly { range: [number, number]; text: string }[] }> = [];
    const result = fixUntilStable('x x', lint, { onPass: (text, fixes) => passes.push({ text, fixes }) });
    expect(passes).toEqual([
      { text: 'x x', fixes: [{ range: [0, 1], text: 'y' }] },
      { text: 'y x', fixes: [{ range: [2, 3], text: 'y' }] },
    ]);
    expect(passes.reduce((text, pass) => applyFixes(text, pass.fixes).output, 'x x')).toBe(result.output);
  });

  it('should not tell a pass that would return to a text already reached', () => {
    const lint = (text: string): LintMessage[] => [message(0, 1, text[0] === 'a' ? 'b' : 'a')];
    const passes: string[] = [];
    const result = fixUntilStable('a', lint, { onPass: (text) => passes.push(text) });
    expect(passes).toEqual(['a']);
    expect(result.output).toBe('b');
  });

  it('should stop on a cycle instead of looping', () => {
    const lint = (text: string): LintMessage[] => [message(0, 1, text[0] === 'a' ? 'b' : 'a')];
    const result = fixUntilStable('a', lint);
    expect(result.passes).toBeLessThanOrEqual(10);
    expect(['a', 'b']).toContain(result.output);
  });

  it('should stop after ten passes at most', () => {
    let counter = 0;
    const lint = (text: string): LintMessage[] => [message(0, text.length, `v${++counter}`)];
    expect(fixUntilStable('v0', lint).passes).toBe(10);
  });
});
