// The floor: read every article and run one regex alternation of all termbase phrases over it.
// Usage: node floor.mjs <folder>
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeRegExp, phraseRows } from './lib.mjs';

const folder = process.argv[2];
const phrases = [...new Set(phraseRows().flatMap((row) => row.find))].sort((a, b) => b.length - a.length);
const regex = new RegExp(`\\b(?:${phrases.map(escapeRegExp).join('|')})\\b`, 'g');
let matches = 0;
for (const name of readdirSync(folder).sort()) {
  if (!name.endsWith('.txt')) continue;
  const text = readFileSync(join(folder, name), 'utf8');
  for (const _match of text.matchAll(regex)) matches++;
}
process.stdout.write(`${matches}\n`);
