#!/usr/bin/env node
// Brings rules/*.json to the current data format, editing the text in place so that a diff shows
// only what changed (and a table edited meanwhile merges cleanly). Safe to run again: a file
// already in the current format is left as it is. Run after merging rows written in the old format:
//
//   node scripts/migrate-rules.mjs && npm run build
//
// What it changes:
// - `language` becomes an ISO 639-1 code where a table wrote the language's English name
//   ("Finnish" becomes "fi"); messages still say "Finnish".
// - a `pattern` that opens with the lookbehind `(?<=^|\n)` loses it and gains
//   `"scope": "line-start"`, which says the same: the pattern is tried where a line starts. A
//   pattern with an alternative outside every group keeps its lookbehind (it binds the first
//   alternative only), and so does an entry that already has a scope.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RegExpParser } from '@eslint-community/regexpp';

const rulesDirectory = fileURLToPath(new URL('../rules/', import.meta.url));

/** ISO 639-1 codes of the languages the tables name in English. */
const isoCodes = {
  Arabic: 'ar', Bulgarian: 'bg', Chinese: 'zh', Czech: 'cs', Danish: 'da', Dutch: 'nl', English: 'en', Estonian: 'et',
  Finnish: 'fi', French: 'fr', German: 'de', Greek: 'el', Hungarian: 'hu', Italian: 'it', Japanese: 'ja', Korean: 'ko',
  Latvian: 'lv', Lithuanian: 'lt', Norwegian: 'no', Polish: 'pl', Portuguese: 'pt', Romanian: 'ro', Russian: 'ru',
  Slovak: 'sk', Slovenian: 'sl', Spanish: 'es', Swedish: 'sv', Turkish: 'tr', Ukrainian: 'uk',
};

const lineStartLead = '(?<=^|\\n)';

function hasTopLevelAlternative(source) {
  try {
    return new RegExpParser({ ecmaVersion: 2025 }).parsePattern(source, 0, source.length, { unicode: true }).alternatives.length > 1;
  } catch {
    return true;
  }
}

/** The offsets of each entry's object in the file's text, by entry id, found after its `"id"` key. */
function entrySpan(text, id, from) {
  const key = text.indexOf(`"id": ${JSON.stringify(id)}`, from);
  if (key < 0) return undefined;
  const open = text.lastIndexOf('{', key);
  // The entry ends where the braces opened at `open` close, strings skipped.
  let depth = 0;
  for (let index = open; index < text.length; index++) {
    const character = text[index];
    if (character === '"') {
      for (index++; text[index] !== '"'; index++) if (text[index] === '\\') index++;
    } else if (character === '{' || character === '[') depth++;
    else if (character === '}' || character === ']') {
      depth--;
      if (depth === 0) return { start: open, end: index + 1 };
    }
  }
  return undefined;
}

let changedFiles = 0;
for (const name of readdirSync(rulesDirectory).filter((file) => file.endsWith('.json')).sort()) {
  const path = join(rulesDirectory, name);
  const original = readFileSync(path, 'utf8');
  let text = original;
  const data = JSON.parse(text);
  const notes = [];
  let cursor = 0;
  for (const entry of data.entries ?? []) {
    const span = entrySpan(text, entry.id, cursor);
    if (!span) throw new Error(`${name}: entry \`${entry.id}\` not found in the text`);
    let body = text.slice(span.start, span.end);
    if (typeof entry.language === 'string' && entry.language.length > 3) {
      const code = isoCodes[entry.language];
      if (!code) throw new Error(`${name}: entry \`${entry.id}\`: no ISO 639-1 code known for the language \`${entry.language}\`; add it to scripts/migrate-rules.mjs`);
      body = body.replace(`"language": ${JSON.stringify(entry.language)}`, `"language": ${JSON.stringify(code)}`);
      notes.push(`${entry.id}: language ${entry.language} -> ${code}`);
    }
    const rest = typeof entry.pattern === 'string' && entry.pattern.startsWith(lineStartLead) ? entry.pattern.slice(lineStartLead.length) : undefined;
    if (rest !== undefined && entry.scope === undefined && !hasTopLevelAlternative(rest)) {
      const written = /("pattern":\s*)"\(\?<=\^\|\\\\n\)/.exec(body);
      if (!written) throw new Error(`${name}: entry \`${entry.id}\`: its pattern is not written as expected`);
      const lineStart = body.lastIndexOf('\n', written.index) + 1;
      const indent = body.slice(lineStart, written.index);
      const patternEnd = body.indexOf('\n', written.index);
      body = `${body.slice(0, written.index)}${written[1]}"${body.slice(written.index + written[0].length, patternEnd)}\n${indent}"scope": "line-start",${body.slice(patternEnd)}`;
      notes.push(`${entry.id}: (?<=^|\\n) -> scope line-start`);
    }
    text = text.slice(0, span.start) + body + text.slice(span.end);
    cursor = span.start + body.length;
  }
  if (text !== original) {
    const migrated = JSON.parse(text);
    if (migrated.entries.length !== data.entries.length) throw new Error(`${name}: the migration lost entries`);
    writeFileSync(path, text);
    changedFiles++;
    process.stdout.write(`${name}:\n${notes.map((note) => `  ${note}\n`).join('')}`);
  }
}
process.stdout.write(`${changedFiles} file(s) migrated\n`);
