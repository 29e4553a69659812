/**
 * A teaser a scraper copied from the page's image alt text or link preview: the headline cut off
 * after a fixed number of characters and left as a line of its own under the headline, as in
 *
 *   Finnish Defense Minister spoke about the “strong signal” for Russia
 *
 *   Finnish Defense Minister spoke about the
 *
 * The cut line is a strict prefix (at least four words, ending at a word boundary) of an earlier
 * line and has no closing punctuation but, at most, the ellipsis of a link preview. An exact copy
 * of the headline is left alone: many pages print the headline twice (title and heading), and
 * whether one copy is residue is a judgement of layout, not of text. A crosshead such as "Trade
 * between the neighbours" that happens to open a later paragraph is safe: the full line must come
 * first.
 */
import type { Line } from '../engine/article.js';
import { defineRule, docsUrlOf } from '../engine/define-rule.js';
import type { Confidence } from '../engine/types.js';
import { wordsOfEnglish } from '../termbase/word-lists.js';

const id = 'truncated-duplicate';

/** Lines that end a sentence, a quotation, a label or a list are complete, not cut. */
const closingPunctuation = /[.!?:;,"”’)\]…»*]$/;

/** The headline sits among the first few lines with text; a teaser follows it closely. */
const headlineLines = 4;
const teaserDistance = 6;

const minimumWords = 4;

/**
 * The line without a closing ellipsis and the blanks before it, as `/[ \t]*(?:…|\.\.\.)$/`
 * would remove them; by hand, as that regex is tried at every offset of every paragraph.
 */
export function withoutEllipsis(text: string): string {
  let end = text.endsWith('…') ? text.length - 1 : text.endsWith('...') ? text.length - 3 : -1;
  if (end < 0) return text;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return text.slice(0, end);
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

interface Candidate {
  line: Line;
  /** Offsets of the trimmed line. */
  start: number;
  end: number;
  /** The trimmed line as written. */
  trimmed: string;
  /** The same with its white space runs made one space, worked out for the lines compared only. */
  squashed?: string;
  /** Index among the lines with text. */
  index: number;
}

function textOf(candidate: Candidate): string {
  candidate.squashed ??= squash(candidate.trimmed);
  return candidate.squashed;
}

function contentLines(lines: readonly Line[]): Candidate[] {
  const found: Candidate[] = [];
  for (const line of lines) {
    const trimmed = line.text.trim();
    if (trimmed === '') continue;
    const leading = line.text.length - line.text.trimStart().length;
    const start = line.start + leading;
    found.push({ line, start, end: start + trimmed.length, trimmed, index: found.length });
  }
  return found;
}

/** Whether `full` continues `prefix` after a word boundary with at least one more word. */
function continuesAfterWord(full: string, prefix: string): boolean {
  if (full.length <= prefix.length || !full.startsWith(prefix)) return false;
  return full[prefix.length] === ' ' && /[\p{L}\p{N}]/u.test(full.slice(prefix.length));
}

export const truncatedDuplicate = defineRule({
  meta: {
    id,
    category: 'residue',
    description: 'A line that repeats the start of an earlier line and breaks off: a teaser cut from the headline',
    docsUrl: docsUrlOf(id),
    defaultSeverity: 'error',
    fixable: 'fix',
    label: 'the cut-off repeat',
  },
  defaultOptions: {},
  check({ article, report }) {
    const lines = contentLines(article.lines);
    for (const candidate of lines) {
      // Most lines are paragraphs that end a sentence: settled on the line as written, which ends
      // in the same character as its squashed form.
      if (closingPunctuation.test(withoutEllipsis(candidate.trimmed))) continue;
      // A link preview marks its cut with an ellipsis: "Finnish Defense Minister spoke about the…".
      const cut = withoutEllipsis(textOf(candidate));
      const words = cut.split(' ');
      if (words.length < minimumWords || closingPunctuation.test(cut)) continue;
      const lastWord = (words.at(-1) ?? '').toLowerCase();
      // A cut made by a character limit mostly stops after a function word ("… spoke about the").
      const cutAfterFunctionWord = wordsOfEnglish()['cut-words'].has(lastWord);
      for (const earlier of lines) {
        if (earlier.index >= candidate.index) break;
        if (!continuesAfterWord(textOf(earlier), cut)) continue;
        const nearHeadline = earlier.index < headlineLines && candidate.index - earlier.index <= teaserDistance;
        if (!cutAfterFunctionWord && !nearHeadline) continue;
        const confidence: Confidence = cutAfterFunctionWord ? 'certain' : 'likely';
        const actual = article.source.slice(candidate.start, candidate.end);
        const where = article.toPoint(earlier.start);
        report({
          start: candidate.start,
          end: candidate.end,
          actual,
          expected: [''],
          confidence,
          note: `The line repeats the first ${words.length} words of the line at ${where.line}:${where.column} and breaks off${cutAfterFunctionWord ? ` after \`${words.at(-1) ?? ''}\`` : ''}`,
        });
        break;
      }
    }
  },
});
