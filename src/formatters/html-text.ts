/**
 * Text into HTML for the review page: escaping, backticked fragments as code, web addresses of the
 * evidence as links. Everything that comes from an article or a rule is escaped here.
 */
import { showControlCharacters } from './context.js';

/**
 * Escapes text for HTML; a line break becomes a character reference, which renders the same, and
 * any other control character (which HTML cannot carry) a visible `\u001B`.
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, (character) => showControlCharacters(character))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/[\n\r\u0085\u2028\u2029]/g, (character) => `&#${character.charCodeAt(0)};`);
}

/**
 * A backticked fragment, or a web address. Only `http:` and `https:` addresses become links: a
 * note that quotes `javascript:alert(1)` from an article shows it as text.
 */
const fragments = /`([^`]+)`|\bhttps?:\/\/[^\s<>"'`\u0000-\u001F\u007F-\u009F]+/g;

/** Punctuation that ends a sentence after an address ("see https://example.org/a."), not the address. */
function splitTrailing(url: string): { url: string; trailing: string } {
  let end = url.length;
  while (end > 0) {
    const last = url.charAt(end - 1);
    if (/[.,;:!?]/.test(last)) end--;
    // "(source: https://example.org/a)": a closing parenthesis the address never opened.
    else if (last === ')' && !url.slice(0, end).includes('(')) end--;
    else break;
  }
  return { url: url.slice(0, end), trailing: url.slice(end) };
}

/** A message or a note as HTML: backticked fragments as code, web addresses as links, the rest escaped. */
export function richText(text: string): string {
  let html = '';
  let last = 0;
  for (const match of text.matchAll(fragments)) {
    const index = match.index;
    html += escapeHtml(text.slice(last, index));
    if (match[1] !== undefined) {
      html += `<code>${escapeHtml(match[1])}</code>`;
      last = index + match[0].length;
      continue;
    }
    const { url } = splitTrailing(match[0]);
    html += `<a href="${escapeHtml(url)}" rel="noreferrer noopener">${escapeHtml(url)}</a>`;
    last = index + url.length;
  }
  return html + escapeHtml(text.slice(last));
}

/**
 * JSON for a `<script type="application/json">` block: `<`, `>` and `&` as `\u003C`-style escapes,
 * so that an article containing `</script>` or `<!--` cannot end the block; JSON.parse reads them
 * back as the same characters. U+2028 and U+2029 are escaped too, for older script parsers.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}
