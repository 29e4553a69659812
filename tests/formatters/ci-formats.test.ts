import { describe, expect, it } from 'vitest';
import { resultOf } from '../../src/linter.js';
import { formatCheckstyle } from '../../src/formatters/checkstyle.js';
import { formatGitlab } from '../../src/formatters/gitlab.js';
import { formatJunit } from '../../src/formatters/junit.js';
import { formatRdjson } from '../../src/formatters/rdjson.js';
import { contextFor, fixtureCwd, lintedFixture, pipelineText, trickyMessage, trickyResults } from '../helpers/format-fixtures.js';

/** The XML reader's side: the value of one attribute with its entities undone. */
function attributes(xml: string, element: string, name: string): string[] {
  const values: string[] = [];
  for (const match of xml.matchAll(new RegExp(`<${element}\\b[^>]*?\\s${name}="([^"]*)"`, 'g'))) {
    values.push(
      (match[1] ?? '').replace(/&(lt|gt|quot|apos|amp|#\d+);/g, (_entity, code: string) =>
        code.startsWith('#') ? String.fromCharCode(Number(code.slice(1))) : (({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[code] ?? ''),
      ),
    );
  }
  return values;
}

/** What XML 1.0 can carry: no raw `<` or `&` outside markup, no control characters. */
function expectWellFormedText(xml: string): void {
  expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  expect(xml.replace(/<[^>]*>/g, '')).not.toMatch(/<|&(?!(lt|gt|quot|apos|amp|#\d+);)/);
}

const visibleTricky = trickyMessage.replace('\u0001', '\\u0001');

describe('rdjson formatter', () => {
  it('should convert columns to UTF-8 bytes and fixes to suggestions when the text is known', () => {
    const path = `${fixtureCwd}/articles/pipeline.txt`;
    const text = `“Q” ${pipelineText}`;
    const { linter } = lintedFixture();
    const result = linter.lintText(text, path);
    const report = JSON.parse(formatRdjson([result], contextFor(linter, new Map([[path, text]])))) as {
      source: { name: string };
      diagnostics: Array<{ location: { path: string; range: { start: { line: number; column: number } } }; severity: string; code: { value: string }; suggestions: Array<{ range: { start: { column: number }; end: { column: number } }; text: string }> }>;
    };
    expect(report.source.name).toBe('lint-articles');
    const diagnostic = report.diagnostics[0];
    expect(diagnostic?.severity).toBe('ERROR');
    expect(diagnostic?.code.value).toBe('translated-name');
    expect(diagnostic?.location.path).toBe('articles/pipeline.txt');
    // `“Q” ` is 4 UTF-16 units but 8 UTF-8 bytes before the sentence starts.
    expect(result.messages[0]?.column).toBe(47);
    expect(diagnostic?.location.range.start.column).toBe(51);
    expect(diagnostic?.suggestions[0]).toEqual({ range: { start: { line: 1, column: 51 }, end: { line: 1, column: 64 } }, text: 'Power of Siberia' });
  });

  it('should keep every message, with suggestions only when the text is known', () => {
    const report = JSON.parse(formatRdjson(trickyResults(), contextFor())) as { diagnostics: Array<{ message: string; severity: string; suggestions?: unknown[] }> };
    expect(report.diagnostics.map((diagnostic) => diagnostic.severity)).toEqual(['WARNING', 'ERROR', 'ERROR']);
    expect(report.diagnostics[1]?.message.startsWith(trickyMessage)).toBe(true);
    expect(report.diagnostics.every((diagnostic) => diagnostic.suggestions === undefined)).toBe(true);
  });
});

describe('gitlab formatter', () => {
  it('should report Code Quality issues with path, line and severity', () => {
    const { result } = lintedFixture();
    const issues = JSON.parse(formatGitlab([result], contextFor())) as Array<Record<string, unknown>>;
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      check_name: 'translated-name',
      severity: 'major',
      location: { path: 'articles/pipeline.txt', lines: { begin: 1 } },
    });
    expect(String(issues[0]?.description)).toMatch(/^Replace `Kraft Siberia` with `Power of Siberia`/);
    expect(issues[0]?.fingerprint).toMatch(/^[0-9a-f]{32}$/);
  });

  it('should keep a fingerprint when lines move and tell repeated findings apart', () => {
    const { linter } = lintedFixture();
    const path = `${fixtureCwd}/a.txt`;
    const fingerprints = (text: string) => (JSON.parse(formatGitlab([linter.lintText(text, path)], contextFor())) as Array<{ fingerprint: string }>).map((issue) => issue.fingerprint);
    const once = fingerprints(pipelineText);
    const moved = fingerprints(`A new first paragraph.\n\n${pipelineText}`);
    const twice = fingerprints(`${pipelineText}Kraft Siberia again.\n`);
    expect(moved).toEqual(once);
    expect(twice[0]).toBe(once[0]);
    expect(new Set(twice).size).toBe(2);
  });

  it('should give a fatal file problem the critical severity', () => {
    const issues = JSON.parse(formatGitlab([resultOf(`${fixtureCwd}/x.txt`, trickyResults()[1]?.messages ?? [])], contextFor())) as Array<{ severity: string; check_name: string }>;
    expect(issues).toEqual([expect.objectContaining({ severity: 'critical', check_name: 'lint-articles' })]);
  });
});

describe('checkstyle formatter', () => {
  it('should escape every attribute and keep the message readable', () => {
    const xml = formatCheckstyle(trickyResults(), contextFor());
    expectWellFormedText(xml);
    expect(attributes(xml, 'file', 'name')).toEqual(['articles/a, b:c%.txt', 'articles/locked.txt', 'articles/clean.txt']);
    expect(attributes(xml, 'error', 'message')).toContain(`${visibleTricky} (translated-name)`);
    expect(attributes(xml, 'error', 'severity')).toEqual(['warning', 'error', 'error']);
    expect(attributes(xml, 'error', 'source')).toEqual(['lint-articles.translated-name', 'lint-articles.translated-name', 'lint-articles']);
  });
});

describe('junit formatter', () => {
  it('should make a suite per article and a failing case per message, all escaped', () => {
    const xml = formatJunit(trickyResults(), contextFor());
    expectWellFormedText(xml);
    expect(attributes(xml, 'testsuite', 'name')).toEqual(['articles/a, b:c%.txt', 'articles/locked.txt', 'articles/clean.txt']);
    expect(attributes(xml, 'testsuite', 'tests')).toEqual(['2', '1', '1']);
    expect(attributes(xml, 'error', 'message')).toEqual([visibleTricky, 'Cannot read file: Permission denied (EACCES)']);
    expect(attributes(xml, 'failure', 'message')).toEqual(['Unexpected `x`, expected `y`']);
    expect(xml).toContain('line 2, col 3, Error - Unexpected `50%` in &quot;a: b, c&quot;');
  });
});
