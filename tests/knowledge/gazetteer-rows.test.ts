/**
 * The rows of rules/gazetteer/: each is an entity with a type, a country, a source, and each of its
 * correct forms (name, aliases, native names) written in a sentence of its own draws no message
 * from the gazetteer rule.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDataRule } from '../../src/kinds/index.js';
import { loadTermbases } from '../../src/termbase/load.js';
import { isCountryCode } from '../../src/text/countries.js';
import type { TermbaseEntry } from '../../src/termbase/types.js';
import { lintWith } from '../helpers/rule-tester.js';
import { sentenceFor } from './slip.js';

const folder = new URL('../../rules/gazetteer/', import.meta.url);
const rows: TermbaseEntry[] = readdirSync(folder)
  .filter((name) => name.endsWith('.json'))
  .flatMap((name) => (JSON.parse(readFileSync(new URL(name, folder), 'utf8')) as { rows: TermbaseEntry[] }).rows);
const termbase = loadTermbases().find((loaded) => loaded.data.id === 'misspelt-name');
if (!termbase) throw new Error('rules/misspelt-name.json is missing');
const rule = createDataRule(termbase);
const types = ['person', 'party', 'institution', 'company', 'pipeline', 'place', 'agency', 'operation', 'programme'];

describe('rules/gazetteer rows', () => {
  it('should be loaded into the misspelt-name rule', () => {
    const ids = new Set(termbase.data.entries.map((entry) => entry.id));
    expect(rows.length).toBeGreaterThan(1000);
    expect(rows.filter((row) => !ids.has(row.id))).toEqual([]);
  });

  it('should give every row a known type, a country of the ISO list (or EU, INT) and a source address', () => {
    const country = (code: string): boolean => code === 'EU' || code === 'INT' || isCountryCode(code);
    const bad = rows.filter((row) => !types.includes(row.type ?? '') || !country(row.country ?? '') || !/^https:\/\/\S+$/.test(row.source ?? ''));
    expect(bad.map((row) => row.id)).toEqual([]);
  });

  it('should say nothing about any correct form of any row in a sentence of its own', () => {
    const flagged: string[] = [];
    rows.forEach((row, index) => {
      for (const form of [row.name ?? '', ...(row.aliases ?? []), ...(row.native ?? [])]) {
        const text = sentenceFor(form, index);
        const messages = lintWith(rule, text);
        if (messages.length > 0) flagged.push(`${text} → ${messages.map((message) => message.message).join('; ')}`);
      }
    });
    expect(flagged).toEqual([]);
  });
});
