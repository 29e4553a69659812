import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../src/config/load.js';
import { countKnowledge, renderKnowledgeCounts } from '../src/docs/knowledge-counts.js';
import { renderRulesReadme } from '../src/docs/rules-readme.js';
import { createLinter } from '../src/linter.js';
import { makeFolder, runCli } from './helpers/cli.js';

const linter = createLinter(defaultConfig(process.cwd()));

describe('rules/README.md', () => {
  it('should be the README that `npm run docs` writes from the rules as they are', () => {
    const committed = readFileSync(new URL('../rules/README.md', import.meta.url), 'utf8');
    const expected = renderRulesReadme(linter.rules.map((rule) => rule.meta), linter.termbases, renderKnowledgeCounts(countKnowledge(linter.termbases)));
    expect(committed, 'rules/README.md is out of date: run `npm run docs` and commit it').toBe(expected);
  });

  it('should document every rule under an anchor equal to its docs link, and every data entry with examples', () => {
    const readme = renderRulesReadme(linter.rules.map((rule) => rule.meta), linter.termbases, renderKnowledgeCounts(countKnowledge(linter.termbases)));
    for (const rule of linter.rules) {
      expect(readme).toContain(`\n## ${rule.meta.id}\n`);
      expect(rule.meta.docsUrl.endsWith(`#${rule.meta.id}`)).toBe(true);
    }
    for (const termbase of linter.termbases) {
      for (const entry of termbase.data.entries) if (entry.examples.length > 0) expect(readme).toContain(`### ${termbase.data.id}/${entry.id}`);
    }
  });

  it('should open with the guide to adding a name and count the rows kept in rules/gazetteer/', () => {
    const readme = renderRulesReadme(linter.rules.map((rule) => rule.meta), linter.termbases, renderKnowledgeCounts(countKnowledge(linter.termbases)));
    expect(readme.indexOf('## Add a name')).toBeLessThan(readme.indexOf('| Rule |'));
    const rows = linter.termbases.find(({ data }) => data.id === 'misspelt-name')?.data.entries.filter((entry) => entry.examples.length === 0).length ?? 0;
    expect(rows).toBeGreaterThan(1000);
    expect(readme).toContain(`- Rows: ${rows} more in \`rules/gazetteer/\``);
  });
});

describe('--explain', () => {
  it("should print a rule's documentation with its examples", () => {
    const run = runCli(['--explain', 'translated-name'], { cwd: makeFolder({}) });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^## translated-name\n/);
    expect(run.stdout).toContain('Proper names that machine translation rendered word by word');
    expect(run.stdout).toContain('→ fixed: `Russian gas now reaches China through Power of Siberia.`');
    expect(run.stdout).toContain('In this configuration: error.');
  });

  it('should print one data entry, a row of rules/gazetteer/ too, by its id', () => {
    const run = runCli(['--explain', 'kristen-michal'], { cwd: makeFolder({}) });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^### misspelt-name\/kristen-michal\n/);
    expect(run.stdout).toContain('- Country: EE');
    expect(run.stdout).toContain('- Source: https://en.wikipedia.org/wiki/Kristen_Michal');
    expect(runCli(['--explain', 'translated-surname/koch'], { cwd: makeFolder({}) }).stdout).toContain('- Also an English word or surname: yes');
  });

  it('should exit 2 on an unknown rule and name the nearest one', () => {
    const run = runCli(['--explain', 'translated-nmae'], { cwd: makeFolder({}) });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/Unknown rule `translated-nmae`.*Did you mean `translated-name`\?/);
  });
});
