/** Checks of the project's own shape: ids equal file names, every rule has a test and docs. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDataRule } from '../src/kinds/index.js';
import { loadTermbases } from '../src/termbase/load.js';
import { checkFixLoops } from '../src/termbase/safety.js';
import { codeRules } from '../src/rules/index.js';

const kebab = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const root = new URL('../', import.meta.url);

describe('rule metadata', () => {
  it('should name every code rule with a kebab-case noun equal to its file name', () => {
    const files = readdirSync(new URL('src/rules/', root)).filter((name) => name.endsWith('.ts') && name !== 'index.ts').map((name) => name.slice(0, -3));
    for (const rule of codeRules) {
      expect(rule.meta.id).toMatch(kebab);
      expect(files).toContain(rule.meta.id);
    }
    expect(files.sort()).toEqual(codeRules.map((rule) => rule.meta.id).sort());
  });

  it('should give every code rule a test file of its own', () => {
    for (const rule of codeRules) {
      expect(existsSync(new URL(`tests/rules/${rule.meta.id}.test.ts`, root)), `tests/rules/${rule.meta.id}.test.ts`).toBe(true);
    }
  });

  it('should give every rule a one-line description, a docs link and a known category', () => {
    const rules = [...codeRules, ...loadTermbases().map((termbase) => termbase.data)];
    for (const rule of rules) {
      const meta = 'meta' in rule ? rule.meta : rule;
      expect(meta.description, meta.id).toMatch(/^[A-Z][^\n]*[^.]$/);
      expect(['names', 'encoding', 'residue', 'calque', 'style', 'punctuation']).toContain(meta.category);
    }
    for (const rule of codeRules) expect(rule.meta.docsUrl).toMatch(new RegExp(`^https://.+#${rule.meta.id}$`));
  });

  it('should never use one id twice across code and data rules', () => {
    const ids = [...codeRules.map((rule) => rule.meta.id), ...loadTermbases().map((termbase) => termbase.data.id)];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('should give every data entry an id unique in its file and at least one example', () => {
    for (const { path, data } of loadTermbases()) {
      const ids = data.entries.map((entry) => entry.id);
      expect(new Set(ids).size, data.id).toBe(ids.length);
      // Rows from a table's rows folder are tested by generated sentences (tests/knowledge/); the table's own entries carry examples.
      const own = (JSON.parse(readFileSync(path, 'utf8')) as { entries: Array<{ id: string; examples: unknown[] }> }).entries;
      for (const entry of own) expect(entry.examples.length, `${data.id}/${entry.id}`).toBeGreaterThan(0);
    }
  });

  it('should never let a bundled replacement be found again by any bundled table (runs skip this check)', () => {
    const termbases = loadTermbases();
    expect(() => checkFixLoops(termbases, termbases.map((termbase) => createDataRule(termbase)))).not.toThrow();
  });
});
