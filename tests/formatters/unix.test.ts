/** `--format unix` for quickfix lists, and formatters of the user's own by path, as ESLint allows. */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resultOf } from '../../src/linter.js';
import { formatUnix } from '../../src/formatters/unix.js';
import { makeFolder, runCli } from '../helpers/cli.js';

const story = 'The pipeline is called Kraft Siberia.\nLeave a Reply\nThe talks went on.\n';

describe('unix formatter', () => {
  it('should write one file:line:col: message [rule] line per finding, paths relative to the working folder', () => {
    const results = [
      resultOf('/news/desk/story.txt', [
        { ruleId: 'translated-name', severity: 2, message: 'Replace `Kraft Siberia` with `Power of Siberia`', line: 1, column: 24 },
        { ruleId: 'calque', severity: 1, message: 'Possibly a calque: `x` (say `y`)', line: 3, column: 2 },
      ]),
      resultOf('/news/desk/clean.txt', []),
    ];
    expect(formatUnix(results, { color: false, cwd: '/news' })).toBe(
      'desk/story.txt:1:24: Replace `Kraft Siberia` with `Power of Siberia` [translated-name]\n' +
        'desk/story.txt:3:2: Possibly a calque: `x` (say `y`) [calque]\n\n2 problems\n',
    );
    expect(formatUnix([results[1] as never], { color: false, cwd: '/news' })).toBe('');
  });

  it('should keep a record on one line when a file name or message holds a line break', () => {
    const results = [resultOf('/news/bad\nname.txt', [{ ruleId: null, severity: 2, message: 'Cannot read\nthe file', line: 1, column: 1, fatal: true }])];
    const lines = formatUnix(results, { color: false, cwd: '/news' }).split('\n');
    expect(lines[0]).toBe('bad\\nname.txt:1:1: Cannot read the file [error]');
  });
});

describe('--format unix and --format ./path', () => {
  const folder = makeFolder({
    'story.txt': story,
    'count-formatter.mjs': "export default (results, context) => results.map((r) => `${r.messages.length} in ${r.filePath.slice(context.cwd.length + 1)}; ${context.sources.get(r.filePath).length} characters`).join('\\n');\n",
    'async-formatter.mjs': "export default async (results) => 'async: ' + results[0].messages.map((m) => m.ruleId).join(',');\n",
    'not-a-function.mjs': 'export default 42;\n',
    'throws.mjs': "export default () => { throw new Error('the desk template is missing'); };\n",
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('should print the unix lines from the command line and exit 1 on errors', () => {
    const run = runCli(['--format', 'unix', 'story.txt'], { cwd: folder });
    expect(run.status).toBe(1);
    expect(run.stdout.split('\n').slice(0, 2)).toEqual([
      'story.txt:1:24: Replace `Kraft Siberia` with `Power of Siberia` [translated-name]',
      'story.txt:2:1: Remove the comment-form line `Leave a Reply` [boilerplate]',
    ]);
  });

  it('should load a formatter module by path and give it the results, the working folder and the texts', () => {
    const run = runCli(['--format', './count-formatter.mjs', 'story.txt'], { cwd: folder });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(`2 in story.txt; ${story.length} characters\n`);
    expect(run.status).toBe(1);
    const absolute = runCli(['-f', join(folder, 'async-formatter.mjs'), 'story.txt'], { cwd: folder });
    expect(absolute.stdout).toBe('async: translated-name,boilerplate\n');
  });

  it('should exit 2 naming the module when it is missing, exports no function or throws', () => {
    const missing = runCli(['--format', './nowhere.mjs', 'story.txt'], { cwd: folder });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('Formatter module ./nowhere.mjs not found');
    const notFunction = runCli(['--format', './not-a-function.mjs', 'story.txt'], { cwd: folder });
    expect(notFunction.status).toBe(2);
    expect(notFunction.stderr).toContain('Formatter module ./not-a-function.mjs exports no function');
    const throws = runCli(['--format', './throws.mjs', 'story.txt'], { cwd: folder });
    expect(throws.status).toBe(2);
    expect(throws.stderr).toContain('Formatter module ./throws.mjs failed: the desk template is missing');
    expect(throws.stdout).toBe('');
  });

  it('should refuse a format that is neither a name nor a path, listing the names', () => {
    const run = runCli(['--format', 'unixx', 'story.txt'], { cwd: folder });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Unknown format `unixx`: use one of checkstyle, github, gitlab, html, json, junit, rdjson, sarif, stylish, unix');
  });
});
