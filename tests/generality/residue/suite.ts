/**
 * The residue and fragment half of the generality suite: injects page furniture and foreign
 * fragments into professionally edited articles and measures what the residue and fragment rules
 * find, what their certain fix deletes exactly, and what they say about untouched copy.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyFixes } from '../../../src/engine/fix.js';
import type { Linter } from '../../../src/linter.js';
import type { LintMessage } from '../../../src/engine/types.js';
import { listRules, measuredLinter, type ListedRule } from '../measured-linter.js';
import { createRandom } from '../random.js';
import { isWantedCopy } from '../wanted-copy.js';
import type { Mechanism } from './mechanism.js';
import { residueMechanisms } from './mechanisms/index.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
export const corpusRoot = join(root, '..', 'shared', 'corpus');
export const corpusAvailable = existsSync(join(corpusRoot, 'clean'));

/** The edited articles: ../shared/corpus/clean and each dev corpus's clean/. */
export function readArticles(): Array<{ name: string; text: string }> {
  const folders = [join(corpusRoot, 'clean')];
  for (const entry of readdirSync(corpusRoot).sort()) {
    if (/^dev/u.test(entry) && existsSync(join(corpusRoot, entry, 'clean'))) folders.push(join(corpusRoot, entry, 'clean'));
  }
  const articles: Array<{ name: string; text: string }> = [];
  for (const folder of folders) {
    for (const file of readdirSync(folder).sort()) {
      if (file.endsWith('.txt')) articles.push({ name: join(folder, file), text: readFileSync(join(folder, file), 'utf8') });
    }
  }
  return articles;
}

/** The rules this half measures: every residue rule, foreign fragments, and the seams and quotes of a page. */
export const measuredRules = (id: string, category: string): boolean =>
  category === 'residue' || id === 'untranslated' || id === 'doubled-space' || id === 'quote-imbalance';

/**
 * The measured rules read no table of knowledge, so the linter is built without the gazetteer and
 * the meaning tables, the costliest to load, whose rules it would turn off anyway.
 */
export function residueLinter(): Linter {
  const measured = (rule: ListedRule): boolean => measuredRules(rule.id, rule.category);
  const fromKnowledge = listRules().filter((rule) => rule.knowledge && measured(rule));
  if (fromKnowledge.length > 0) throw new Error(`Measured rules of knowledge tables: ${fromKnowledge.map((rule) => rule.id).join(', ')}`);
  return measuredLinter(measured, { knowledge: false });
}

export interface ResidueRow {
  mechanism: string;
  /**
   * Residue whose right fix is deleting the line. A foreign fragment is not: its fix is a
   * translation the text does not give, so it is only flagged and its fix column reads `flag only`.
   */
  deletable: boolean;
  injected: number;
  found: number;
  /** Deleted exactly by the certain fix. */
  deleted: number;
  /** Deleted exactly by the fix or by the first suggestion. */
  suggested: number;
  /** Messages on the articles before injection. */
  untouched: number;
  /** Messages on injected articles outside the injected spans, beyond those of the original. */
  stray: number;
}

function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return offset + column - 1;
}

const overlaps = (message: LintMessage, text: string, start: number, end: number): boolean => {
  const from = offsetOf(text, message.line, message.column);
  const to = message.endLine === undefined ? from + 1 : offsetOf(text, message.endLine, message.endColumn ?? 1);
  return from < end && to > start;
};

function hash(text: string): number {
  let value = 2_166_136_261;
  for (let index = 0; index < text.length; index++) value = Math.imul(value ^ text.charCodeAt(index), 16_777_619);
  return value >>> 0;
}

export function runResidueSuite(options: { count?: number; seed?: number; mechanisms?: readonly Mechanism[] } = {}): ResidueRow[] {
  const count = options.count ?? 300;
  const linter = residueLinter();
  const articles = readArticles();
  const untouched = new Map<string, number>();
  const untouchedOf = (article: { name: string; text: string }): number => {
    let known = untouched.get(article.name);
    if (known === undefined) {
      known = linter.lintText(article.text, article.name).messages.length;
      untouched.set(article.name, known);
    }
    return known;
  };
  const rows: ResidueRow[] = [];
  for (const mechanism of options.mechanisms ?? residueMechanisms) {
    const random = createRandom((options.seed ?? 20_261_203) ^ hash(mechanism.name));
    const row: ResidueRow = { mechanism: mechanism.name, deletable: mechanism.deletable, injected: 0, found: 0, deleted: 0, suggested: 0, untouched: 0, stray: 0 };
    const seen = new Set<string>();
    for (let index = 0; index < count; index++) {
      const article = random.pick(articles);
      const before = untouchedOf(article);
      if (!seen.has(article.name)) {
        seen.add(article.name);
        row.untouched += before;
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
        const fixes = hits.flatMap((message) => (message.fix ? [message.fix] : []));
        const deleted = fixes.length > 0 && isWanted(applyFixes(injection.text, fixes).output);
        if (deleted) row.deleted++;
        const edits = hits.flatMap((message) => [message.fix, message.suggestions?.[0]?.fix].filter((edit) => edit !== undefined));
        if (deleted || edits.some((edit) => isWanted(applyFixes(injection.text, [edit]).output))) row.suggested++;
      }
      row.stray += Math.max(0, outside - before);
    }
    rows.push(row);
  }
  return rows;
}

const percent = (part: number, whole: number): string => (whole === 0 ? '-' : `${Math.round((part / whole) * 100)}%`);

export function formatResidueTable(rows: readonly ResidueRow[]): string {
  const header = ['mechanism', 'injected', 'found', 'deleted by fix', 'fix or suggestion', 'untouched msgs', 'stray msgs'];
  const lines = rows.map((row) => [
    row.mechanism,
    String(row.injected),
    `${row.found} (${percent(row.found, row.injected)})`,
    row.deletable ? `${row.deleted} (${percent(row.deleted, row.injected)})` : `flag only (${row.deleted})`,
    `${row.suggested} (${percent(row.suggested, row.injected)})`,
    String(row.untouched),
    String(row.stray),
  ]);
  const widths = header.map((cell, column) => Math.max(cell.length, ...lines.map((line) => (line[column] ?? '').length)));
  const format = (cells: string[]): string => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ');
  return ['Residue and fragment mechanisms', format(header), format(widths.map((width) => '-'.repeat(width))), ...lines.map(format)].join('\n');
}
