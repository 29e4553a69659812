/** Where in a text a word stands: inside a web address, at the start of a sentence. */

/**
 * Inside a web or mail address ("tass.com/politics", "press@yle.fi"): addresses are written in
 * lowercase by convention, so a name there is no slip.
 */
export function isInAddress(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && !/\s/u.test(text[from - 1] ?? '')) from--;
  let to = end;
  while (to < text.length && !/\s/u.test(text[to] ?? '')) to++;
  const token = text.slice(from, to);
  return /^[(<\[“"']?(?:[a-z][a-z0-9+.-]*:\/\/|www\.)/iu.test(token) || /[\p{L}\p{N}]@[\p{L}\p{N}]/u.test(token) || /[\p{L}\p{N}]\.(?:[a-z]{2,})(?:[/:?#]|[)\]>.,;!?”"']*$)/u.test(token.slice(start - from));
}

/**
 * A capitalised word that opens a sentence may be an ordinary word ("Sporting a neon bolero, the
 * singer…" is no slip of Storting); there only the article's own mention of the entity makes it a name.
 */
export function opensSentence(text: string, offset: number): boolean {
  let at = offset - 1;
  while (at >= 0 && /[\s“"‘'(«—–-]/u.test(text[at] ?? '')) {
    if (text[at] === '\n') return true;
    at--;
  }
  return at < 0 || /[.!?:…]/u.test(text[at] ?? '');
}

