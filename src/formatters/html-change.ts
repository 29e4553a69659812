/**
 * A fix as an editor reads a tracked change: a few words of the sentence around it, then only the
 * words that change, struck out (`<del>`) or inserted (`<ins>`). "Gas flows through Kraft Siberia
 * to China" fixed to "Power of Siberia" reads "…flows through <del>Kraft</del> <ins>Power of</ins>
 * Siberia to China…", never the paragraph twice. A deletion is the struck-out words themselves; a
 * change of spacing shows the spaces as `␣`, so nothing is ever drawn as an empty bar.
 */
import { diffWordsWithSpace } from 'diff';
import type { Fix } from '../engine/types.js';
import { escapeHtml } from './html-text.js';

/** Words of the sentence shown on each side of a change. */
const contextWords = 3;
/** A deletion longer than this many words (an author bio) is shown by its first and last words. */
const longestShown = 24;

/** Up to `contextWords` words before `offset`, on its own line. */
function contextBefore(source: string, offset: number): { text: string; cut: boolean } {
  let lineStart = offset;
  while (lineStart > 0 && !/[\r\n]/.test(source.charAt(lineStart - 1))) lineStart--;
  const words = source.slice(lineStart, offset).match(/\s*\S+\s*/g) ?? [];
  return { text: words.slice(-contextWords).join(''), cut: words.length > contextWords };
}

/** Up to `contextWords` words after `offset`, on its own line. */
function contextAfter(source: string, offset: number): { text: string; cut: boolean } {
  let lineEnd = offset;
  while (lineEnd < source.length && !/[\r\n]/.test(source.charAt(lineEnd))) lineEnd++;
  const words = source.slice(offset, lineEnd).match(/\s*\S+/g) ?? [];
  return { text: words.slice(0, contextWords).join(''), cut: words.length > contextWords };
}

/** Spaces and line breaks made visible: a change of spacing is only these. */
function visibleSpace(text: string): string {
  return [...text].map((character) => (character === '\n' || character === '\r' ? '¶' : character === '\t' ? '⇥' : '␣')).join('');
}

function isSpace(text: string): boolean {
  return /^\s+$/.test(text);
}

/** Struck-out words; a long run shows its first and last words around the count of the others. */
function deleted(text: string): string {
  const words = text.split(/\s+/);
  if (words.length <= longestShown) return `<del>${escapeHtml(text)}</del>`;
  const head = words.slice(0, 12).join(' ');
  const tail = words.slice(-8).join(' ');
  return `<del>${escapeHtml(head)} <span class="elision">[… ${words.length - 20} more words …]</span> ${escapeHtml(tail)}</del>`;
}

/** Words of a part inside the tag, its outer spaces outside: "<del>Stella Pictures</del>", not "<del> Stella Pictures</del>". */
function wrapWords(text: string, wrap: (inner: string) => string): string {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text);
  const [, lead = '', inner = '', trail = ''] = match ?? [];
  return `${escapeHtml(lead.replace(/[\r\n]+/g, ' '))}${wrap(inner)}${escapeHtml(trail.replace(/[\r\n]+/g, ' '))}`;
}

/** A run of the diff: text both share, or what is removed and what is added in its place. */
type Run = { kind: 'same'; text: string } | { kind: 'change'; removed: string; added: string };

/**
 * The diff as runs. A space the two share between two changed words belongs to the change: "Kraft"
 * to "Power of" is one change, not "Power" and "of" inserted on either side of a kept space.
 */
function runsOf(old: string, replacement: string): Run[] {
  const runs: Run[] = [];
  const parts = diffWordsWithSpace(old, replacement);
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index];
    if (!part) continue;
    const last = runs[runs.length - 1];
    const changedAfter = parts.slice(index + 1).find((next) => next.added || next.removed || !isSpace(next.value));
    if (!part.added && !part.removed) {
      if (isSpace(part.value) && last?.kind === 'change' && changedAfter && (changedAfter.added || changedAfter.removed)) {
        last.removed += part.value;
        last.added += part.value;
      } else runs.push({ kind: 'same', text: part.value });
      continue;
    }
    const change = last?.kind === 'change' ? last : { kind: 'change' as const, removed: '', added: '' };
    if (change !== last) runs.push(change);
    if (part.removed) change.removed += part.value;
    else change.added += part.value;
  }
  return runs;
}

function renderRun(run: Run): string {
  if (run.kind === 'same') return escapeHtml(run.text);
  const { removed, added } = run;
  if ((removed === '' || isSpace(removed)) && (added === '' || isSpace(added))) {
    // "said  the" to "said the": the spaces they share stay plain, only the extra one is struck.
    let shared = 0;
    while (shared < removed.length && shared < added.length && removed[shared] === added[shared]) shared++;
    let html = escapeHtml(removed.slice(0, shared));
    if (removed.length > shared) html += `<del class="space" title="space">${visibleSpace(removed.slice(shared))}</del>`;
    if (added.length > shared) html += `<ins class="space" title="space">${visibleSpace(added.slice(shared))}</ins>`;
    return html;
  }
  let html = '';
  if (removed.trim() !== '') html += wrapWords(removed, deleted);
  else if (removed !== '') html += `<del class="space" title="space">${visibleSpace(removed)}</del>`;
  if (added.trim() !== '') html += wrapWords(added, (inner) => `<ins>${escapeHtml(inner)}</ins>`);
  else if (added !== '') html += `<ins class="space" title="space">${visibleSpace(added)}</ins>`;
  return html;
}

/** The change a fix makes, word by word, with its context; HTML. */
export function renderChange(source: string, fix: Fix): string {
  const [start, end] = fix.range;
  const old = source.slice(start, end);
  // A line removed with its line break: its words are the change, the neighbouring line is not context.
  const wholeLines = /[\r\n]/.test(old) && fix.text === '';
  const before = wholeLines ? { text: '', cut: false } : contextBefore(source, start);
  const after = wholeLines ? { text: '', cut: false } : contextAfter(source, end);
  const html = runsOf(old, fix.text).map(renderRun).join('');
  return `${before.cut ? '…' : ''}${escapeHtml(before.text)}${html}${escapeHtml(after.text)}${after.cut ? '…' : ''}`;
}
