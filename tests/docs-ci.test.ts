/** The CI examples in docs/ci run as written: every `npx lint-articles …` line, on real files. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeFolder, runCli } from './helpers/cli.js';

const docs = new URL('../docs/ci/', import.meta.url);
const articles = {
  'articles/gas.txt': 'Gas came to China via the pipeline called Kraft Siberia.\n',
  'articles/talks.md': '# Talks\n\nTalks in Kyiv began. Officials in Kiev said they would go on.\n',
  'articles/clean.txt': 'Gas came to China via the Power of Siberia pipeline.\n',
};

function commandsIn(file: string): string[][] {
  const text = readFileSync(new URL(file, docs), 'utf8');
  return [...text.matchAll(/npx lint-articles ([^|\n#]+)/g)].map((match) => (match[1] ?? '').trim().split(/\s+/));
}

describe.each(readdirSync(docs).filter((name) => name.endsWith('.yml')))('docs/ci/%s', (file) => {
  it('should run every lint-articles command it shows and produce its report', () => {
    const commands = commandsIn(file);
    expect(commands.length).toBeGreaterThan(0);
    for (const args of commands) {
      const folder = makeFolder(articles);
      const summary = join(folder, 'step-summary.md');
      const run = runCli(args, { cwd: folder, env: { GITHUB_STEP_SUMMARY: summary } });
      expect(run.stderr, args.join(' ')).toBe('');
      expect(run.status, args.join(' ')).toBe(1);
      const outputIndex = args.indexOf('--output-file');
      const format = args[args.indexOf('--format') + 1];
      if (outputIndex >= 0) {
        const report = readFileSync(join(folder, args[outputIndex + 1] ?? ''), 'utf8');
        if (format === 'junit') expect(report).toMatch(/^<\?xml[^]*<testsuites>/);
        else expect(JSON.parse(report)).toBeTruthy();
      } else {
        expect(run.stdout).toMatch(/^::error file=articles\/gas\.txt,line=1,/m);
      }
      expect(existsSync(summary)).toBe(format === 'github');
    }
  });
});
