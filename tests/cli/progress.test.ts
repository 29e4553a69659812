import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/cli/progress.js';
import { resultOf } from '../../src/linter.js';
import type { LintMessage } from '../../src/engine/types.js';
import { cliPath, makeFolder, runCli } from '../helpers/cli.js';

const message: LintMessage = { ruleId: 'translated-name', severity: 2, message: 'm', line: 1, column: 1 };
const damaged = 'Gas came to China via the pipeline called Kraft Siberia.\n';

describe('progress', () => {
  it('should count files and findings, at most ten times a second, and clear its line at the end', () => {
    const written: string[] = [];
    let time = 1000;
    const progress = createProgress((text) => written.push(text), 3, () => time);
    progress.update(resultOf('a', [message]));
    time += 10;
    progress.update(resultOf('b', []));
    time += 10;
    progress.update(resultOf('c', [message, message]));
    progress.done();
    expect(written).toEqual(['\r\u001B[Klint-articles: 1/3 files, 1 finding', '\r\u001B[Klint-articles: 3/3 files, 3 findings', '\r\u001B[K']);
  });

  it('should never write progress into a pipe', () => {
    const folder = makeFolder({ 'a.txt': damaged, 'b.txt': damaged });
    const run = runCli(['--format', 'json', '.'], { cwd: folder });
    expect(run.stderr).toBe('');
  });

  const hasScript = spawnSync('sh', ['-c', 'command -v script'], { encoding: 'utf8' }).status === 0;
  it.skipIf(!hasScript)('should show progress on a terminal, and not when CI is set', () => {
    const folder = makeFolder({ 'a.txt': damaged, 'b.txt': damaged });
    // `script` gives the command a pseudo-terminal, as a person's shell would.
    const inTerminal = (ci: string) =>
      spawnSync('script', ['-qec', `"${process.execPath}" "${cliPath}" --no-color . 2>&1`, '/dev/null'], { cwd: folder, encoding: 'utf8', env: { ...process.env, CI: ci, NO_COLOR: '1' } }).stdout;
    expect(inTerminal('')).toContain('lint-articles: 2/2 files, 2 findings');
    const inCi = inTerminal('true');
    expect(inCi).toContain('2 problems');
    expect(inCi).not.toContain('2/2 files');
  });
});
