/** Directives as ESLint has them, in Markdown and in plain-text articles alike. */
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/load.js';
import { loadProcessorsFor } from '../../src/engine/processors.js';
import { createLinter } from '../../src/linter.js';
import { formatCompact } from '../helpers/rule-tester.js';

beforeAll(async () => {
  await loadProcessorsFor(['article.md']);
});

const linter = createLinter(defaultConfig('/work/news'));
const line = 'Gas came via Kraft Siberia.';
const placesIn = (text: string, path: string) => linter.lintText(text, path).messages.map((message) => `${message.line}:${message.column} ${message.ruleId ?? 'directive'}`);

describe.each([['/work/news/a.md'], ['/work/news/a.txt']])('directives in %s', (path) => {
  it('should silence its own line with disable-line at the end of the line', () => {
    const text = [`${line} <!-- lint-articles-disable-line translated-name -->`, line, ''].join('\n');
    expect(placesIn(text, path)).toEqual(['2:14 translated-name']);
  });

  it('should keep --fix off the line that disable-line protects', () => {
    const protectedLine = `${line} <!-- lint-articles-disable-line translated-name -->`;
    const fixed = linter.fixText([protectedLine, line, ''].join('\n'), path).output;
    expect(fixed).toBe([protectedLine, 'Gas came via Power of Siberia.', ''].join('\n'));
  });

  it('should silence the next line only with disable-next-line, and read a `-- reason`', () => {
    const text = ['<!-- lint-articles-disable-next-line translated-name -- the release is quoted -->', line, line, ''].join('\n');
    expect(placesIn(text, path)).toEqual(['3:14 translated-name']);
  });

  it('should silence between disable and enable', () => {
    const text = [line, '<!-- lint-articles-disable translated-name -- a quoted passage -->', line, '<!-- lint-articles-enable translated-name -->', line, ''].join('\n');
    expect(placesIn(text, path)).toEqual(['1:14 translated-name', '5:14 translated-name']);
  });

  it('should report a rule id that names no rule, with the nearest one, and silence nothing', () => {
    const text = ['<!-- lint-articles-disable-next-line translated-nme -->', line, ''].join('\n');
    const messages = linter.lintText(text, path).messages.map(formatCompact);
    expect(messages).toEqual([
      '1:1-1:56: Unknown rule `translated-nme` in a `lint-articles-disable-next-line` directive: did you mean `translated-name`? (see `lint-articles --list-rules`) []',
      '2:14-2:27: Replace `Kraft Siberia` with `Power of Siberia` [translated-name]',
    ]);
    expect(linter.lintText(text, path).errorCount).toBe(2);
  });

  it('should accept the id of a rule that is off in this configuration', () => {
    const quiet = createLinter({ ...defaultConfig('/work/news'), rules: { 'translated-name': 'off' } });
    expect(quiet.lintText(['<!-- lint-articles-disable translated-name -->', line, ''].join('\n'), path).messages).toEqual([]);
  });
});

describe('directives in plain text', () => {
  it('should not let a rule read the comment itself', () => {
    const text = 'Plain words. <!-- lint-articles-disable-line mojibake -- Kraft Siberia in a reason -->\n';
    expect(placesIn(text, '/work/news/a.txt')).toEqual([]);
  });

  it('should leave other HTML comments in a .txt article as text', () => {
    expect(placesIn('<!-- Kraft Siberia -->\n', '/work/news/a.txt')).toEqual(['1:6 translated-name']);
  });

  it('should read directives from standard input without a file name', () => {
    expect(placesIn(`${line} <!-- lint-articles-disable-line -->\n`, '<text>')).toEqual([]);
  });
});
