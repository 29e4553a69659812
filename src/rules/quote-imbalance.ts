/**
 * `quote-imbalance`: an opening “ never closed in its paragraph. Translation engines drop the
 * closing mark of a quotation that the source language closes differently or not at all:
 * "“China has repeatedly stated that it does not want to supply weapons. “Putin might have
 * hoped for more …,” the expert explains." opens twice and closes once.
 *
 * Flag only: where the closing mark belongs is a matter of meaning. A paragraph that ends inside
 * a quotation is the English convention for a quotation running on into the next paragraph when
 * that paragraph opens with “ again, and the last paragraph of an excerpt may be cut short.
 *
 * Edited copy that is not damaged stays silent: a straight mark closing a curly one ("“My hope is
 * to unite the country," the king said") closes it, mixed marks being a typing matter; a quotation
 * hard-wrapped over two lines closes on the next line ("“We will rebuild the bridge\nand the
 * school,” she said."); a teaser cut at "[…]" or "…" ends there on purpose.
 */
import { defineRule, docsUrlOf } from '../engine/define-rule.js';
import { shapeOf } from '../text/line-shape.js';

const isBlank = (text: string): boolean => text.trim() === '';
/** A short line without a sentence and without quotation marks: a label, a date line, a widget. */
const isFurniture = (text: string): boolean => !/[“”"]/u.test(text) && !shapeOf(text).sentence && text.trim().split(/\s+/u).length <= 12;
/** A teaser cut short on purpose: "“We will rebuild every school […]" or "… and then …". */
const cutShort = /(?:\[\s*(?:…|\.\.\.)\s*\]|…|\.\.\.)\s*$/u;
/** A straight mark after a word or punctuation and before a space, punctuation or the line end closes. */
function closesAt(text: string, index: number): boolean {
  return /[\p{L}\p{N}.,!?…;:)\]]/u.test(text.charAt(index - 1)) && /^(?:$|[\s.,;:!?)\]—–-])/u.test(text.charAt(index + 1));
}
/** The balance of a line's curly marks: how many closings come before its first opening. */
function closingsBeforeOpening(text: string): number {
  let count = 0;
  for (const character of text) {
    if (character === '\u201c') break;
    if (character === '\u201d') count++;
  }
  return count;
}

export const quoteImbalance = defineRule<Record<string, never>>({
  meta: {
    id: 'quote-imbalance',
    category: 'punctuation',
    description: 'Opening `“` never closed in its paragraph',
    docsUrl: docsUrlOf('quote-imbalance'),
    defaultSeverity: 'warn',
    fixable: 'none',
  },
  defaultOptions: {},
  check({ article, report }) {
    if (!article.text.includes('\u201c')) return;
    const lines = article.lines;
    lines.forEach((line, lineIndex) => {
      if (!line.text.includes('\u201c')) return;
      const marks: Array<{ offset: number; opening: boolean }> = [];
      for (let index = 0; index < line.text.length; index++) {
        const character = line.text.charAt(index);
        if (character === '\u201c') marks.push({ offset: line.start + index, opening: true });
        else if (character === '\u201d') marks.push({ offset: line.start + index, opening: false });
        // "“It has been thirty years … sub-citizens! »": a French guillemet closing an English
        // quotation is `foreign-quote`'s to report; here it closes. A breadcrumb's » opens nothing.
        else if (character === '\u00bb' && marks.at(-1)?.opening) marks.push({ offset: line.start + index, opening: false });
        else if (character === '"' && marks.at(-1)?.opening && closesAt(line.text, index)) marks.push({ offset: line.start + index, opening: false });
      }
      const openings = marks.filter((mark) => mark.opening).length;
      const closings = marks.length - openings;
      if (openings <= closings) return;
      const unclosed: number[] = [];
      marks.forEach((mark, index) => {
        // An opening followed by another opening, with more openings than closings in the
        // paragraph, is the one left open: "“China has … weapons. “Putin might …,” the expert".
        if (mark.opening && marks[index + 1]?.opening) unclosed.push(mark.offset);
      });
      const last = marks.at(-1);
      if (last?.opening && !cutShort.test(line.text)) {
        const next = lines[lineIndex + 1];
        // Page furniture between two paragraphs of one quotation (a date line, a share row) is not
        // the next paragraph: the quotation goes on after it.
        const following = lines.slice(lineIndex + 1).find((candidate) => !isBlank(candidate.text) && !isFurniture(candidate.text));
        // A quotation that runs on opens the next paragraph with “; the last paragraph may be cut;
        // a hard-wrapped line goes on without a blank line and closes the quotation there.
        const wrapped = next !== undefined && next === following && closingsBeforeOpening(next.text) > 0;
        if (following && !wrapped && !following.text.trimStart().startsWith('\u201c')) unclosed.push(last.offset);
      }
      for (const offset of unclosed.slice(0, openings - closings)) {
        const excerpt = article.text.slice(offset, Math.min(line.end, offset + 40));
        report({
          start: offset,
          end: offset + 1,
          actual: '\u201c',
          expected: [],
          confidence: 'possible',
          check: 'this quotation is never closed in its paragraph; add the closing `”` where the quoted words end',
          note: `${openings} opening and ${closings} closing quotation marks in the paragraph; this one opens ${JSON.stringify(excerpt)}`,
        });
      }
    });
  },
});
