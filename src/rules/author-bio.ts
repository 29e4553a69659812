/**
 * Generated author bios that republishing sites append to every article: "I am Wallace Jones, an
 * experienced journalist. I specialize in writing for the world section of Today Times Live. …".
 * A news article never introduces its writer in the first person at the start of a paragraph.
 *
 * The bio is reported as one finding from the self-introduction ("I am Wallace Jones, an experienced
 * journalist.") to the end of its paragraph, and --fix removes that line whole with its blank line.
 */
import { defineRule, docsUrlOf } from '../engine/define-rule.js';
import { lineDeletionRange } from '../engine/whitespace.js';

const id = 'author-bio';

/** "I am David Wyatt, a professional writer and journalist for Buna Times." */
const introduction =
  /^I(?: am|['’]m) (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’.-]*){1,3}), (?:a|an|the) [^.!?\r\n]{0,100}?\b(?:journalist|writer|reporter|editor|author|correspondent|blogger|columnist|content creator|news writer)s?\b[^.!?\r\n]{0,160}[.!]/u;

/** Later sentences of a bio speak about the writer: "I specialize…", "My passion lies…". */
const firstPersonSentence = /(?:^|[.!?]\s+)(?:I|My|With over|As an?)\b/u;

export const authorBio = defineRule({
  meta: {
    id,
    category: 'residue',
    description: 'A first-person author bio (`I am Wallace Jones, an experienced journalist.`) appended to the article',
    docsUrl: docsUrlOf(id),
    defaultSeverity: 'error',
    fixable: 'fix',
    label: 'the author bio',
  },
  defaultOptions: {},
  check({ article, report }) {
    const lines = article.lines;
    const lastText = lines.findLast((line) => line.text.trim() !== '')?.number ?? 0;
    for (const line of lines) {
      if (!line.text.startsWith('I')) continue;
      const match = introduction.exec(line.text);
      if (!match) continue;
      const rest = line.text.slice(match[0].length);
      // A lone "I am X, a reporter." inside an article needs company: more first-person sentences
      // of the bio, or the place where bios go, the end of the page.
      if (!firstPersonSentence.test(rest.trimStart()) && line.number !== lastText) continue;
      const name = match[1] ?? '';
      const end = line.start + line.text.trimEnd().length;
      // One finding, one fix for the whole line: two fixes on one line (the introduction, then the
      // rest) left the rest joined to the paragraph before it when the first was applied alone.
      report({
        start: line.start,
        end,
        actual: article.source.slice(line.start, end),
        expected: [''],
        confidence: 'certain',
        note: `\`${name}\` introduces themself in the first person, as generated author bios do`,
        fixRange: lineDeletionRange(article, line.number),
      });
    }
  },
});
