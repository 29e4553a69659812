/**
 * The rows of rules/meanings/: surnames that are words, with the English words machine translation
 * turns them into. Each row is tried in a pair of sentences of our own: the person introduced with a
 * title, then the surname's English meaning where the person speaks. The rule must name the surname,
 * and a row whose meaning is also an English surname or name must only ever suggest.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/load.js';
import { createDataRule } from '../../src/kinds/index.js';
import { createLinter } from '../../src/linter.js';
import { loadTermbases } from '../../src/termbase/load.js';
import type { TermbaseEntry } from '../../src/termbase/types.js';
import { isEnglishSurname } from '../../src/text/english.js';
import { lintWith } from '../helpers/rule-tester.js';

const folder = new URL('../../rules/meanings/', import.meta.url);
const files = readdirSync(folder).filter((name) => name.endsWith('.json'));
const rows: TermbaseEntry[] = files.flatMap((name) => (JSON.parse(readFileSync(new URL(name, folder), 'utf8')) as { rows: TermbaseEntry[] }).rows);
const termbase = loadTermbases().find((loaded) => loaded.data.id === 'translated-surname');
if (!termbase) throw new Error('rules/translated-surname.json is missing');
const rule = createDataRule(termbase);

const curated = (JSON.parse(readFileSync(new URL('../../rules/translated-surname.json', import.meta.url), 'utf8')) as { entries: TermbaseEntry[] }).entries;

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

describe('rules/meanings rows', () => {
  it('should be loaded into the translated-surname rule, with a language and a source each', () => {
    const ids = new Set(termbase.data.entries.map((entry) => entry.id));
    expect(rows.filter((row) => !ids.has(row.id))).toEqual([]);
    expect(rows.filter((row) => !row.language || !/^https:\/\/\S+$/.test(row.source ?? '') || (row.meanings?.length ?? 0) === 0).map((row) => row.id)).toEqual([]);
  });

  it('should name the surname where its meaning stands for the person, and only suggest where the meaning is an English name', () => {
    const wrong: string[] = [];
    for (const row of rows) {
      const meaning = row.meanings?.[0] ?? '';
      const subject = /^the /iu.test(meaning) ? capitalised(meaning) : `The ${meaning}`;
      const text = `Economy minister Anna ${row.surname ?? ''} spoke in the capital on Monday. ${subject} said the budget would pass.`;
      const messages = lintWith(rule, text);
      const named = messages.find((message) => message.expected?.includes(row.surname ?? ''));
      if (!named) wrong.push(`${row.id}: nothing for ${subject}`);
      else if (row.alsoEnglish && named.confidence === 'certain') wrong.push(`${row.id}: a certain fix for ${subject}`);
    }
    expect(wrong).toEqual([]);
  });

  it('should flag every row whose English meaning is also an English surname or given name, so that it only ever suggests', () => {
    // The judge is mechanical: a people name of @cspell/dict-people-names that is also an English word.
    expect(['cook', 'miller', 'brown', 'baker', 'fisher', 'stone', 'fox', 'wolf', 'king', 'hill', 'small', 'bear'].filter((word) => !isEnglishSurname(word))).toEqual([]);
    const unflagged = [...rows, ...curated]
      .filter((row) => !row.alsoEnglish)
      .flatMap((row) => (row.meanings ?? []).filter((meaning) => isEnglishSurname(meaning)).map((meaning) => `${row.id}: ${meaning}`));
    expect(unflagged).toEqual([]);
  });

  it('should suggest, never fix, the Russian surname Peskov where MT wrote its meaning Sands for the person', () => {
    const linter = createLinter(defaultConfig(process.cwd()));
    const text = 'Kremlin spokesman Dmitry Peskov spoke to reporters in Moscow on Tuesday about the talks.\n\nSands said the date of the next round was not yet set.\n';
    const messages = linter.lintText(text).messages.filter((message) => message.actual === 'Sands');
    expect(messages.map((message) => [message.line, message.column, message.expected, message.confidence, message.fix])).toEqual([[3, 1, ['Peskov'], 'likely', undefined]]);
    expect(linter.lintText(text.replace('Dmitry Peskov', 'Dmitry Ivanov')).messages.filter((message) => message.actual === 'Sands')).toEqual([]);
  });

  it('should list a surname once per language across rules/meanings and rules/translated-surname.json', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const row of [...curated, ...rows]) {
      const key = `${row.language ?? ''}:${row.surname ?? ''}`;
      const first = seen.get(key);
      if (first) twice.push(`${key} in ${first} and ${row.id}`);
      else seen.set(key, row.id);
    }
    expect(twice).toEqual([]);
  });
});
