// Shared pieces of the benchmark: a seeded PRNG, the termbase phrases, the corpus layout.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const benchDirectory = dirname(fileURLToPath(import.meta.url));
export const rootDirectory = join(benchDirectory, '..');
export const workDirectory = join(benchDirectory, '.work');

/** mulberry32: small, fast and the same on every machine, so the corpus is byte-for-byte reproducible. */
export function createRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick(random, items) {
  return items[Math.floor(random() * items.length)];
}

/** Every data rule file of the product, sorted, as parsed JSON. */
export function readTermbases() {
  const directory = join(rootDirectory, 'rules');
  return readdirSync(directory)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(directory, name), 'utf8')));
}

/** The phrase rows that a dictionary tool can also express: phrases and their replacement. */
export function phraseRows(termbases = readTermbases()) {
  const rows = [];
  for (const termbase of termbases) {
    for (const entry of termbase.entries ?? []) {
      const expected = entry.replace ?? entry.suggest?.[0] ?? entry.preferred;
      const find = [...(entry.find ?? []), ...(entry.misspellings ?? []), ...(entry.variants ?? [])].filter((phrase) => phrase !== expected);
      if (find.length > 0) rows.push({ id: `${termbase.id}/${entry.id}`, find, expected: expected ?? '', pattern: undefined });
      if (entry.pattern) rows.push({ id: `${termbase.id}/${entry.id}`, find: [], expected: expected ?? '', pattern: entry.pattern, scope: entry.scope });
    }
  }
  return rows;
}

export function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
