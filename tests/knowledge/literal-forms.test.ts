/**
 * The literal-translation generator against a hand list written before it (literal-forms.json):
 * at least 80% of the listed forms are generated for their entity, and no generated form that the
 * gazetteer would report occurs in any of 1,000 ordinary English news phrases (ordinary-phrases.json),
 * nor does any of those phrases draw a message from the linter.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/load.js';
import { createLinter } from '../../src/linter.js';
import { buildLiteralIndex, gazetteerLiteralIndex, readLiteralGlossary, reportableLiteralForms } from '../../src/termbase/literal-forms.js';

interface HandEntity {
  name: string;
  language: string;
  literal: string[];
}

const hand = (JSON.parse(readFileSync(new URL('./literal-forms.json', import.meta.url), 'utf8')) as { entities: HandEntity[] }).entities;
const phrases = (JSON.parse(readFileSync(new URL('./ordinary-phrases.json', import.meta.url), 'utf8')) as { phrases: string[] }).phrases;
const linter = createLinter(defaultConfig(process.cwd()));
const glossary = readLiteralGlossary();
const gazetteer = linter.termbases.find(({ data }) => data.id === 'misspelt-name')?.data;
if (!gazetteer) throw new Error('rules/misspelt-name.json is missing');
const entries = gazetteer.entries;

const reportable = reportableLiteralForms(entries, glossary);

/** The literal forms reported for the gazetteer entity with this name or alias. */
function reportedFor(name: string): Set<string> {
  const bare = name.replace(/ \(.*\)$/u, '');
  const forms = [...reportable].filter(([, { entry }]) => entry.name === bare || (entry.aliases ?? []).includes(bare)).map(([form]) => form);
  return new Set(forms);
}

describe('literal translations of names', () => {
  it('should list at least 50 entities by hand', () => {
    expect(hand.length).toBeGreaterThanOrEqual(50);
  });

  it('should report at least 80% of the literal forms listed by hand', () => {
    const listed = hand.flatMap((entity) => entity.literal.map((form) => ({ entity, form })));
    const missed = listed.filter(({ entity, form }) => !reportedFor(entity.name).has(form.toLowerCase()));
    expect(1 - missed.length / listed.length, `missed: ${missed.map(({ entity, form }) => `${form} (${entity.name})`).join(', ')}`).toBeGreaterThanOrEqual(0.8);
  });

  it('should write 1,000 ordinary phrases, none of which draws a message', () => {
    expect(new Set(phrases).size).toBeGreaterThanOrEqual(1000);
    const flagged = phrases.filter((phrase) => linter.lintText(`In Berlin, Helsinki and Rome, ${phrase}.`).messages.length > 0);
    expect(flagged).toEqual([]);
  });

  it('should build at build time the literal forms a run would compute, keyed by what they depend on', () => {
    const built = buildLiteralIndex(gazetteer, glossary);
    expect(built.forms.map(([form]) => form)).toEqual([...gazetteerLiteralIndex(gazetteer, glossary).byKey.keys()].sort((a, b) => a.localeCompare(b)));
    expect(built.forms.some(([form]) => form === 'federal news service')).toBe(true);
    expect(buildLiteralIndex({ ...gazetteer, entries: gazetteer.entries.slice(1) }, glossary).key).not.toBe(built.key);
  });

  it('should report the forms of a word\'s other senses: rassemblement as "regrouping", дума as "thought", ting as "thing"', () => {
    expect(reportedFor('National Rally').has('regrouping national')).toBe(true);
    expect(reportedFor('State Duma').has('state thought')).toBe(true);
    expect(reportedFor('Storting').has('great thing')).toBe(true);
  });

  it('should suggest the party\'s name for "Regrouping National" in an article about France', () => {
    const messages = linter.lintText('French voters put the Regrouping National first in the regional vote, ahead of the Socialists.').messages;
    expect(messages.map((message) => [message.ruleId, message.actual, message.expected])).toEqual([['misspelt-name', 'Regrouping National', ['National Rally']]]);
  });

  it('should never report a literal form that occurs in an ordinary phrase', () => {
    const ordinary = phrases.map((phrase) => ` ${phrase.toLowerCase()} `);
    const clashes = [...reportable.keys()].filter((form) => ordinary.some((phrase) => phrase.includes(` ${form} `)));
    expect(reportable.size).toBeGreaterThan(100);
    expect(clashes).toEqual([]);
  });
});
