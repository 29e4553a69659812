/**
 * The generality suite: injects every mechanism's artifacts into professionally edited articles
 * and measures what the names rules find and restore, and what they say about untouched copy.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyFixes } from '../../src/engine/fix.js';
import type { Linter } from '../../src/linter.js';
import type { LintMessage } from '../../src/engine/types.js';
import type { Mechanism } from './mechanism.js';
import { measuredLinter } from './measured-linter.js';
import { mechanisms as registered } from './mechanisms/index.js';
import { createRandom } from './random.js';
import { isWantedCopy } from './wanted-copy.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const corpusRoot = join(root, '..', 'shared', 'corpus');
export const corpusAvailable = existsSync(join(corpusRoot, 'clean'));

/** The edited articles: ../shared/corpus/clean and each dev corpus's clean/. */
export function readArticles(): Array<{ name: string; text: string }> {
  const folders = [join(corpusRoot, 'clean')];
  for (const entry of readdirSync(corpusRoot)) {
    if (/^dev/u.test(entry) && existsSync(join(corpusRoot, entry, 'clean'))) folders.push(join(corpusRoot, entry, 'clean'));
  }
  const articles: Array<{ name: string; text: string }> = [];
  for (const folder of folders) {
    for (const file of readdirSync(folder).sort()) {
      if (!file.endsWith('.txt')) continue;
      articles.push({ name: join(folder, file), text: readFileSync(join(folder, file), 'utf8') });
    }
  }
  return articles;
}

export interface MechanismRow {
  mechanism: string;
  injected: number;
  found: number;
  restored: number;
  /** Messages of the names-model rules on the articles before injection. */
  untouched: number;
  /** Messages of every names rule (the closed-list tables too) on the articles before injection. */
  untouchedAll: number;
  /** Names messages on injected articles outside the injected artifacts, beyond those of the original. */
  stray: number;
}

export interface SuiteOptions {
  /** Artifacts per mechanism. */
  count?: number;
  seed?: number;
  /** Run the names rules without the gazetteer and the meaning tables. */
  withoutKnowledge?: boolean;
  mechanisms?: readonly Mechanism[];
}

/** A linter with the names rules alone: the suite measures them, and the others cost time. */
export function namesLinter(withoutKnowledge: boolean): Linter {
  return measuredLinter((rule) => rule.category === 'names', { knowledge: !withoutKnowledge });
}

/** The rules of the names model, which the mechanisms exercise. */
const modelRules = new Set(['name-variant', 'name-case-ending', 'name-casing', 'name-meaning']);

const overlaps = (message: LintMessage, text: string, start: number, end: number): boolean => {
  const from = offsetOf(text, message.line, message.column);
  const to = message.endLine === undefined ? from + 1 : offsetOf(text, message.endLine, message.endColumn ?? 1);
  return from < end && to > start;
};

function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return offset + column - 1;
}

export function runSuite(options: SuiteOptions = {}): MechanismRow[] {
  const count = options.count ?? 300;
  const linter = namesLinter(options.withoutKnowledge === true);
  const articles = readArticles().filter((article) => article.text.split(/\s+/u).length >= 80);
  const untouchedByArticle = new Map<string, { all: number; model: number }>();
  const untouchedOf = (article: { name: string; text: string }): { all: number; model: number } => {
    let known = untouchedByArticle.get(article.name);
    if (known === undefined) {
      const messages = linter.lintText(article.text, article.name).messages;
      known = { all: messages.length, model: messages.filter((message) => modelRules.has(message.ruleId ?? '')).length };
      untouchedByArticle.set(article.name, known);
    }
    return known;
  };
  const rows: MechanismRow[] = [];
  for (const mechanism of options.mechanisms ?? registered) {
    const random = createRandom((options.seed ?? 20_261_203) ^ hash(mechanism.name));
    const row: MechanismRow = { mechanism: mechanism.name, injected: 0, found: 0, restored: 0, untouched: 0, untouchedAll: 0, stray: 0 };
    const seen = new Set<string>();
    for (let index = 0; index < count; index++) {
      const article = random.pick(articles);
      const before = untouchedOf(article);
      if (!seen.has(article.name)) {
        seen.add(article.name);
        row.untouched += before.model;
        row.untouchedAll += before.all;
      }
      const injection = mechanism.inject(article.text, random);
      const messages = linter.lintText(injection.text, article.name).messages;
      let outside = messages.length;
      for (const span of injection.expected) {
        row.injected++;
        const hits = messages.filter((message) => overlaps(message, injection.text, span.start, span.end));
        outside -= hits.length;
        if (hits.length === 0) continue;
        row.found++;
        const isWanted = isWantedCopy(injection.text.slice(0, span.start) + span.fix + injection.text.slice(span.end));
        const restored = hits.some((message) => {
          const edit = message.fix ?? message.suggestions?.[0]?.fix;
          return edit !== undefined && isWanted(applyFixes(injection.text, [edit]).output);
        });
        if (restored) row.restored++;
      }
      row.stray += Math.max(0, outside - before.all);
    }
    rows.push(row);
  }
  return rows;
}

function hash(text: string): number {
  let value = 2_166_136_261;
  for (let index = 0; index < text.length; index++) value = Math.imul(value ^ text.charCodeAt(index), 16_777_619);
  return value >>> 0;
}

const percent = (part: number, whole: number): string => (whole === 0 ? '-' : `${Math.round((part / whole) * 100)}%`);

export function formatTable(rows: readonly MechanismRow[], title: string): string {
  const header = ['mechanism', 'injected', 'found', 'restored', 'untouched msgs', 'all names rules', 'stray msgs'];
  const lines = rows.map((row) => [
    row.mechanism,
    String(row.injected),
    `${row.found} (${percent(row.found, row.injected)})`,
    `${row.restored} (${percent(row.restored, row.injected)})`,
    String(row.untouched),
    String(row.untouchedAll),
    String(row.stray),
  ]);
  const widths = header.map((cell, column) => Math.max(cell.length, ...lines.map((line) => (line[column] ?? '').length)));
  const format = (cells: string[]): string => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ');
  return [title, format(header), format(widths.map((width) => '-'.repeat(width))), ...lines.map(format)].join('\n');
}
