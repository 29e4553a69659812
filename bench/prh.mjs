// Writes a prh dictionary with the same phrases and replacements as rules/*.json, for textlint-rule-prh.
import { escapeRegExp, phraseRows } from './lib.mjs';

/** Regex rows go in as prh regex patterns when plain JS regex (no `u` flag) can say them. */
function prhRegex(pattern) {
  if (/\\p\{|\\P\{|\(\?<[=!]/.test(pattern)) return undefined;
  try {
    new RegExp(pattern, 'g');
    return `/${pattern}/`;
  } catch {
    return undefined;
  }
}

export function prhYaml(rows = phraseRows()) {
  const lines = ['version: 1', 'rules:'];
  let skipped = 0;
  for (const row of rows) {
    // prh escapes `-` in string patterns and compiles with the u flag, which refuses `\-`: such phrases go in as regexes.
    const patterns = row.pattern === undefined ? row.find.map((phrase) => (phrase.includes('-') ? `/${escapeRegExp(phrase)}/` : phrase)) : [prhRegex(row.pattern)].filter(Boolean);
    if (patterns.length === 0) {
      skipped++;
      continue;
    }
    lines.push(`  - expected: ${JSON.stringify(row.expected)}`);
    lines.push('    options:', '      wordBoundary: true');
    lines.push('    patterns:');
    for (const pattern of patterns) lines.push(`      - ${JSON.stringify(pattern)}`);
  }
  return { yaml: `${lines.join('\n')}\n`, rules: rows.length - skipped, skipped };
}
