/**
 * Every format escapes what it prints: a file name or message with a line break or another control
 * character never starts a line of its own (which GitHub Actions would read as a workflow command,
 * whatever the format) and never reaches the terminal raw.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resultOf } from '../../src/linter.js';
import type { LintMessage } from '../../src/engine/types.js';
import { formatNames, loadFormatter } from '../../src/formatters/load.js';
import { formatStylish } from '../../src/formatters/stylish.js';
import { makeTemporaryFolder, runCli } from '../helpers/cli.js';

const cwd = '/work/news';
const injected = '::error file=README.md,line=1::Injected';
const hostileName = `${cwd}/story\n${injected}\u001B[31m.txt`;
const message: LintMessage = {
  ruleId: 'translated-name',
  severity: 2,
  message: `Unexpected \`Kraft Siberia\`\u001B]0;title\u0007 and\n${injected}`,
  line: 1,
  column: 1,
};

/** Lines of a report that a workflow runner would take as a command, or control characters other than line breaks and tabs. */
function dangers(output: string): string[] {
  const found = output.split(/\r?\n/).filter((line) => line.trimStart().startsWith(injected));
  if (/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/.test(output.replace(/\r\n/g, '\n'))) found.push('a raw control character');
  return found;
}

describe('escaping in every format', () => {
  for (const name of formatNames) {
    it(`should never let a file name or message start a line of its own in ${name}`, async () => {
      const format = await loadFormatter(name);
      const output = format([resultOf(hostileName, [message])], { color: false, cwd, rules: [] });
      expect(output.length).toBeGreaterThan(0);
      expect(dangers(output)).toEqual([]);
    });
  }

  it('should show the control characters of a file name as visible escapes in stylish', () => {
    const output = formatStylish([resultOf(hostileName, [message])], { color: false, cwd });
    expect(output).toContain(`story\\n${injected}\\u001B[31m.txt`);
    expect(output).toContain('Unexpected `Kraft Siberia`\\u001B]0;title\\u0007 and ::error');
  });

  it('should not inject a workflow command when stylish runs in GitHub Actions on a file named with a line break', () => {
    const folder = makeTemporaryFolder();
    try {
      writeFileSync(join(folder.path, `story\n${injected}.txt`), 'Gas came to China via the pipeline called Kraft Siberia.\n');
      const run = runCli(['.'], { cwd: folder.path, env: { GITHUB_ACTIONS: 'true', CI: 'true' } });
      expect(run.status).toBe(1);
      expect(run.stdout).toContain(`story\\n${injected}.txt`);
      expect(dangers(run.stdout)).toEqual([]);
    } finally {
      folder.remove();
    }
  });
});
