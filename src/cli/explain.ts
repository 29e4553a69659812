/**
 * `--explain <rule-id>`: a rule's documentation with its entries and examples, for the terminal;
 * `--explain <entry id>` (`petteri-orpo` or `misspelt-name/petteri-orpo`): one data entry.
 */
import { distance } from 'fastest-levenshtein';
import { ConfigError } from '../config/errors.js';
import type { Linter } from '../linter.js';
import { renderEntry, renderRuleSection } from '../docs/rules-readme.js';

/** The entries with this id, in any table, or in the table the id names (`misspelt-name/petteri-orpo`). */
function entriesWithId(linter: Linter, id: string): string[] {
  const [table, entryId] = id.includes('/') ? id.split('/', 2) : [undefined, id];
  return linter.termbases
    .filter(({ data }) => table === undefined || data.id === table)
    .flatMap(({ data }) => data.entries.filter((entry) => entry.id === entryId).map((entry) => renderEntry(data.id, entry).join('\n').trimEnd()));
}

export function explainRule(linter: Linter, id: string): string {
  const rule = linter.rules.find((candidate) => candidate.meta.id === id);
  if (!rule) {
    const entries = entriesWithId(linter, id);
    if (entries.length > 0) return `${entries.join('\n\n')}\n`;
    const ids = linter.rules.map((candidate) => candidate.meta.id).sort();
    const near = ids
      .map((candidate) => ({ candidate, cost: distance(candidate, id) - (candidate.includes(id) || id.includes(candidate) ? 3 : 0) }))
      .sort((a, b) => a.cost - b.cost || a.candidate.localeCompare(b.candidate))[0];
    throw new ConfigError(`Unknown rule \`${id}\``, {
      expected: 'a rule id that `lint-articles --list-rules` prints, or the id of a data entry',
      mend: near ? `Did you mean \`${near.candidate}\`?` : 'See `lint-articles --list-rules`',
    });
  }
  const termbase = linter.termbases.find((candidate) => candidate.data.id === id);
  const active = linter.active.find((item) => item.rule === rule);
  const level = active ? (active.severity === 2 ? 'error' : 'warn') : 'off';
  return `${renderRuleSection(rule.meta, termbase).trimEnd()}\n\nIn this configuration: ${level}. Docs: ${rule.meta.docsUrl}\n`;
}
