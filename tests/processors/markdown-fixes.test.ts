/**
 * A Markdown fix never changes the file outside its range: a fix whose edit would make markup of
 * the text around it is offered as a suggestion instead, and --fix leaves the file as it was.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/load.js';
import { fixUntilStable } from '../../src/engine/fix.js';
import { createLinter } from '../../src/linter.js';
import { loadProcessorsFor } from '../../src/engine/processors.js';
import type { Fix, LintMessage } from '../../src/engine/types.js';
import { blockChange, blockShapes, markdownBudget } from '../../src/processors/markdown.js';
import { makeFolder, parseReport, runCli } from '../helpers/cli.js';

beforeAll(async () => {
  await loadProcessorsFor(['article.md']);
});

const linter = createLinter(defaultConfig('/work/news'));

function changeOf(source: string, edits: Fix[]): string | undefined {
  const before = blockShapes(source);
  if (typeof before === 'string') throw new Error(before);
  return blockChange(source, before, edits);
}

function deletion(source: string, words: string): Fix {
  const start = source.indexOf(words);
  if (start < 0) throw new Error(`No ${words} in the text`);
  return { range: [start, start + words.length], text: '' };
}

describe('Markdown fixes that would make markup of the text around them', () => {
  const bold = 'The minister spoke on Monday.\n\n**Leave a Reply**\n\nTalks resume next week.\n';

  it('should not delete the words of a bold line, which would leave a thematic break', () => {
    const result = linter.fixText(bold, '/work/news/article.md');
    expect(result.output).toBeUndefined();
    expect(result.fixableErrorCount).toBe(0);
    const [message] = result.messages;
    expect(message).toMatchObject({ ruleId: 'boilerplate', severity: 2, confidence: 'likely' });
    expect(message?.fix).toBeUndefined();
    expect(message?.suggestions?.[0]?.desc).toBe('Remove `Leave a Reply` (not applied by --fix: in this Markdown a paragraph at line 3 would become a thematic break)');
  });

  it('should keep the deletion as a suggestion that still removes the words', () => {
    const [message] = linter.lintText(bold, '/work/news/article.md').messages;
    expect(message?.suggestions?.[0]?.fix).toEqual(deletion(bold, 'Leave a Reply'));
  });

  it('should not delete a line whose indented continuation would become a code block', () => {
    const text = 'Turnout was high.\n\nLeave a Reply\n    and the count went on past midnight\n\nResults follow.\n';
    const result = linter.fixText(text, '/work/news/article.md');
    expect(result.output).toBeUndefined();
    expect(result.messages[0]?.note).toContain('a paragraph at line 3 would become a code block');
  });

  it('should still delete a boilerplate paragraph of its own in Markdown', () => {
    const result = linter.fixText('Turnout was high.\n\nLeave a Reply\n\nResults follow.\n', '/work/news/article.md');
    expect(result.output).toBe('Turnout was high.\n\nResults follow.\n');
  });
});

describe('blockChange', () => {
  it('should see a leftover tilde fence that would open a code block running to the end', () => {
    const source = 'Share: ~~~\n\nThe vote is on Sunday.\n\nPolls close at eight.\n';
    expect(changeOf(source, [deletion(source, 'Share: ')])).toBe('a paragraph at line 1 would become a code block');
  });

  it('should see a paragraph that would become a heading once a prefix is deleted', () => {
    const source = 'The count goes on.\n\nSponsored: # Results by region\n';
    expect(changeOf(source, [deletion(source, 'Sponsored: ')])).toBe('a paragraph at line 3 would become a level-1 heading');
  });

  it('should accept a replacement inside a heading, a list item and a quote', () => {
    const source = '# Gas via Kraft Siberia\n\n- Kraft Siberia opened\n\n> Kraft Siberia runs east\n';
    const edits: Fix[] = [];
    let from = 0;
    for (;;) {
      const start = source.indexOf('Kraft Siberia', from);
      if (start < 0) break;
      edits.push({ range: [start, start + 13], text: 'Power of Siberia' });
      from = start + 13;
    }
    expect(edits).toHaveLength(3);
    expect(changeOf(source, edits)).toBeUndefined();
  });

  it('should accept the deletion of a whole paragraph with its line break', () => {
    const source = 'First.\n\nAdvertisement\n\nSecond.\n';
    expect(changeOf(source, [deletion(source, 'Advertisement\n\n')])).toBeUndefined();
  });
});

describe('fixUntilStable with a guard on fixes taken together', () => {
  it('should apply only the first fix of a pass whose fixes together change the markup, and the rest on later passes', () => {
    const lint = (text: string): LintMessage[] =>
      [...text.matchAll(/x/g)].map((match) => ({ ruleId: 'test', severity: 2, message: 'x', line: 1, column: 1, fix: { range: [match.index, match.index + 1], text: 'y' } }));
    const calls: number[] = [];
    const result = fixUntilStable('x x', lint, {
      together: (_text, fixes) => {
        calls.push(fixes.length);
        return fixes.length < 2;
      },
    });
    expect(result.output).toBe('y y');
    expect(result.passes).toBe(2);
    expect(calls).toEqual([2]);
  });
});

describe('--fix on a Markdown article', () => {
  it('should leave the file as it was, exit 1 and report the finding with its suggestion', () => {
    const text = 'The minister spoke on Monday.\n\n**Leave a Reply**\n\nTalks resume next week.\n';
    const folder = makeFolder({ 'story.md': text });
    const run = runCli(['--fix', '--format', 'json', 'story.md'], { cwd: folder });
    expect(run.status).toBe(1);
    expect(readFileSync(join(folder, 'story.md'), 'utf8')).toBe(text);
    const [result] = parseReport(run.stdout);
    expect(result?.messages[0]).toMatchObject({ ruleId: 'boilerplate', confidence: 'likely' });
  });
});

describe('Markdown parsed within a budget', () => {
  // Each is tens of seconds to minutes of parsing without a budget: a list nested 10,000 deep on
  // one line, and emphasis openers that never close.
  const nestedLists = `${'- '.repeat(10_000)}Gas via Kraft Siberia.\n`;
  const openers = `${'*a_ '.repeat(10_000)}\n\nGas via Kraft Siberia.\n`;
  const saved = { ...markdownBudget };
  afterEach(() => Object.assign(markdownBudget, saved));

  it.each([
    ['a list nested 10,000 deep', nestedLists],
    ['40 KB of emphasis openers that never close', openers],
  ])('should lint %s as plain text with one warning that says why, instead of hanging', (_name, text) => {
    markdownBudget.baseMilliseconds = 200;
    markdownBudget.millisecondsPerThousand = 0;
    const result = linter.lintText(text, '/work/news/article.md');
    expect(result.messages.filter((message) => message.ruleId === null)).toEqual([
      { ruleId: null, severity: 1, message: 'Markdown could not be parsed within 0.2 s (its budget); linted as plain text, and no fix is applied', line: 1, column: 1 },
    ]);
    expect(result.messages.some((message) => message.ruleId === 'translated-name')).toBe(true);
  });

  it('should apply no fix to a file it could not parse, offering each as a suggestion', () => {
    markdownBudget.baseMilliseconds = 200;
    markdownBudget.millisecondsPerThousand = 0;
    const result = linter.fixText(nestedLists, '/work/news/article.md');
    expect(result.output).toBeUndefined();
    const finding = result.messages.find((message) => message.ruleId === 'translated-name');
    expect(finding?.fix).toBeUndefined();
    expect(finding?.suggestions?.[0]?.desc).toContain('not applied by --fix: in this Markdown the file could not be parsed within 0.2 s');
  });

  it('should not parse a file longer than the size budget', () => {
    markdownBudget.maxLength = 100;
    const text = `Gas came to China via the pipeline called Kraft Siberia, the officials said.\n\n${'More words follow. '.repeat(5)}\n`;
    const result = linter.lintText(text, '/work/news/article.md');
    expect(result.messages[0]?.message).toBe(`Markdown is ${text.length} characters long, over the 100 a Markdown file may have; linted as plain text, and no fix is applied`);
  });

  it('should parse an ordinary article within the default budget', () => {
    const result = linter.lintText('# Talks\n\nGas came to China via the pipeline called Kraft Siberia.\n', '/work/news/article.md');
    expect(result.messages.map((message) => message.ruleId)).toEqual(['translated-name']);
  });
});

describe('the command line on a pathological Markdown article', () => {
  it('should finish with the warning on that file under the default budget', () => {
    const folder = makeFolder({ 'lists.md': `${'- '.repeat(20_000)}end\n`, 'story.md': 'Gas came to China via the pipeline called Kraft Siberia.\n' });
    const run = runCli(['--format', 'json', 'lists.md', 'story.md'], { cwd: folder });
    expect(run.status).toBe(1);
    const results = parseReport(run.stdout);
    expect(results.find((result) => result.filePath.endsWith('lists.md'))?.messages[0]?.message).toMatch(/^Markdown could not be parsed within 2\.4 s \(its budget\); linted as plain text/);
    expect(results.find((result) => result.filePath.endsWith('story.md'))?.messages[0]?.ruleId).toBe('translated-name');
  });
});
