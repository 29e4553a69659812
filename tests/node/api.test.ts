/** The top-level API as ESLint and textlint users call it: lintText, fixText, lintFiles, outputFixes, loadFormatter. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixText, lintFiles, lintText, loadFormatter, outputFixes } from '../../src/index.js';
import { makeFolder } from '../helpers/cli.js';

const damaged = 'Gas came to the coast through the pipeline called Kraft Siberia.\n';
const fixed = 'Gas came to the coast through the pipeline called Power of Siberia.\n';

describe('the top-level API', () => {
  it('should lint a text into one result with line and column, as ESLint does', async () => {
    const [result] = await lintText(damaged, { filePath: 'story.txt', useConfigFile: false });
    expect(result?.messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([['translated-name', 1, 51]]);
  });

  it('should read the .linterrc.json found from cwd', async () => {
    const folder = makeFolder({ '.linterrc.json': JSON.stringify({ rules: { 'translated-name': 'off' } }) });
    const [result] = await lintText(damaged, { cwd: folder });
    expect(result?.messages).toEqual([]);
  });

  it('should give the fixed text as output from fixText', async () => {
    const [result] = await fixText(damaged, { useConfigFile: false });
    expect(result?.output).toBe(fixed);
  });

  it('should lint and fix a Markdown text by its file name, its code left as written', async () => {
    const markdown = '# Pipes\n\nGas came through the pipeline called Kraft Siberia, not `Kraft Siberia`.\n';
    const [linted] = await lintText(markdown, { filePath: 'story.md', useConfigFile: false });
    expect(linted?.messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([['translated-name', 3, 38]]);
    const [result] = await fixText(markdown, { filePath: 'story.md', useConfigFile: false });
    expect(result?.output).toBe('# Pipes\n\nGas came through the pipeline called Power of Siberia, not `Kraft Siberia`.\n');
  });

  it('should compute fixes in lintFiles without writing, and write them with outputFixes', async () => {
    const folder = makeFolder({ 'articles/a.txt': damaged, 'articles/b.md': 'Plain words.\n' });
    const results = await lintFiles(['articles'], { cwd: folder, fix: true });
    expect(results.map((result) => [result.filePath.slice(folder.length), result.output])).toEqual([
      ['/articles/a.txt', fixed],
      ['/articles/b.md', undefined],
    ]);
    expect(readFileSync(join(folder, 'articles/a.txt'), 'utf8')).toBe(damaged);
    await outputFixes(results);
    expect(readFileSync(join(folder, 'articles/a.txt'), 'utf8')).toBe(fixed);
  });

  it('should not overwrite a file that changed after lintFiles read it, and say so', async () => {
    const folder = makeFolder({ 'a.txt': damaged });
    const results = await lintFiles('a.txt', { cwd: folder, fix: true });
    writeFileSync(join(folder, 'a.txt'), `${damaged}An editor added this line.\n`);
    await expect(outputFixes(results)).rejects.toThrow(/a\.txt: File changed on disk while it was being linted; fix not written/);
    expect(readFileSync(join(folder, 'a.txt'), 'utf8')).toContain('An editor added this line.');
  });

  it('should return a warning result for a named file that is ignored', async () => {
    const folder = makeFolder({ '.linterrc.json': JSON.stringify({ ignores: ['archive/**'] }), 'archive/a.txt': damaged });
    const [result] = await lintFiles(['archive/a.txt'], { cwd: folder });
    expect(result?.messages.map((message) => [message.severity, message.message])).toEqual([[1, 'File ignored because it matches `archive/**`; not linted. Lint it with `ignore: false`']]);
    const [linted] = await lintFiles(['archive/a.txt'], { cwd: folder, ignore: false });
    expect(linted?.errorCount).toBe(1);
  });

  it('should format results with a formatter loaded by name', async () => {
    const folder = makeFolder({ 'a.txt': damaged });
    const results = await lintFiles(['a.txt'], { cwd: folder });
    const formatter = await loadFormatter('stylish', { cwd: folder });
    expect(formatter.format(results)).toContain('1:51  error  Replace `Kraft Siberia` with `Power of Siberia`  translated-name');
  });

  it('should refuse an unknown format by name with the known ones', async () => {
    await expect(loadFormatter('stylsh')).rejects.toThrow(/Unknown format `stylsh`.*stylish/);
  });
});
