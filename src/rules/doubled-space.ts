/**
 * `doubled-space`: two or more spaces where a translation engine or a scraper joined two segments
 * of a page: a headline and its standfirst ("Diplomacy: friendship without borders?  Putin visits
 * China"), or a link glued to the text before it ("See also  Serial killer dies").
 *
 * A doubled space inside a sentence ("moving forward  together", "Rakušan,  Petr Pavel") is a
 * typing slip that edited copy has as often as translated copy, not a trace of translation, and
 * stays silent; so do indentation, spaces at the end of a line, a line aligned in columns (three
 * gaps or more: a table), and a wide gap before a credit ("Ankara.     © Getty Images"), which is
 * caption layout. What is reported is the seam: sentence punctuation or the end of a phrase,
 * then the gap, then a capital letter that opens the next segment.
 */
import { defineRule, docsUrlOf } from '../engine/define-rule.js';

const gap = /(?<=\S) {2,}(?=\S)/g;
const columnGaps = 3;
/** Two spaces after a full stop are a typing convention that some wire desks still keep. */
const afterSentence = /[.!?:;]["'”’)]?$/u;
const conventionCount = 2;
/** The segment that follows a seam opens with a capital letter or a digit. */
const segmentStart = /^[\p{Lu}\p{N}]/u;
/** "See also  Serial Killer": a link label before a seam is itself the end of a segment. */
const linkLabel = /(?:^|\s)(?:See also|Read also|Also read|Read more|Related)$/iu;
/** Wider gaps are layout (a credit pushed to the right of its caption), not a join. */
const widestSeam = 3;

export const doubledSpace = defineRule<Record<string, never>>({
  meta: {
    id: 'doubled-space',
    category: 'punctuation',
    description: 'Two or more spaces where two segments of a page were joined',
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
    if (sentenceGaps >= conventionCount) return;
    for (const line of article.lines) {
      if (!line.text.includes('  ')) continue;
      const gaps = [...line.text.matchAll(gap)];
      if (gaps.length >= columnGaps) continue;
      for (const match of gaps) {
        if (match[0].length > widestSeam) continue;
        const before = line.text.slice(0, match.index);
        const after = line.text.slice(match.index + match[0].length);
        if (!segmentStart.test(after)) continue;
        if (!afterSentence.test(before.slice(-3)) && !linkLabel.test(before)) continue;
        const start = line.start + match.index;
        const end = start + match[0].length;
        report({
          start,
          end,
          actual: match[0],
          expected: [' '],
          confidence: 'certain',
          message: `Replace the ${match[0].length} spaces with one`,
          note: `Two segments are joined between ${JSON.stringify(text.slice(Math.max(line.start, start - 12), start))} and ${JSON.stringify(text.slice(end, Math.min(line.end, end + 12)))}`,
        });
      }
    }
  },
});
