/**
 * `doubled-space`: two or more spaces between words inside a line, left where a translation
 * engine or an editor joined segments ("Diplomacy: friendship without borders?  Putin visits
 * China"). Indentation and spaces at the end of a line are layout, not copy, and stay untouched,
 * and so does a line whose words are aligned in columns (three gaps or more: a table).
 */
import { defineRule, docsUrlOf } from '../engine/define-rule.js';

const gap = /(?<=\S) {2,}(?=\S)/g;
const columnGaps = 3;
/** Two spaces after a full stop are a typing convention that some wire desks still keep. */
const afterSentence = /[.!?:;]["'”’)]?$/u;
const conventionCount = 2;

export const doubledSpace = defineRule<Record<string, never>>({
  meta: {
    id: 'doubled-space',
    category: 'punctuation',
    description: 'Two or more spaces between words inside a line',
    docsUrl: docsUrlOf('doubled-space'),
    defaultSeverity: 'warn',
    fixable: 'fix',
  },
  defaultOptions: {},
  check({ article, report }) {
    const text = article.text;
    if (!text.includes('  ')) return;
    // "He left.  Then she spoke." twice or more in one article is house style, not damage; a
    // single "borders?  Putin" among single spaces is a join left by the translation.
    let sentenceGaps = 0;
    for (const match of text.matchAll(gap)) {
      if (afterSentence.test(text.slice(Math.max(0, match.index - 3), match.index))) sentenceGaps++;
    }
    const convention = sentenceGaps >= conventionCount;
    for (const line of article.lines) {
      if (!line.text.includes('  ')) continue;
      const gaps = [...line.text.matchAll(gap)];
      if (gaps.length >= columnGaps) continue;
      for (const match of gaps) {
        if (convention && afterSentence.test(line.text.slice(Math.max(0, match.index - 3), match.index))) continue;
        const start = line.start + match.index;
        const end = start + match[0].length;
        report({
          start,
          end,
          actual: match[0],
          expected: [' '],
          confidence: 'certain',
          message: `Replace the ${match[0].length} spaces with one`,
          note: `Between ${JSON.stringify(text.slice(Math.max(line.start, start - 12), start))} and ${JSON.stringify(text.slice(end, Math.min(line.end, end + 12)))}`,
        });
      }
    }
  },
});
