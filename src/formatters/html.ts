/**
 * One self-contained HTML page (inline CSS, no scripts, fonts or network): a summary table across
 * articles, then per article its findings grouped by severity and rule, each with the line it is
 * in (the flagged text marked), the rule's description, the evidence and the fix as before/after.
 */
import type { Fix, LintMessage, LintResult } from '../engine/types.js';
import { Article } from '../engine/article.js';
import { isError, relativePath, ruleMetaOf, showControlCharacters, type FormatContext } from './context.js';

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

/** A file name in the page: control characters shown as visible escapes, then escaped for HTML. */
function fileName(result: LintResult, context: FormatContext): string {
  return escapeHtml(showControlCharacters(relativePath(result.filePath, context.cwd)));
}

const style = `
:root { color-scheme: light dark; --error: #c62828; --warning: #b26a00; --muted: #666; --mark: #ffe08a; --del: #fbe4e4; --ins: #e3f5e1; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; border-bottom: 1px solid #8884; padding-bottom: .2rem; margin-top: 2.5rem; word-break: break-all; }
h3 { font-size: 1.05rem; } h4 { font-size: 1rem; margin-bottom: .2rem; }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: .25rem .5rem; border-bottom: 1px solid #8883; }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
.error { color: var(--error); } .warning { color: var(--warning); } .muted, .rule-description, .location { color: var(--muted); }
ol.findings { padding-left: 1.2rem; } li.finding { margin: .8rem 0; }
pre { white-space: pre-wrap; word-break: break-word; margin: .3rem 0; padding: .3rem .5rem; background: #8881; border-radius: 4px; }
mark { background: var(--mark); color: #000; border-radius: 2px; }
.before { background: var(--del); color: #000; } .after { background: var(--ins); color: #000; }
.line-number { color: var(--muted); user-select: none; margin-right: .6rem; }
.message code, .note code { background: #8882; padding: 0 .2rem; border-radius: 3px; }
`;

/** Renders backticked fragments of a message as code, everything escaped. */
function richText(text: string): string {
  return escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function lineWithMark(view: Article | undefined, message: LintMessage): string {
  if (!view) return message.actual ? `<pre class="line"><mark>${escapeHtml(message.actual)}</mark></pre>` : '';
  const text = view.lines[message.line - 1]?.text ?? '';
  const start = message.column - 1;
  const end = message.endLine === message.line && message.endColumn !== undefined ? message.endColumn - 1 : text.length;
  return `<pre class="line"><span class="line-number">${message.line}</span>${escapeHtml(text.slice(0, start))}<mark>${escapeHtml(text.slice(start, end))}</mark>${escapeHtml(text.slice(end))}</pre>`;
}

/** The lines a fix touches, before and after it. */
function beforeAfter(view: Article | undefined, fix: Fix, actual: string | undefined): { before: string; after: string } {
  if (!view) return { before: actual ?? '', after: fix.text };
  const [start, end] = fix.range;
  let from = start;
  while (from > 0 && !/[\r\n]/.test(view.source.charAt(from - 1))) from--;
  let to = end;
  while (to < view.source.length && !/[\r\n]/.test(view.source.charAt(to))) to++;
  const before = view.source.slice(from, to);
  const after = view.source.slice(from, start) + fix.text + view.source.slice(end, to);
  return { before, after };
}

function fixBlock(view: Article | undefined, message: LintMessage): string {
  const proposals: Array<{ label: string; fix: Fix }> = [];
  if (message.fix) proposals.push({ label: 'Fix (applied by --fix)', fix: message.fix });
  for (const suggestion of message.suggestions ?? []) proposals.push({ label: `Suggestion: ${suggestion.desc}`, fix: suggestion.fix });
  return proposals
    .map(({ label, fix }) => {
      const { before, after } = beforeAfter(view, fix, message.actual);
      return `<div class="fix"><p class="fix-label">${richText(label)}</p><pre class="before" aria-label="before">${escapeHtml(before)}</pre><pre class="after" aria-label="after">${escapeHtml(after)}</pre></div>`;
    })
    .join('');
}

function findingItem(view: Article | undefined, message: LintMessage): string {
  const severity = isError(message) ? 'error' : 'warning';
  const position = `${message.line}:${message.column}${message.endLine !== undefined ? `–${message.endLine}:${message.endColumn ?? ''}` : ''}`;
  return (
    `<li class="finding" data-severity="${severity}" data-rule="${escapeHtml(message.ruleId ?? '')}" data-line="${message.line}" data-column="${message.column}">` +
    `<p><span class="location">${escapeHtml(position)}</span> <span class="message">${richText(message.message)}</span>${message.confidence ? ` <span class="muted">(${escapeHtml(message.confidence)})</span>` : ''}</p>` +
    lineWithMark(view, message) +
    (message.note ? `<p class="note">${richText(message.note)}</p>` : '') +
    fixBlock(view, message) +
    '</li>'
  );
}

function articleSection(result: LintResult, index: number, context: FormatContext): string {
  const source = context.sources?.get(result.filePath);
  const view = source === undefined ? undefined : new Article(source);
  let html = `<section class="article" id="article-${index + 1}"><h2>${fileName(result, context)}</h2>`;
  for (const severity of ['error', 'warning'] as const) {
    const messages = result.messages.filter((message) => (severity === 'error') === isError(message));
    if (messages.length === 0) continue;
    html += `<section class="severity"><h3 class="${severity}">${severity === 'error' ? 'Errors' : 'Warnings'} (${messages.length})</h3>`;
    const ruleIds = [...new Set(messages.map((message) => message.ruleId ?? ''))].sort();
    for (const ruleId of ruleIds) {
      const meta = ruleMetaOf(context, ruleId || null);
      const own = messages.filter((message) => (message.ruleId ?? '') === ruleId);
      const url = meta?.docsUrl ?? own[0]?.url;
      const title = ruleId ? (url ? `<a href="${escapeHtml(url)}">${escapeHtml(ruleId)}</a>` : escapeHtml(ruleId)) : 'File';
      html += `<section class="rule"><h4>${title}</h4>`;
      if (meta) html += `<p class="rule-description">${richText(meta.description)}</p>`;
      html += `<ol class="findings">${own.map((message) => findingItem(view, message)).join('')}</ol></section>`;
    }
    html += '</section>';
  }
  return `${html}</section>`;
}

export function formatHtml(results: readonly LintResult[], context: FormatContext): string {
  const errors = results.reduce((sum, result) => sum + result.errorCount, 0);
  const warnings = results.reduce((sum, result) => sum + result.warningCount, 0);
  const withMessages = results.filter((result) => result.messages.length > 0);
  const rows = results
    .map((result, index) => {
      const name = fileName(result, context);
      const link = result.messages.length > 0 ? `<a href="#article-${index + 1}">${name}</a>` : name;
      const fixable = result.fixableErrorCount + result.fixableWarningCount;
      return `<tr><td>${link}</td><td class="number">${result.errorCount}</td><td class="number">${result.warningCount}</td><td class="number">${fixable}</td></tr>`;
    })
    .join('');
  const summary = `${plural(errors + warnings, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}) in ${withMessages.length} of ${plural(results.length, 'article')}`;
  return (
    '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<title>lint-articles report</title><style>${style}</style></head><body>` +
    `<header><h1>lint-articles report</h1><p class="totals">${escapeHtml(summary)}</p></header>` +
    `<table class="summary"><thead><tr><th>Article</th><th class="number">Errors</th><th class="number">Warnings</th><th class="number">Fixable</th></tr></thead><tbody>${rows}</tbody></table>` +
    results.map((result, index) => (result.messages.length > 0 ? articleSection(result, index, context) : '')).join('') +
    '</body></html>\n'
  );
}
