import { beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/load.js';
import { createLinter } from '../../src/linter.js';
import { loadProcessorsFor, processFor } from '../../src/engine/processors.js';
import { processMarkdown } from '../../src/processors/markdown.js';
import { formatCompact } from '../helpers/rule-tester.js';

beforeAll(async () => {
  await loadProcessorsFor(['article.md']);
});

const linter = createLinter(defaultConfig('/work/news'));
const compactFor = (text: string, path = '/work/news/article.md') => linter.lintText(text, path).messages.map(formatCompact);

const article = [
  '---',
  'title: Gas via Kraft Siberia',
  'tags: [Kraft Siberia]',
  '---',
  '',
  '# Gas talks',
  '',
  'Gas came to China via the pipeline called Kraft Siberia.',
  '',
  '```text',
  'Kraft Siberia in a code block',
  '```',
  '',
  '    Kraft Siberia indented code',
  '',
  'See [the report](https://example.com/Kraft%20Siberia "Kraft Siberia") and `Kraft Siberia`.',
  'Mirror: <https://example.com/Kraft-Siberia> or https://example.com/Kraft_Siberia.',
  '<span title="Kraft Siberia">x</span>',
  '',
  '> A quote that runs',
  '> onto Kraft Siberia here.',
  '',
  '![Kraft Siberia](map.png)',
  '',
  '[report]: https://example.com/Kraft "Kraft Siberia"',
  '',
].join('\n');

describe('markdown processor', () => {
  it('should keep the length of the file and every line break', () => {
    for (const source of [article, 'Emoji 😀 then `code`\r\nnext\tline\r\n', '+++\ntitle = "x"\n+++\n\nText.\n']) {
      const { text } = processMarkdown(source);
      expect(text).toHaveLength(source.length);
      expect([...text.matchAll(/\r\n|\n|\r/g)].map((match) => match.index)).toEqual([...source.matchAll(/\r\n|\n|\r/g)].map((match) => match.index));
    }
  });

  it('should report only the prose of an article with front matter, code, links and HTML, at the right place', () => {
    expect(compactFor(article)).toEqual([
      '8:43-8:56: Replace `Kraft Siberia` with `Power of Siberia` [translated-name]',
      '21:8-21:21: Replace `Kraft Siberia` with `Power of Siberia` [translated-name]',
    ]);
  });

  it('should blank TOML front matter too', () => {
    expect(compactFor('+++\ntitle = "Kraft Siberia"\n+++\n\nKraft Siberia.\n')).toEqual(['5:1-5:14: Replace `Kraft Siberia` with `Power of Siberia` [translated-name]']);
  });

  it('should fix the prose and leave every piece of markup as it was', () => {
    const fixed = linter.fixText(article, '/work/news/article.md').output ?? '';
    expect(fixed.split('\n')[7]).toBe('Gas came to China via the pipeline called Power of Siberia.');
    expect(fixed.split('\n')[20]).toBe('> onto Power of Siberia here.');
    // Two in prose fixed; every other `Kraft` is in markup and stays.
    expect((fixed.match(/Kraft/g) ?? []).length).toBe((article.match(/Kraft/g) ?? []).length - 2);
    expect(fixed.split('\n').filter((_line, index) => index !== 7 && index !== 20)).toEqual(article.split('\n').filter((_line, index) => index !== 7 && index !== 20));
  });

  it('should lint the same words in a .txt file everywhere', () => {
    expect(compactFor('`Kraft Siberia`\n', '/work/news/article.txt')).toHaveLength(1);
    expect(compactFor('`Kraft Siberia`\n')).toEqual([]);
  });
});

describe('markdown directives', () => {
  const line = 'Gas came via Kraft Siberia.';

  it('should silence every rule between disable and enable', () => {
    const text = [line, '<!-- lint-articles-disable -->', line, '<!-- lint-articles-enable -->', line, ''].join('\n');
    expect(compactFor(text).map((message) => message.slice(0, 4))).toEqual(['1:14', '5:14']);
  });

  it('should silence only the rules it names', () => {
    const named = ['<!-- lint-articles-disable translated-name -->', line, ''].join('\n');
    const other = ['<!-- lint-articles-disable mojibake -->', line, ''].join('\n');
    expect(compactFor(named)).toEqual([]);
    expect(compactFor(other)).toHaveLength(1);
  });

  it('should silence the next line only with disable-next-line', () => {
    const text = ['<!-- lint-articles-disable-next-line translated-name -->', line, line, ''].join('\n');
    expect(compactFor(text).map((message) => message.slice(0, 4))).toEqual(['3:14']);
  });

  it('should treat a directive inside a code block as code', () => {
    const text = ['```', '<!-- lint-articles-disable -->', '```', line, ''].join('\n');
    expect(compactFor(text)).toHaveLength(1);
  });

  it('should report directives that silenced nothing only when asked', () => {
    const text = ['<!-- lint-articles-disable-next-line translated-name -->', 'Clean copy.', '<!-- lint-articles-disable mojibake, translated-name -->', line, ''].join('\n');
    expect(compactFor(text)).toEqual([]);
    const strict = createLinter(defaultConfig('/work/news'), { reportUnusedDisableDirectives: true });
    expect(strict.lintText(text, '/work/news/a.md').messages.map(formatCompact)).toEqual([
      '1:1-1:57: Unused `lint-articles-disable-next-line` directive: no problems were reported from `translated-name` []',
      '3:1-3:57: Unused `lint-articles-disable` directive: no problems were reported from `mojibake` []',
    ]);
  });
});

describe('ignore in the configuration', () => {
  const text = 'Gas came via Kraft Siberia.\n';
  const withIgnore = (ignore: ReturnType<typeof defaultConfig>['ignore']) => createLinter({ ...defaultConfig('/work/news'), ignore });

  it('should drop a rule in files matching the globs and nowhere else', () => {
    const ignoring = withIgnore([{ files: ['translations/**'], rules: ['translated-name'] }]);
    expect(ignoring.lintText(text, '/work/news/translations/about.txt').messages).toEqual([]);
    expect(ignoring.lintText(text, '/work/news/world/gas.txt').messages).toHaveLength(1);
  });

  it('should drop only the named data entries', () => {
    expect(withIgnore([{ files: ['**/*.txt'], entries: ['power-of-siberia'] }]).lintText(text, '/work/news/a.txt').messages).toEqual([]);
    expect(withIgnore([{ files: ['**/*.txt'], entries: ['another-entry'] }]).lintText(text, '/work/news/a.txt').messages).toHaveLength(1);
  });

  it('should carry the entry id on the message', () => {
    expect(createLinter(defaultConfig('/work/news')).lintText(text, '/work/news/a.txt').messages[0]?.entryId).toBe('power-of-siberia');
  });
});

describe('processor loading', () => {
  it('should refuse to lint a .markdown file whose processor was never loaded, rather than lint its markup', () => {
    expect(() => processFor('story.markdown', '# Title\n')).toThrow(/not loaded/);
  });
});
