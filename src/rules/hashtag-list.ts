/**
 * Tag lists that aggregators generate from the headline and print as a line of their own:
 * "#Russias #emergency #cry #expert #Sergei #Lavrovs #visit #China". No article sentence is made of
 * hashtags only, so the line goes.
 */
import { defineRule, docsUrlOf } from '../engine/define-rule.js';

const id = 'hashtag-list';

const tagLine = /^([ \t]*)(#[\p{L}\p{N}_]+(?:[ \t]+#[\p{L}\p{N}_]+)+)[ \t]*$/u;

export const hashtagList = defineRule({
  meta: {
    id,
    category: 'residue',
    description: 'A line of hashtags generated from the headline',
    docsUrl: docsUrlOf(id),
    defaultSeverity: 'error',
    fixable: 'fix',
    label: 'the hashtag list',
  },
  defaultOptions: {},
  check({ article, report }) {
    for (const line of article.lines) {
      if (!line.text.includes('#')) continue;
      const match = tagLine.exec(line.text);
      if (!match) continue;
      const tags = match[2] ?? '';
      const start = line.start + (match[1] ?? '').length;
      const end = start + tags.length;
      const count = tags.split(/[ \t]+/u).length;
      report({
        start,
        end,
        actual: tags,
        expected: [''],
        confidence: 'certain',
        note: `The line holds ${count} hashtags and nothing else`,
      });
    }
  },
});
