/**
 * The rows of rules/given-names/: foreign given names with the English counterparts machine
 * translation puts in their place (Pierre: Peter, Jürgen: George). Each row is tried in sentences of
 * our own: the person introduced by the foreign given name, then the English counterpart with the
 * same surname. The rule must offer the foreign name back, and stay silent where the article never
 * names the person with the foreign form.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDataRule } from '../../src/kinds/index.js';
import { loadTermbases } from '../../src/termbase/load.js';
import type { TermbaseEntry } from '../../src/termbase/types.js';
import { lintWith } from '../helpers/rule-tester.js';

const folder = new URL('../../rules/given-names/', import.meta.url);
const files = readdirSync(folder).filter((name) => name.endsWith('.json'));
const rows: TermbaseEntry[] = files.flatMap((name) => (JSON.parse(readFileSync(new URL(name, folder), 'utf8')) as { rows: TermbaseEntry[] }).rows);
const termbase = loadTermbases().find((loaded) => loaded.data.id === 'translated-given-name');
if (!termbase) throw new Error('rules/translated-given-name.json is missing');
const rule = createDataRule(termbase);

describe('rules/given-names rows', () => {
  it('should be loaded into the translated-given-name rule, each with a language, a source and an English counterpart', () => {
    const ids = new Set(termbase.data.entries.map((entry) => entry.id));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((row) => !ids.has(row.id)).map((row) => row.id)).toEqual([]);
    expect(rows.filter((row) => !row.name || !row.language || !/^https:\/\/\S+$/.test(row.source ?? '') || (row.meanings?.length ?? 0) === 0).map((row) => row.id)).toEqual([]);
  });

  it('should list a given name once per language across the rows and the curated entries', () => {
    const seen = new Set<string>();
    const twice: string[] = [];
    for (const entry of termbase.data.entries) {
      const key = `${entry.language ?? ''}:${entry.name ?? ''}`;
      if (seen.has(key)) twice.push(key);
      seen.add(key);
    }
    expect(twice).toEqual([]);
  });

  it('should offer the foreign given name back where its English counterpart stands before the same surname', () => {
    const wrong: string[] = [];
    for (const row of rows) {
      for (const english of row.meanings ?? []) {
        const text = `The panel heard ${row.name ?? ''} Dalberg on Monday. ${english} Dalberg said the plan would work.`;
        const messages = lintWith(rule, text);
        if (!messages.some((message) => message.actual === english && message.expected?.includes(row.name ?? ''))) wrong.push(`${row.id}: nothing for ${english}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('should stay silent on the English name where the article never names the person with the foreign one', () => {
    const noisy = rows.flatMap((row) => (row.meanings ?? []).filter((english) => lintWith(rule, `${english} Dalberg said the plan would work.`).length > 0).map((english) => `${row.id}: ${english}`));
    expect(noisy).toEqual([]);
  });
});
