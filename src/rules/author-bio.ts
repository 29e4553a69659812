/**
 * Generated author bios that republishing sites append to every article: "I am Wallace Jones, an
 * experienced journalist. I specialize in writing for the world section of Today Times Live. …".
 * A news article never introduces its writer in the first person at the start of a paragraph.
 *
 * The bio is reported in two parts: the self-introduction ("I am Wallace Jones, an experienced
 * journalist.") and the rest of the paragraph. Their fixes touch, so --fix removes the paragraph
 * whole; an editor who keeps the rest of the bio can apply the first alone.
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
      const [from, to] = lineDeletionRange(article, line.number);
      const introductionEnd = line.start + match[0].length;
      const restStart = introductionEnd + (rest.length - rest.trimStart().length);
      const restEnd = line.start + line.text.trimEnd().length;
      const introductionText = article.source.slice(line.start, introductionEnd);
      const note = `\`${name}\` introduces themself in the first person, as generated author bios do`;
      const hasRest = restEnd > restStart;
      report({
        start: line.start,
        end: introductionEnd,
        actual: introductionText,
        expected: [''],
        confidence: 'certain',
        note,
        fixRange: hasRest ? [from, restStart] : [from, to],
      });
      if (!hasRest) continue;
      const restText = article.source.slice(restStart, restEnd);
      report({
        start: restStart,
        end: restEnd,
        actual: restText,
        expected: [''],
        confidence: 'certain',
        note: `The author bio of \`${name}\` continues`,
        fixRange: [restStart, to],
      });
    }
  },
});
