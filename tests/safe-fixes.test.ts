/**
 * `--fix` never loses a word: it keeps the BOM, the line breaks and the mode, writes nothing that
 * did not change, never overwrites an edit made while it ran, and a run killed at any moment or
 * racing another run leaves each file either untouched or correctly fixed.
 */
import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultConfig } from '../src/config/load.js';
import { createLinter } from '../src/linter.js';
import { collectFiles, readArticle, removeStaleTemporaryFiles, writeArticleAtomically } from '../src/node/files.js';
import { makeTemporaryFolder, runCli, startCli } from './helpers/cli.js';

const linter = createLinter(defaultConfig(process.cwd()));
let folder: { path: string; remove: () => void };
let dir: string;

beforeEach(() => {
  folder = makeTemporaryFolder();
  dir = folder.path;
});

afterEach(() => {
  folder.remove();
});

function temporaryFiles(directory: string): string[] {
  return readdirSync(directory).filter((name) => name.endsWith('.tmp'));
}

/** An article of a few kilobytes with `wrong` sentences among correct ones. */
function article(index: number): string {
  const lines: string[] = [];
  for (let line = 0; line < 40; line++) {
    lines.push(
      (index + line) % 7 === 0
        ? `Paragraph ${line}: gas came to China via the pipeline called Kraft Siberia, officials said.`
        : `Paragraph ${line}: the minister said on Monday that talks on file ${index} would continue.`,
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

function fixedArticle(text: string): string {
  return linter.fixText(text, 'article.txt').output ?? text;
}

function sleep(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

describe('safe fixes', () => {
  it('should keep a UTF-8 byte order mark, CRLF line breaks and the file mode', () => {
    const path = join(dir, 'story.txt');
    writeFileSync(path, `\ufeffFirst line.\r\nGas came via Kraft Siberia.\r\nLast line.\r\n`);
    chmodSync(path, 0o640);
    const run = runCli(['--fix', 'story.txt'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(readFileSync(path).equals(Buffer.from(`\ufeffFirst line.\r\nGas came via Power of Siberia.\r\nLast line.\r\n`))).toBe(true);
    expect(statSync(path).mode & 0o777).toBe(0o640);
    expect(temporaryFiles(dir)).toEqual([]);
  });

  it('should not write a file that needs no fix, leaving its modification time alone', () => {
    const path = join(dir, 'clean.txt');
    writeFileSync(path, 'Gas flows through the Power of Siberia pipeline.\n');
    const before = statSync(path, { bigint: true }).mtimeNs;
    const run = runCli(['--fix', 'clean.txt'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(statSync(path, { bigint: true }).mtimeNs).toBe(before);
  });

  it('should not overwrite a file that changed on disk after it was read', () => {
    const path = join(dir, 'story.txt');
    writeFileSync(path, 'Gas came via Kraft Siberia.\n');
    const read = readArticle(path, 1024);
    if (read.kind !== 'text') throw new Error('not read');
    const edited = 'An editor saved this while the fix was computed.\n';
    const failure = writeArticleAtomically({
      path,
      text: 'Gas came via Power of Siberia.\n',
      bom: read.bom,
      encoding: read.encoding,
      original: read.bytes,
      beforeCompare: () => writeFileSync(path, edited),
    });
    expect(failure).toBe('File changed on disk while it was being linted; fix not written');
    expect(readFileSync(path, 'utf8')).toBe(edited);
    expect(temporaryFiles(dir)).toEqual([]);
  });

  it('should count a file that another run fixed the same way as written', () => {
    const path = join(dir, 'story.txt');
    writeFileSync(path, 'Gas came via Kraft Siberia.\n');
    const read = readArticle(path, 1024);
    if (read.kind !== 'text') throw new Error('not read');
    const fixed = 'Gas came via Power of Siberia.\n';
    const failure = writeArticleAtomically({ path, text: fixed, bom: false, encoding: 'utf8', original: read.bytes, beforeCompare: () => writeFileSync(path, fixed) });
    expect(failure).toBeUndefined();
    expect(readFileSync(path, 'utf8')).toBe(fixed);
    expect(temporaryFiles(dir)).toEqual([]);
  });

  it('should leave every file correctly fixed when two runs fix the same files at once', async () => {
    const texts = Array.from({ length: 60 }, (_, index) => article(index));
    for (let round = 0; round < 3; round++) {
      texts.forEach((text, index) => writeFileSync(join(dir, `article-${index}.txt`), text));
      const runs = [startCli(['--fix', '.'], dir), startCli(['--fix', '.'], dir)];
      await Promise.all(runs.map((run) => run.exited));
      texts.forEach((text, index) => {
        expect(readFileSync(join(dir, `article-${index}.txt`), 'utf8'), `article-${index}.txt, round ${round}`).toBe(fixedArticle(text));
      });
      expect(temporaryFiles(dir)).toEqual([]);
    }
  });

  it('should leave each file untouched or correctly fixed when a run is killed at any moment', async () => {
    const count = 100;
    const texts = Array.from({ length: count }, (_, index) => article(index).repeat(2));
    const fixed = texts.map(fixedArticle);
    const names = texts.map((_, index) => `article-${String(index).padStart(3, '0')}.txt`);
    const reset = (): void => texts.forEach((text, index) => writeFileSync(join(dir, names[index] ?? ''), text));

    // How long a whole run takes, so that the kills land anywhere in it.
    reset();
    const started = Date.now();
    await startCli(['--fix', '.'], dir).exited;
    const duration = Date.now() - started;

    const delays: number[] = [];
    for (let round = 0; round < 20; round++) {
      reset();
      const delay = Math.floor(Math.random() * duration);
      delays.push(delay);
      const run = startCli(['--fix', '.'], dir);
      await sleep(delay);
      run.child.kill('SIGKILL');
      await run.exited;
      names.forEach((name, index) => {
        const now = readFileSync(join(dir, name), 'utf8');
        expect([texts[index], fixed[index]], `${name} after a kill at ${delay} ms (delays ${delays.join(', ')})`).toContain(now);
      });
      // Temporary files a kill left are hidden: a folder run never lints them as articles.
      const listed = collectFiles(['.'], { cwd: dir, files: linter.config.files, ignores: [], baseDirectory: dir });
      expect(listed).toEqual(names.map((name) => join(dir, name)));
    }

    // The next run finishes the job and clears what killed runs left behind.
    const finish = runCli(['--fix', '.'], { cwd: dir });
    expect(finish.status).toBe(0);
    names.forEach((name, index) => expect(readFileSync(join(dir, name), 'utf8')).toBe(fixed[index]));
    expect(temporaryFiles(dir)).toEqual([]);
  }, 300_000);

  it('should remove only temporary files whose process is gone', () => {
    const gone = '.lint-articles-999999999-0123456789abcdef.tmp';
    const mine = `.lint-articles-${process.pid}-0123456789abcdef.tmp`;
    writeFileSync(join(dir, gone), 'half a fix');
    writeFileSync(join(dir, mine), 'a fix being written');
    writeFileSync(join(dir, 'story.txt'), 'text');
    expect(removeStaleTemporaryFiles(dir)).toEqual([gone]);
    expect(readdirSync(dir).sort()).toEqual([mine, 'story.txt'].sort());
  });
});
