// Writes a prh dictionary with the same phrases and replacements as rules/*.json, for textlint-rule-prh.
import { escapeRegExp, phraseRows } from './lib.mjs';

/**
 * Regex rows go in as prh regex patterns when plain JS regex (no `u` flag) can say them. A row the
 * engine tries only where a line starts (`scope: "line-start"`) gets `^`, which prh's `m` flag
 * binds to line starts: without it prh would try the row at every offset, which no prh user does.
 */
function prhRegex(pattern, scope) {
  if (/\\p\{|\\P\{|\(\?<[=!]/.test(pattern)) return undefined;
  const anchored = scope === 'line-start' ? `^(?:${pattern})` : pattern;
  try {
    new RegExp(anchored, 'g');
    return `/${anchored}/`;
  } catch {
    return undefined;
  }
}

export function prhYaml(rows = phraseRows()) {
  const lines = ['version: 1', 'rules:'];
  let skipped = 0;
  for (const row of rows) {
    // prh escapes `-` in string patterns and compiles with the u flag, which refuses `\-`: such phrases go in as regexes.
    const patterns = row.pattern === undefined ? row.find.map((phrase) => (phrase.includes('-') ? `/${escapeRegExp(phrase)}/` : phrase)) : [prhRegex(row.pattern, row.scope)].filter(Boolean);
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
