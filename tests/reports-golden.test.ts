/**
 * The reports golden: the JSON report and the `--fix-dry-run` report of the seeds, the development
 * corpus (mt and clean) and a fixed sample of 300 benchmark articles, compared byte for byte with
 * the reports made before the source was reorganised. Each file is one line of
 * tests/golden/reports/<set>.tsv: its name, the SHA-256 (first 16 hex digits) of its JSON result
 * and of its fix-dry-run result, and where each message points (`rule@line:column`). Digests keep
 * corpus text out of the repository while any change to a byte of a report still fails.
 *
 * A change of behaviour changes these lines: `UPDATE_GOLDEN=1 npx vitest run --config
 * tests/vitest.config.ts tests/reports-golden.test.ts` rewrites them, and `git diff tests/golden/reports`
 * shows which files and messages moved; read that diff before committing it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../src/config/load.js';
import { createLinter } from '../src/linter.js';
import type { LintResult } from '../src/engine/types.js';
import { formatJson } from '../src/formatters/json.js';

const root = new URL('../', import.meta.url);
const goldenFolder = new URL('tests/golden/reports/', root);
const update = process.env.UPDATE_GOLDEN === '1';
const linter = createLinter(defaultConfig(process.cwd()));

interface Article {
  name: string;
  text: string;
}

function folder(url: URL): Article[] {
  return readdirSync(url)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(new URL(name, url), 'utf8') }));
}

function benchSample(): Article[] {
  const lines = gunzipSync(readFileSync(new URL('tests/golden/bench-sample.ndjson.gz', root))).toString('utf8').split('\n').filter(Boolean);
  return lines.map((line) => {
    const { id, text } = JSON.parse(line) as { id: string; text: string };
    return { name: id, text };
  });
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

function lineOf(article: Article): string {
  const report: LintResult = linter.lintText(article.text, article.name);
  const fixed: LintResult = linter.fixText(article.text, article.name);
  const where = report.messages.map((message) => `${message.ruleId ?? ''}@${message.line}:${message.column}${message.fix ? '!' : message.suggestions ? '?' : ''}`);
  return [article.name, digest(formatJson([report])), digest(formatJson([fixed])), where.join(' ')].join('\t');
}

const devFolder = new URL('../shared/corpus/dev/', root);
const sets: Array<{ name: string; articles: () => Article[]; present: boolean }> = [
  { name: 'seeds', articles: () => folder(new URL('seeds/', root)), present: true },
  { name: 'dev-mt', articles: () => folder(new URL('mt/', devFolder)), present: existsSync(devFolder) },
  { name: 'dev-clean', articles: () => folder(new URL('clean/', devFolder)), present: existsSync(devFolder) },
  { name: 'bench-sample', articles: benchSample, present: true },
];

describe('reports golden', () => {
  for (const set of sets) {
    // The development corpus is beside the clone (../shared) in CI and on every desk that works on detection.
    it.skipIf(!set.present)(`should report and fix the ${set.name} articles byte for byte as reviewed`, () => {
      const actual = `${set.articles().map(lineOf).join('\n')}\n`;
      const url = new URL(`${set.name}.tsv`, goldenFolder);
      if (update || !existsSync(url)) {
        mkdirSync(goldenFolder, { recursive: true });
        writeFileSync(url, actual);
      }
      expect(actual).toBe(readFileSync(url, 'utf8'));
    });
  }
});
