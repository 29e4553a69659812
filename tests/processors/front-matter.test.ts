/** Front-matter fields that hold prose are linted at their exact place; the rest of the front matter is not. */
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/load.js';
import { loadProcessorsFor } from '../../src/engine/processors.js';
import { createLinter } from '../../src/linter.js';
import { formatCompact } from '../helpers/rule-tester.js';

beforeAll(async () => {
  await loadProcessorsFor(['article.md']);
});

const linter = createLinter(defaultConfig('/work/news'));
const compactFor = (text: string) => linter.lintText(text, '/work/news/article.md').messages.map(formatCompact);
const finding = (place: string) => `${place}: Replace \`Kraft Siberia\` with \`Power of Siberia\` [translated-name]`;

describe('front matter', () => {
  it('should lint a plain, a quoted and a single-quoted headline at the column of the word', () => {
    const text = ['---', 'title: Kraft Siberia deal signed', 'summary: "Talks on Kraft Siberia"', "excerpt: 'Kraft Siberia is full'", '---', ''].join('\n');
    expect(compactFor(text)).toEqual([finding('2:8-2:21'), finding('3:20-3:33'), finding('4:11-4:24')]);
  });

  it('should lint the lines of a folded standfirst and not its header', () => {
    const text = ['---', 'standfirst: >-', '  Gas flows through', '  Kraft Siberia now.', '---', 'Body.', ''].join('\n');
    expect(compactFor(text)).toEqual([finding('4:3-4:16')]);
  });

  it('should leave keys, slugs, tags, dates and nested maps alone', () => {
    const text = ['---', 'slug: Kraft Siberia', 'tags: [Kraft Siberia]', 'author: Kraft Siberia', 'seo:', '  title: Kraft Siberia', 'date: 2024-05-01', '---', ''].join('\n');
    expect(compactFor(text)).toEqual([]);
  });

  it('should lint the fields the configuration names, and none with an empty list', () => {
    const text = ['---', 'title: Kraft Siberia', 'kicker: Kraft Siberia', '---', ''].join('\n');
    const kicker = createLinter({ ...defaultConfig('/work/news'), frontMatterFields: ['kicker'] });
    expect(kicker.lintText(text, '/work/news/a.md').messages.map(formatCompact)).toEqual([finding('3:9-3:22')]);
    const none = createLinter({ ...defaultConfig('/work/news'), frontMatterFields: [] });
    expect(none.lintText(text, '/work/news/a.md').messages).toEqual([]);
  });

  it('should fix the headline and leave the rest of the front matter byte for byte', () => {
    const text = ['---', 'title: "Kraft Siberia: what next"', 'slug: kraft-siberia', '---', '', 'Body.', ''].join('\n');
    expect(linter.fixText(text, '/work/news/a.md').output).toBe(text.replace('"Kraft Siberia:', '"Power of Siberia:'));
  });

  it('should lint nothing in front matter that is not valid YAML, and warn that it could not', () => {
    const text = ['---', 'title: [Kraft Siberia', '---', ''].join('\n');
    const messages = linter.lintText(text, '/work/news/a.md').messages;
    expect(messages.map((message) => [message.ruleId, message.severity, message.line])).toEqual([[null, 1, 3]]);
    expect(messages[0]?.message).toMatch(/^Front matter is not valid YAML \(.+\); its prose fields were not linted$/);
  });

  it('should keep CRLF front matter exact', () => {
    const text = ['---', 'title: Kraft Siberia', '---', 'Body.', ''].join('\r\n');
    expect(compactFor(text)).toEqual([finding('2:8-2:21')]);
  });
});
