import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/load.js';
import { createLinter } from '../../src/linter.js';
import { formatSarif } from '../../src/formatters/sarif.js';
import { contextFor, lintedFixture, trickyResults } from '../helpers/format-fixtures.js';

const require = createRequire(import.meta.url);
const schemaPath = join(require.resolve('@microsoft/jest-sarif/package.json'), '..', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json');
const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
// The official schema is draft-04 (`id`, boolean exclusiveMinimum), which only ajv-draft-04 reads.
// Its language-tag pattern has a stray `]` that is an error under the u flag, hence unicodeRegExp.
const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
ajv.addFormat('uri', (value: string) => URL.canParse(value));
ajv.addFormat('uri-reference', (value: string) => URL.canParse(value, 'file:///base/'));
ajv.addFormat('date-time', (value: string) => !Number.isNaN(Date.parse(value)));
const validate = ajv.compile(schema);

interface SarifRun {
  tool: { driver: { name: string; version?: string; informationUri: string; rules: Array<{ id: string; helpUri: string; shortDescription: { text: string } }> } };
  columnKind: string;
  results: Array<{
    ruleId: string;
    ruleIndex: number;
    level: string;
    locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, number> } }>;
    fixes?: Array<{ artifactChanges: Array<{ replacements: Array<{ deletedRegion: { charOffset: number; charLength: number }; insertedContent: { text: string } }> }> }>;
  }>;
  invocations: Array<{ toolExecutionNotifications?: unknown[] }>;
}

function runOf(text: string): SarifRun {
  const log = JSON.parse(text) as { version: string; runs: SarifRun[] };
  expect(log.version).toBe('2.1.0');
  const run = log.runs[0];
  if (!run) throw new Error('no run');
  return run;
}

describe('sarif formatter', () => {
  it('should produce SARIF for the seeds that the official 2.1.0 schema accepts', () => {
    const seeds = join(import.meta.dirname, '..', '..', 'seeds');
    const linter = createLinter(defaultConfig(seeds));
    const results = readdirSync(seeds).sort().map((name) => linter.lintText(readFileSync(join(seeds, name), 'utf8'), join(seeds, name)));
    const text = formatSarif(results, { color: false, cwd: join(seeds, '..'), toolVersion: '0.1.0', rules: linter.rules.map((rule) => rule.meta) });
    const valid = validate(JSON.parse(text));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    const run = runOf(text);
    expect(run.results.length).toBe(results.reduce((sum, result) => sum + result.messages.length, 0));
    for (const result of run.results) expect(result.locations[0]?.physicalLocation.artifactLocation.uri).toMatch(/^seeds\/[^/]+\.txt$/);
  });

  it('should describe the rules and point each result at its rule', () => {
    const { result, linter } = lintedFixture();
    const run = runOf(formatSarif([result], contextFor(linter)));
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.tool.driver.name).toBe('lint-articles');
    expect(run.tool.driver.version).toBe('0.1.0');
    const rule = run.tool.driver.rules.find((candidate) => candidate.id === 'translated-name');
    expect(rule?.helpUri).toMatch(/#translated-name$/);
    expect(rule?.shortDescription.text).toBe('Proper names that machine translation rendered word by word');
    const first = run.results[0];
    expect(first?.ruleId).toBe('translated-name');
    expect(run.tool.driver.rules[first?.ruleIndex ?? -1]?.id).toBe('translated-name');
    expect(first?.level).toBe('error');
    expect(first?.locations[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'articles/pipeline.txt', uriBaseId: '%SRCROOT%' },
      region: { startLine: 1, startColumn: 43, endLine: 1, endColumn: 56 },
    });
    expect(first?.fixes?.[0]?.artifactChanges[0]?.replacements[0]).toEqual({ deletedRegion: { charOffset: 42, charLength: 13 }, insertedContent: { text: 'Power of Siberia' } });
  });

  it('should stay schema-valid with suggestions, odd file names and unreadable files', () => {
    const text = formatSarif(trickyResults(), contextFor());
    expect(validate(JSON.parse(text))).toBe(true);
    const run = runOf(text);
    expect(run.results).toHaveLength(2);
    expect(run.results[0]?.locations[0]?.physicalLocation.artifactLocation.uri).toBe('articles/a%2C%20b%3Ac%25.txt');
    expect(run.results.find((result) => result.level === 'warning')?.fixes).toHaveLength(2);
    expect(run.invocations[0]?.toolExecutionNotifications).toHaveLength(1);
  });

  it('should give every rule a full description and help in text and Markdown, as code scanning shows them', () => {
    const linter = createLinter(defaultConfig(process.cwd()));
    const log = JSON.parse(formatSarif([], { color: false, cwd: process.cwd(), rules: linter.rules.map((rule) => rule.meta) })) as {
      runs: Array<{ tool: { driver: { rules: Array<{ id: string; shortDescription: { text: string }; fullDescription: { text: string }; help: { text: string; markdown: string }; helpUri: string }> } } }>;
    };
    const rules = log.runs[0]?.tool.driver.rules ?? [];
    expect(rules.length).toBe(linter.rules.length);
    for (const rule of rules) {
      expect(rule.fullDescription.text.startsWith(rule.shortDescription.text)).toBe(true);
      expect(rule.fullDescription.text.length).toBeGreaterThan(rule.shortDescription.text.length);
      expect(rule.help.text).toContain(`lint-articles-disable-next-line ${rule.id}`);
      expect(rule.help.markdown).toContain(`](${rule.helpUri})`);
    }
  });
});
