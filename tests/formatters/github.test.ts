import { describe, expect, it } from 'vitest';
import { resultOf } from '../../src/linter.js';
import type { LintMessage } from '../../src/engine/types.js';
import { annotationLimit, formatGithub, formatGithubSummary } from '../../src/formatters/github.js';
import { contextFor, fixtureCwd, lintedFixture, trickyMessage, trickyResults } from '../helpers/format-fixtures.js';

interface ParsedCommand {
  command: string;
  properties: Record<string, string>;
  data: string;
}

/** The runner's side: split a workflow command and undo its escapes. */
function unescape(text: string): string {
  return text.replace(/%(25|0D|0A|3A|2C)/g, (_match, code: string) => String.fromCharCode(Number.parseInt(code, 16)));
}

function parseCommand(line: string): ParsedCommand {
  const match = /^::([a-z]+)(?: ([^:]*))?::(.*)$/.exec(line);
  if (!match) throw new Error(`Not a workflow command: ${line}`);
  const properties: Record<string, string> = {};
  for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
    const equals = pair.indexOf('=');
    properties[pair.slice(0, equals)] = unescape(pair.slice(equals + 1));
  }
  return { command: match[1] ?? '', properties, data: unescape(match[3] ?? '') };
}

describe('github formatter', () => {
  it('should put a real finding on its file, line and columns', () => {
    const { result, linter } = lintedFixture();
    const lines = formatGithub([result], contextFor(linter)).trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    const parsed = parseCommand(lines[0] ?? '');
    expect(parsed.command).toBe('error');
    expect(parsed.properties).toEqual({ file: 'articles/pipeline.txt', line: '1', endLine: '1', col: '43', endColumn: '56', title: 'lint-articles(translated-name)' });
    expect(parsed.data.split('\n')[0]).toBe('Replace `Kraft Siberia` with `Power of Siberia`');
  });

  it('should say a deletion as "Fix: delete" with the text it removes, never "replace with ``"', () => {
    const deletion: LintMessage = { ruleId: 'boilerplate', severity: 2, message: 'Remove the comment-form line `Leave a Reply`', line: 2, column: 1, actual: 'Leave a Reply', fix: { range: [10, 24], text: '' } };
    const replacement: LintMessage = { ...deletion, line: 3, actual: 'Sperbank', message: 'Replace `Sperbank` with `Sberbank`', fix: { range: [30, 38], text: 'Sberbank' } };
    const commands = formatGithub([resultOf(`${fixtureCwd}/a.txt`, [deletion, replacement])], contextFor()).trimEnd().split('\n').map(parseCommand);
    expect(commands.map((command) => command.data.split('\n').at(-1))).toEqual(['Fix: delete `Leave a Reply`', 'Fix: replace with `Sberbank`']);
    expect(commands.map((command) => command.data).join('\n')).not.toContain('``');
  });

  it('should round-trip %, :, comma, CR and LF in data and properties exactly, and show other control characters', () => {
    const output = formatGithub(trickyResults(), contextFor());
    const lines = output.trimEnd().split('\n');
    // Every command stays on one physical line whatever its message held.
    expect(lines).toHaveLength(3);
    const parsed = lines.map(parseCommand);
    const error = parsed.find((command) => command.command === 'error' && command.properties.line === '2');
    expect(error?.properties.file).toBe('articles/a, b:c%.txt');
    // A raw U+0001 would reach the log as it is: it is shown as a visible escape instead.
    expect(error?.data.split('\nNote with')[0]).toBe(trickyMessage.replace('\u0001', '\\u0001'));
    expect(error?.data).toContain('Note with 100% : and , too');
  });

  it('should show the ten most severe of each level and summarise the rest in a notice', () => {
    const message = (line: number, severity: 1 | 2): LintMessage => ({ ruleId: 'translated-name', severity, message: `m${line}`, line, column: 1 });
    const messages = [...Array.from({ length: 12 }, (_, index) => message(index + 1, 1)), ...Array.from({ length: 13 }, (_, index) => message(index + 20, 2))];
    const lines = formatGithub([resultOf(`${fixtureCwd}/a.txt`, messages)], contextFor()).trimEnd().split('\n').map(parseCommand);
    expect(lines.filter((command) => command.command === 'error')).toHaveLength(annotationLimit);
    expect(lines.filter((command) => command.command === 'warning')).toHaveLength(annotationLimit);
    expect(lines[0]?.command).toBe('error');
    expect(lines.at(-1)?.command).toBe('notice');
    expect(lines.at(-1)?.data).toMatch(/^3 more error\(s\) and 2 more warning\(s\) not shown/);
  });

  it('should print nothing for clean results', () => {
    expect(formatGithub([resultOf(`${fixtureCwd}/a.txt`, [])], contextFor())).toBe('');
  });

  it('should write a Markdown summary with escaped table cells', () => {
    const summary = formatGithubSummary(trickyResults(), contextFor());
    expect(summary).toContain('2 error(s) and 1 warning(s) in 2 of 3 article(s).');
    expect(summary).toContain('&#60;b&#62;&#38;&#60;/b&#62;');
    expect(summary.split('\n').filter((line) => line.startsWith('| error') || line.startsWith('| warning'))).toHaveLength(3);
  });
});
