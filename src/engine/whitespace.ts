/**
 * Deletions that clean up after themselves: removing a boilerplate line removes the line and its
 * break, removing a credit at the end of a caption ("… in August 2023 MARCO LONGARI / POOL")
 * removes the space before it, so a fix never leaves a trailing blank or a double space.
 */
import type { Article } from './article.js';

const isBlank = (text: string): boolean => text.trim() === '';
const whitespace = /\s/;

/**
 * Whether text[from, to) is blank, scanning only until the first character that is not: a check per
 * finding that sliced the whole line made a 10 MB one-line article quadratic.
 */
export function isBlankBetween(text: string, from: number, to: number, allowed: RegExp = whitespace): boolean {
  for (let index = from; index < to; index++) if (!allowed.test(text.charAt(index))) return false;
  return true;
}

/** The same scan from the right end, for the text before an offset. */
export function isBlankBefore(text: string, from: number, to: number): boolean {
  for (let index = to - 1; index >= from; index--) if (!whitespace.test(text.charAt(index))) return false;
  return true;
}
const isInlineSpace = (code: number): boolean => code === 32 || code === 9 || code === 0xa0;

/** The range that deletes a whole line and, where it would leave two blank lines, one of them. */
export function lineDeletionRange(article: Article, lineNumber: number): [number, number] {
  const lines = article.lines;
  const line = lines[lineNumber - 1];
  if (!line) throw new RangeError(`No line ${lineNumber}`);
  const previous = lines[lineNumber - 2];
  const following = lines[lineNumber];
  const followingBlank = !following || isBlank(following.text);
  if (previous && isBlank(previous.text) && followingBlank) {
    // "text\n\nLeave a Comment\n\nmore": drop the blank before, keep the one after.
    return [previous.start, line.next];
  }
  if (!previous && following && followingBlank) {
    // "Go to ...\n\nThe Newspapers" at the top: the text starts at the next paragraph.
    return [line.start, following.next];
  }
  if (!following && previous) {
    // Last line without a break of its own: take the break before it instead.
    return [previous.end, line.next];
  }
  return [line.start, line.next];
}

/** The range that deletes [start, end) inside a line, with the whitespace it would strand. */
export function deletionRange(article: Article, start: number, end: number): [number, number] {
  const text = article.source;
  const line = article.lineAt(start);
  const blankBefore = isBlankBefore(text, line.start, start);
  const blankAfter = isBlankBetween(text, end, line.end);
  if (blankBefore && blankAfter && end <= line.end) {
    return lineDeletionRange(article, line.number);
  }
  let from = start;
  let to = end;
  if (blankAfter) {
    // At the end of the line: take the spaces before it.
    while (from > line.start && isInlineSpace(text.charCodeAt(from - 1))) from--;
    to = line.end;
  } else if (blankBefore) {
    while (to < line.end && isInlineSpace(text.charCodeAt(to))) to++;
  } else {
    // Mid-line: keep one space between the words on either side.
    if (isInlineSpace(text.charCodeAt(from - 1))) {
      while (to < line.end && isInlineSpace(text.charCodeAt(to))) to++;
    }
  }
  return [from, to];
}
