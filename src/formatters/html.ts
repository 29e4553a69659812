/**
 * `--format html`: a review page for the editor, one self-contained file (inline style and script,
 * no fonts, images or network; a Content-Security-Policy forbids any load). Each article is shown
 * as the reader sees it, paragraph by paragraph in a proportional font, every finding marked
 * inline by its number in reading order, and beside the paragraph the notes: what kind of change
 * it is ("Will be fixed", "Suggested", "Check"), the message, the change word by word, the reason
 * and evidence with its sources as links. A summary table and filters by severity and rule come
 * first. With scripting, each proposal can be accepted or rejected (certain fixes start accepted)
 * and the corrected article downloaded, computed in the page from the fix ranges embedded in it.
 * Printed, only the paragraphs with findings are kept, so a typical article's findings take a
 * page or two.
 */
import { Article } from '../engine/article.js';
import type { Fix, LintMessage, LintResult } from '../engine/types.js';
import { isError, relativePath, ruleMetaOf, showControlCharacters, type FixPass, type FormatContext } from './context.js';
import { renderChange } from './html-change.js';
import { reviewScript } from './html-script.js';
import { escapeHtml, richText, scriptJson } from './html-text.js';

export { escapeHtml };

/** What the editor is asked to do with a finding. */
type Kind = 'fix' | 'suggestion' | 'check';

const kindWords: Record<Kind, string> = { fix: 'Will be fixed', suggestion: 'Suggested', check: 'Check' };

function kindOf(message: LintMessage): Kind {
  if (message.fix) return 'fix';
  if (message.suggestions && message.suggestions.length > 0) return 'suggestion';
  return 'check';
}

function severityOf(message: LintMessage): 'error' | 'warning' {
  return isError(message) ? 'error' : 'warning';
}

/** The proposals of a finding in order: its certain fix first, then its suggestions. */
function proposalsOf(message: LintMessage): Array<{ fix: Fix; desc?: string }> {
  return [...(message.fix ? [{ fix: message.fix }] : []), ...(message.suggestions ?? []).map((suggestion) => ({ fix: suggestion.fix, desc: suggestion.desc }))];
}

/** A file name in the page: control characters shown as visible escapes, then escaped for HTML. */
function fileName(result: LintResult, context: FormatContext): string {
  return escapeHtml(showControlCharacters(relativePath(result.filePath, context.cwd)));
}

/** The name a downloaded article is saved under: the file's own name. */
function baseName(filePath: string): string {
  const name = filePath.split(/[\\/]/).pop() ?? '';
  return showControlCharacters(name) || 'article.txt';
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** The message layer's label of a rule's findings ("a calque") as a tag: "calque". */
function labelOf(context: FormatContext, message: LintMessage): string | undefined {
  const label = ruleMetaOf(context, message.ruleId)?.label;
  return label?.replace(/^(a|an|the)\s+/i, '');
}

/** FNV-1a over UTF-16 code units; the page's script computes the same (html-script.ts). */
export function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** A finding placed in its article: absolute offsets of what it flags. */
interface Placed {
  number: number;
  message: LintMessage;
  start: number;
  end: number;
}

function place(view: Article, messages: readonly LintMessage[]): Placed[] {
  const clamp = (offset: number) => Math.max(0, Math.min(view.source.length, offset));
  return messages.map((message, index) => {
    const start = clamp(view.toOffset({ line: message.line, column: message.column }));
    const end = message.endLine !== undefined && message.endColumn !== undefined ? clamp(view.toOffset({ line: message.endLine, column: message.endColumn })) : start;
    return { number: index + 1, message, start, end: Math.max(start, end) };
  });
}

/** A paragraph as the reader sees it: one non-empty line of the article. */
interface Paragraph {
  start: number;
  end: number;
  findings: Placed[];
}

function paragraphsOf(view: Article, placed: readonly Placed[]): Paragraph[] {
  const paragraphs: Paragraph[] = view.lines.filter((line) => line.text.trim() !== '').map((line) => ({ start: line.start, end: line.end, findings: [] }));
  if (paragraphs.length === 0) paragraphs.push({ start: 0, end: view.source.length, findings: [] });
  for (const finding of placed) {
    // A finding on a blank line (a doubled line break) belongs to the paragraph after it.
    const home = paragraphs.find((paragraph) => finding.start <= paragraph.end) ?? paragraphs[paragraphs.length - 1];
    home?.findings.push(finding);
  }
  return paragraphs;
}

/** The number of a finding, inline where it starts: the mark the editor follows to its note. */
function findingMark(prefix: string, finding: Placed): string {
  const { message, number } = finding;
  return `<a class="finding-mark ${severityOf(message)} kind-${kindOf(message)}" id="${prefix}-m${number}" href="#${prefix}-f${number}" data-finding="${number}" data-severity="${severityOf(message)}" data-rule="${escapeHtml(message.ruleId ?? '')}" title="${escapeHtml(message.message)}">${number}</a>`;
}

/**
 * The paragraph's text with every finding that touches it highlighted, split where findings
 * begin and end (they may overlap: a timestamp inside a caption line), and each finding's number
 * where it starts.
 */
function paragraphText(view: Article, paragraph: Paragraph, all: readonly Placed[], prefix: string): string {
  const touching = all.filter((finding) => finding.start < paragraph.end && finding.end > paragraph.start && finding.end > finding.start);
  const cuts = new Set<number>([paragraph.start, paragraph.end]);
  for (const finding of touching) {
    cuts.add(Math.max(paragraph.start, finding.start));
    cuts.add(Math.min(paragraph.end, finding.end));
  }
  for (const finding of paragraph.findings) cuts.add(Math.max(paragraph.start, Math.min(paragraph.end, finding.start)));
  const points = [...cuts].sort((a, b) => a - b);
  const marksAt = (offset: number, last: boolean): string =>
    paragraph.findings
      .filter((finding) => {
        const at = Math.max(paragraph.start, Math.min(paragraph.end, finding.start));
        return at === offset && (offset < paragraph.end || last);
      })
      .map((finding) => findingMark(prefix, finding))
      .join('');
  let html = '';
  for (let index = 0; index < points.length - 1; index++) {
    const from = points[index] as number;
    const to = points[index + 1] as number;
    html += marksAt(from, false);
    const text = escapeHtml(view.source.slice(from, to));
    const covering = touching.filter((finding) => finding.start <= from && finding.end >= to);
    if (covering.length === 0) html += text;
    else {
      const severity = covering.some((finding) => isError(finding.message)) ? 'error' : 'warning';
      html += `<mark class="${severity}" data-findings="${covering.map((finding) => finding.number).join(' ')}">${text}</mark>`;
    }
  }
  return html + marksAt(paragraph.end, true);
}

function proposalBlock(view: Article | undefined, prefix: string, finding: Placed): string {
  const { message, number } = finding;
  const proposals = proposalsOf(message);
  if (proposals.length === 0) return '';
  if (!view) {
    // Without the text the ranges point into, the change is the flagged words and what replaces them.
    const flagged = message.actual ? `<del>${escapeHtml(message.actual)}</del> ` : '';
    return `<ul class="proposals">${proposals.map(({ fix }) => `<li><span class="change">${fix.text === '' ? flagged.trim() : `${flagged}<ins>${escapeHtml(fix.text)}</ins>`}</span></li>`).join('')}</ul>`;
  }
  const name = `${prefix}-f${number}`;
  const certain = message.fix !== undefined;
  const options = proposals.map((proposal, index) => {
    const checked = certain && index === 0 ? ' checked' : '';
    const change = renderChange(view.source, proposal.fix);
    return `<li><label><input type="radio" class="accept" name="${name}" value="${index}"${checked}> <span class="change">${change}</span></label></li>`;
  });
  const keep = `<li class="keep"><label><input type="radio" class="reject" name="${name}" value="-1"${certain ? '' : ' checked'}> Keep as written</label></li>`;
  return `<ul class="proposals">${options.join('')}${keep}</ul>`;
}

function note(view: Article | undefined, prefix: string, finding: Placed, context: FormatContext): string {
  const { message, number } = finding;
  const kind = kindOf(message);
  const severity = severityOf(message);
  const meta = ruleMetaOf(context, message.ruleId);
  const label = labelOf(context, message);
  const url = meta?.docsUrl ?? message.url;
  const rule = message.ruleId ? (url && /^https?:\/\//.test(url) ? `<a href="${escapeHtml(url)}" rel="noreferrer noopener">${escapeHtml(message.ruleId)}</a>` : escapeHtml(message.ruleId)) : 'file';
  const where = `line ${message.line}, column ${message.column}`;
  return (
    `<li class="note ${severity} kind-${kind}${kind === 'check' ? '' : ' has-proposals'}" id="${prefix}-f${number}" data-finding="${number}" data-severity="${severity}" data-rule="${escapeHtml(message.ruleId ?? '')}">` +
    `<p class="head"><a class="number" href="#${prefix}-m${number}">${number}</a> <span class="kind">${kindWords[kind]}</span>` +
    `${label ? ` <span class="label">${escapeHtml(label)}</span>` : ''}</p>` +
    `<p class="message">${richText(message.message)}</p>` +
    proposalBlock(view, prefix, finding) +
    (message.note && context.notes !== false ? `<p class="reason">${richText(message.note)}</p>` : '') +
    `<p class="where">${rule} · ${severity} · ${escapeHtml(where)}</p>` +
    '</li>'
  );
}

/** What the page's script needs to compute the corrected article: the text, each finding's proposals, --fix's later passes. */
function reviewData(name: string, source: string, placed: readonly Placed[], passes: readonly FixPass[] | undefined): string {
  return scriptJson({
    name,
    source,
    findings: placed.map((finding) => ({ proposals: proposalsOf(finding.message).map(({ fix }) => ({ range: fix.range, text: fix.text })) })),
    passes: (passes ?? []).slice(1).map((pass) => ({ length: pass.text.length, hash: hashText(pass.text), fixes: pass.fixes.map((fix) => ({ range: fix.range, text: fix.text })) })),
  });
}

function counts(messages: readonly LintMessage[]): Record<Kind, number> {
  const total: Record<Kind, number> = { fix: 0, suggestion: 0, check: 0 };
  for (const message of messages) total[kindOf(message)]++;
  return total;
}

function articleSection(result: LintResult, index: number, context: FormatContext): string {
  const prefix = `a${index + 1}`;
  const source = context.sources?.get(result.filePath);
  const total = counts(result.messages);
  const tally = `${plural(result.messages.length, 'finding')}: ${total.fix} will be fixed, ${total.suggestion} suggested, ${total.check} to check`;
  let html = `<article class="review" id="${prefix}"><header><h2>${fileName(result, context)}</h2><p class="tally">${escapeHtml(tally)}</p>`;
  if (source === undefined) {
    // The text cannot be read again (a file removed since): the findings alone, with what they flag.
    html += '</header><ol class="notes alone">';
    for (const [offset, message] of result.messages.entries()) html += note(undefined, prefix, { number: offset + 1, message, start: 0, end: 0 }, context);
    return `${html}</ol></article>`;
  }
  const view = new Article(source);
  const placed = place(view, result.messages);
  const paragraphs = paragraphsOf(view, placed);
  html +=
    '<p class="controls"><button type="button" class="download">Download the corrected article</button> ' +
    '<button type="button" class="reset">Undo my choices</button> <span class="accepted-count"></span></p></header><div class="text">';
  let quiet = 0;
  const flushQuiet = () => {
    if (quiet > 0) html += `<p class="elided">… ${plural(quiet, 'paragraph')} without findings …</p>`;
    quiet = 0;
  };
  for (const paragraph of paragraphs) {
    const text = paragraphText(view, paragraph, placed, prefix);
    const marked = placed.some((finding) => finding.start < paragraph.end && finding.end > paragraph.start);
    if (paragraph.findings.length === 0) {
      html += `<div class="row${marked ? ' marked' : ' quiet'}"><p class="paragraph">${text}</p></div>`;
      if (!marked) quiet++;
      continue;
    }
    flushQuiet();
    html += `<div class="row has-findings"><p class="paragraph">${text}</p><ol class="notes">${paragraph.findings.map((finding) => note(view, prefix, finding, context)).join('')}</ol></div>`;
  }
  flushQuiet();
  html += `</div><script type="application/json" class="review-data">${reviewData(baseName(result.filePath), source, placed, context.fixPasses?.get(result.filePath))}</script>`;
  return `${html}</article>`;
}

function summaryTable(results: readonly LintResult[], context: FormatContext): string {
  const rows = results.map((result, index) => {
    const name = fileName(result, context);
    const link = result.messages.length > 0 ? `<a href="#a${index + 1}">${name}</a>` : name;
    const total = counts(result.messages);
    return `<tr><td>${link}</td><td class="number">${result.errorCount}</td><td class="number">${result.warningCount}</td><td class="number">${total.fix}</td><td class="number">${total.suggestion}</td><td class="number">${total.check}</td></tr>`;
  });
  return `<table class="summary"><thead><tr><th>Article</th><th class="number">Errors</th><th class="number">Warnings</th><th class="number">Will be fixed</th><th class="number">Suggested</th><th class="number">Check</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function filters(results: readonly LintResult[], context: FormatContext): string {
  const messages = results.flatMap((result) => result.messages);
  const byRule = new Map<string, number>();
  for (const message of messages) byRule.set(message.ruleId ?? '', (byRule.get(message.ruleId ?? '') ?? 0) + 1);
  const rules = [...byRule.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const errors = messages.filter(isError).length;
  const box = (filter: string, value: string, label: string) => `<label><input type="checkbox" data-filter="${filter}" value="${escapeHtml(value)}" checked> ${label}</label>`;
  const ruleRows = rules.map(([ruleId, count]) => {
    const description = ruleMetaOf(context, ruleId || null)?.description;
    return `<tr><td>${box('rule', ruleId, escapeHtml(ruleId || 'file'))}</td><td class="number">${count}</td><td class="description">${description ? richText(description) : ''}</td></tr>`;
  });
  return (
    '<section class="filters"><h2>Show</h2>' +
    `<p class="severity-filter">${box('severity', 'error', `Errors (${errors})`)} ${box('severity', 'warning', `Warnings (${messages.length - errors})`)}</p>` +
    `<table class="rules"><thead><tr><th>Rule</th><th class="number">Findings</th><th>What it finds</th></tr></thead><tbody>${ruleRows.join('')}</tbody></table></section>`
  );
}

const style = `
:root { color-scheme: light; --error: #b3261e; --warning: #8a5a00; --muted: #5f6368; --line: #d0d4d9; --mark-error: #fde2dc; --mark-warning: #fff1bf; --del: #b3261e; --ins: #1e6b2a; --ins-back: #dff3e2; --note: #f6f7f9; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; color: #1f2328; margin: 1.5rem auto; max-width: 78rem; padding: 0 1rem; }
h1 { font-size: 1.5rem; margin: 0 0 .3rem; } h2 { font-size: 1.2rem; margin: 0; overflow-wrap: anywhere; }
table { border-collapse: collapse; } th, td { text-align: left; padding: .2rem .6rem; border-bottom: 1px solid var(--line); vertical-align: top; }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
.summary { width: 100%; margin: .8rem 0 1.2rem; }
.filters { margin: 0 0 1.5rem; } .filters h2 { font-size: 1rem; margin-bottom: .3rem; } .filters label { white-space: nowrap; margin-right: 1rem; }
.rules td.description { color: var(--muted); }
html.no-js .filters input, html.no-js .controls, html.no-js .proposals input, html.no-js .proposals .keep { display: none; }
html.no-js .filters .severity-filter { display: none; }
article.review { border-top: 2px solid #1f2328; margin-top: 2rem; padding-top: .6rem; }
article.review > header { display: flex; flex-wrap: wrap; gap: .3rem 1.2rem; align-items: baseline; margin-bottom: .8rem; }
.tally, .where, .elided, .accepted-count { color: var(--muted); font-size: .85rem; margin: 0; }
.controls { margin: 0; } button { font: inherit; font-size: .85rem; padding: .15rem .6rem; }
.row { display: grid; grid-template-columns: minmax(0, 38rem) minmax(0, 1fr); gap: 0 1.6rem; }
.paragraph { grid-column: 1; margin: 0 0 .9rem; white-space: pre-wrap; overflow-wrap: anywhere; font: 17px/1.6 Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, "DejaVu Serif", serif; }
.notes { grid-column: 2; list-style: none; margin: 0 0 .9rem; padding: 0; }
.notes.alone { max-width: 40rem; }
.note { background: var(--note); border-left: 3px solid var(--warning); padding: .35rem .6rem; margin-bottom: .5rem; font-size: .9rem; }
.note.error { border-left-color: var(--error); }
.note p { margin: .1rem 0; }
.head .number, .finding-mark { display: inline-block; min-width: 1.3em; padding: 0 .25em; border-radius: .7em; text-align: center; font: 700 .72rem/1.35 system-ui, sans-serif; color: #fff; background: var(--warning); text-decoration: none; vertical-align: .15em; }
.error .number, .finding-mark.error { background: var(--error); }
.finding-mark { margin: 0 .12em; }
.kind { font-weight: 700; } .kind-fix .kind { color: var(--ins); } .kind-suggestion .kind { color: #1a4f8b; } .kind-check .kind { color: var(--warning); }
.label { color: var(--muted); font-style: italic; }
mark.error { background: var(--mark-error); } mark.warning { background: var(--mark-warning); } mark { color: inherit; border-radius: 2px; }
.finding-mark.rejected { opacity: .45; }
.proposals { list-style: none; margin: .2rem 0; padding: 0; }
.proposals li { margin: .1rem 0; } .proposals label { cursor: pointer; }
.change { font-family: Charter, "Bitstream Charter", Cambria, Georgia, "DejaVu Serif", serif; }
del { color: var(--del); text-decoration: line-through; text-decoration-thickness: 2px; background: none; }
ins { color: var(--ins); background: var(--ins-back); text-decoration: none; border-bottom: 2px solid var(--ins); }
del.space, ins.space { font-family: system-ui, sans-serif; font-size: .85em; text-decoration: none; }
.elision { color: var(--muted); font-style: italic; text-decoration: none; }
.note.rejected .accept + .change { opacity: .6; }
.reason { color: #30363d; } .reason code, .message code, .description code { background: #e8eaed; padding: 0 .2rem; border-radius: 3px; font-size: .92em; }
.where { overflow-wrap: anywhere; }
.quiet { display: grid; } .elided { display: none; }
.filtered { display: none !important; } mark.unmarked { background: none; }
@media screen and (max-width: 60rem) { .row { grid-template-columns: minmax(0, 1fr); } .notes { grid-column: 1; } }
@media print {
  @page { margin: 12mm 11mm; }
  body { font-size: 8.5pt; line-height: 1.3; margin: 0; max-width: none; padding: 0; }
  mark, .finding-mark, .number, ins { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  .tally, .where, .elided { font-size: 7.5pt; }
  h1 { font-size: 12pt; } h2 { font-size: 10.5pt; }
  .filters, .controls, .proposals input, .proposals .keep, .quiet { display: none !important; }
  .elided { display: block; margin: 0 0 .3rem; }
  .summary { margin: .3rem 0 .6rem; } th, td { padding: .05rem .4rem; }
  article.review { margin-top: .8rem; padding-top: .3rem; break-before: auto; }
  article.review > header { margin-bottom: .3rem; }
  .row { grid-template-columns: minmax(0, 1fr) minmax(0, 1.1fr); gap: 0 .8rem; break-inside: avoid; }
  .paragraph { font-size: 9pt; line-height: 1.35; margin-bottom: .4rem; }
  .notes { margin-bottom: .4rem; } .note { padding: .15rem .4rem; margin-bottom: .25rem; font-size: 8pt; break-inside: avoid; background: none; }
  a { color: inherit; text-decoration: none; }
  .reason a { text-decoration: underline; }
}
`;

export function formatHtml(results: readonly LintResult[], context: FormatContext): string {
  const errors = results.reduce((sum, result) => sum + result.errorCount, 0);
  const warnings = results.reduce((sum, result) => sum + result.warningCount, 0);
  const withMessages = results.filter((result) => result.messages.length > 0);
  const summary = `${plural(errors + warnings, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}) in ${withMessages.length} of ${plural(results.length, 'article')}`;
  const policy = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";
  return (
    '<!DOCTYPE html>\n<html lang="en" class="no-js"><head><meta charset="utf-8">' +
    `<meta http-equiv="Content-Security-Policy" content="${policy}">` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<title>lint-articles review</title><style>${style}</style></head><body>` +
    `<header><h1>lint-articles review</h1><p class="totals">${escapeHtml(summary)}</p></header>` +
    summaryTable(results, context) +
    (withMessages.length > 0 ? filters(results, context) : '') +
    results.map((result, index) => (result.messages.length > 0 ? articleSection(result, index, context) : '')).join('') +
    `<script>${reviewScript}</script></body></html>\n`
  );
}
