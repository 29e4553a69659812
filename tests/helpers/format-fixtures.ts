/**
 * Results for formatter tests: one article linted for real, and hand-made messages whose text
 * carries every character a format must escape.
 */
import { defaultConfig } from '../../src/config/load.js';
import { createLinter, resultOf } from '../../src/linter.js';
import type { LintMessage, LintResult } from '../../src/engine/types.js';
import type { FormatContext } from '../../src/formatters/context.js';

export const fixtureCwd = '/work/news';
export const pipelineText = 'Gas came to China via the pipeline called Kraft Siberia.\nThe deal was signed in 2019.\n';

export const trickyMessage = 'Unexpected `50%` in "a: b, c"\r\nsecond line <b>&</b> ]]> \u0001';

export function lintedFixture(): { result: LintResult; linter: ReturnType<typeof createLinter> } {
  const linter = createLinter(defaultConfig(fixtureCwd));
  return { result: linter.lintText(pipelineText, `${fixtureCwd}/articles/pipeline.txt`), linter };
}

export function trickyResults(): LintResult[] {
  const error: LintMessage = {
    ruleId: 'translated-name',
    severity: 2,
    message: trickyMessage,
    line: 2,
    column: 3,
    endLine: 2,
    endColumn: 9,
    actual: 'a: b, c',
    expected: ['d'],
    confidence: 'certain',
    fix: { range: [10, 16], text: 'd%,:' },
    note: 'Note with 100% : and , too',
    url: 'https://github.com/lint-articles/lint-articles/blob/main/rules/README.md#translated-name',
    source: 'lint-articles',
  };
  const warning: LintMessage = {
    ruleId: 'translated-name',
    severity: 1,
    message: 'Unexpected `x`, expected `y`',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 2,
    actual: 'x',
    expected: ['y', 'z'],
    confidence: 'likely',
    suggestions: [
      { desc: 'Replace with `y`', fix: { range: [0, 1], text: 'y' } },
      { desc: 'Replace with `z`', fix: { range: [0, 1], text: 'z' } },
    ],
  };
  const fatal: LintMessage = { ruleId: null, severity: 2, fatal: true, message: 'Cannot read file: Permission denied (EACCES)', line: 1, column: 1 };
  return [
    resultOf(`${fixtureCwd}/articles/a, b:c%.txt`, [warning, error]),
    resultOf(`${fixtureCwd}/articles/locked.txt`, [fatal]),
    resultOf(`${fixtureCwd}/articles/clean.txt`, []),
  ];
}

export function contextFor(linter?: ReturnType<typeof createLinter>, sources?: ReadonlyMap<string, string>): FormatContext {
  return {
    color: false,
    cwd: fixtureCwd,
    toolVersion: '0.1.0',
    ...(linter ? { rules: linter.rules.map((rule) => rule.meta) } : {}),
    ...(sources ? { sources } : {}),
  };
}
