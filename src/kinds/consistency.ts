/**
 * The consistency kind: spellings of one thing that are each correct alone but not mixed in one
 * article ("Kyiv" in the headline, "Kiev" in the body, as happens when MT output is pasted into a
 * story edited by hand). The article's own majority decides; an entry's `preferred` breaks ties.
 * Never a certain fix: which form the desk wants is a house decision.
 */
import { defineRule } from '../engine/define-rule.js';
import { quote } from '../engine/messages.js';
import type { Rule } from '../engine/types.js';
import type { Matcher } from '../match/matcher.js';
import { phraseKey } from '../match/matching.js';
import type { Termbase } from '../termbase/types.js';
import { metaOf } from '../termbase/types.js';

interface Occurrence {
  start: number;
  end: number;
  text: string;
  variant: string;
}

export function createConsistencyRule(termbase: Termbase, matcher: Matcher): Rule<Record<string, never>> {
  const entries = termbase.entries.map((entry) => {
    const variants = entry.variants ?? [];
    const caseSensitive = entry.caseSensitive ?? termbase.defaults?.caseSensitive ?? true;
    return { entry, variants, caseSensitive, table: matcher.compilePhraseTable(variants, caseSensitive) };
  });
  return defineRule({
    meta: metaOf(termbase, 'suggest'),
    defaultOptions: {},
    check(context) {
      const { article } = context;
      for (const { entry, variants, caseSensitive, table } of entries) {
        if (!table) continue;
        const occurrences: Occurrence[] = [];
        for (const match of table.scan(article)) {
          const key = phraseKey(match.text, caseSensitive);
          const variant = variants.find((candidate) => phraseKey(candidate, caseSensitive) === key);
          if (variant) occurrences.push({ ...match, variant });
        }
        const counts = new Map<string, number>();
        for (const occurrence of occurrences) counts.set(occurrence.variant, (counts.get(occurrence.variant) ?? 0) + 1);
        if (counts.size < 2) continue;
        const ranked = [...counts.entries()].sort(
          (a, b) => b[1] - a[1] || Number(b[0] === entry.preferred) - Number(a[0] === entry.preferred) || variants.indexOf(a[0]) - variants.indexOf(b[0]),
        );
        const [winner, winnerCount] = ranked[0] ?? ['', 0];
        const tie = ranked.filter(([, count]) => count === winnerCount).length > 1;
        const expected = tie && entry.preferred ? entry.preferred : winner;
        for (const occurrence of occurrences) {
          if (occurrence.variant === expected) continue;
          const first = occurrences.find((item) => item.variant === expected);
          const point = first ? article.toPoint(first.start) : undefined;
          context.report({
            start: occurrence.start,
            end: occurrence.end,
            actual: occurrence.text,
            expected: [expected],
            confidence: 'likely',
            message: `Use one spelling: replace ${quote(occurrence.text)} with ${quote(expected)}`,
            note: `The article uses ${quote(expected)} ${counts.get(expected) ?? 0} time(s)${point ? `, first at ${point.line}:${point.column}` : ''}, and ${quote(occurrence.variant)} ${counts.get(occurrence.variant) ?? 0} time(s).${entry.note ? ` ${entry.note}` : ''}`,
            entryId: entry.id,
          });
        }
      }
    },
  });
}
