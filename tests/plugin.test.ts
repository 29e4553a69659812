import { retext } from 'retext';
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import retextStringify from 'retext-stringify';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../src/config/load.js';
import { createLinter } from '../src/linter.js';
import { lintArticlesProcessor, retextLintArticles } from '../src/plugin.js';

describe('retextLintArticles', () => {
  it('should add vfile messages with rule id, source, place and evidence', async () => {
    const linter = createLinter(defaultConfig(process.cwd()));
    const file = new VFile({ path: 'story.txt', value: 'Gas flows through\nKraft Siberia.' });
    await unified().use(retextEnglish).use(retextLintArticles, { linter }).use(retextStringify).process(file);
    expect(file.messages.map((message) => [message.ruleId, message.source, message.line, message.column, message.fatal, message.reason])).toEqual([
      ['translated-name', 'lint-articles', 2, 1, true, 'Replace `Kraft Siberia` with `Power of Siberia`'],
    ]);
    expect(file.messages[0]?.place).toEqual({ start: { line: 2, column: 1 }, end: { line: 2, column: 14 } });
  });

  it('should add nothing for correct copy, with the retext preset too', async () => {
    const linter = createLinter(defaultConfig(process.cwd()));
    const file = new VFile({ value: 'Gas flows through the Power of Siberia pipeline.' });
    await retext().use(retextLintArticles, { linter }).process(file);
    expect(file.messages).toEqual([]);
  });

  it('should lint with the defaults when used without options, as retext plugins are', async () => {
    const file = new VFile({ path: 'story.txt', value: 'Gas flows through\nKraft Siberia.', cwd: '/' });
    await retext().use(retextLintArticles).process(file);
    expect(file.messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([['translated-name', 2, 1]]);
  });

  it('should give a ready retext processor that lints', async () => {
    const file = await lintArticlesProcessor().process(new VFile({ value: 'Gas flows through Kraft Siberia.', cwd: '/' }));
    expect(file.messages.map((message) => message.reason)).toEqual(['Replace `Kraft Siberia` with `Power of Siberia`']);
    expect(String(file)).toBe('Gas flows through Kraft Siberia.');
  });
});
