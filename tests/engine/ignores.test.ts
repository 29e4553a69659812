/** The `ignore` list of .linterrc.json drops messages in the files its globs match, and only there. */
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/load.js';
import { compileIgnores } from '../../src/engine/ignores.js';
import type { LintMessage } from '../../src/engine/types.js';

const message = (ruleId: string, entryId?: string): LintMessage => ({
  ruleId,
  severity: 2,
  message: 'Replace `Kraft Siberia` with `Power of Siberia`',
  line: 1,
  column: 1,
  ...(entryId ? { entryId } : {}),
});

describe('compileIgnores', () => {
  const base = defaultConfig('/articles');

  it('should pass every message through when nothing is ignored', () => {
    const messages = [message('calque')];
    expect(compileIgnores(base)('/articles/a.txt', messages)).toEqual(messages);
  });

  it('should drop the messages of a listed rule in a matching file only', () => {
    const filter = compileIgnores({ ...base, ignore: [{ files: ['translation/**'], rules: ['calque'] }] });
    const messages = [message('calque'), message('mojibake')];
    expect(filter('/articles/translation/a.txt', messages).map((kept) => kept.ruleId)).toEqual(['mojibake']);
    expect(filter('/articles/news/a.txt', messages).map((kept) => kept.ruleId)).toEqual(['calque', 'mojibake']);
  });

  it('should drop only the listed entries when entries are named', () => {
    const filter = compileIgnores({ ...base, ignore: [{ files: ['**/*.txt'], entries: ['power-of-siberia'] }] });
    const messages = [message('translated-name', 'power-of-siberia'), message('translated-name', 'nord-stream')];
    expect(filter('/articles/a.txt', messages).map((kept) => kept.entryId)).toEqual(['nord-stream']);
  });
});
