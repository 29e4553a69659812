/**
 * Inline control in a file, as ESLint's comments: `lint-articles-disable`, `lint-articles-enable`,
 * `lint-articles-disable-line` (at the end of the line it covers) and
 * `lint-articles-disable-next-line`, each with rule ids (none = every rule) and an optional
 * `-- reason`. Markdown carries them as HTML comments, and a plain-text article as the same
 * comment (see src/processors/plain-text.ts); the engine drops the messages they cover, reports
 * rule ids that name no rule, and can report the directives that covered nothing.
 */
import { distance } from 'fastest-levenshtein';
import { Article } from './article.js';
import type { LintMessage } from './types.js';

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids; empty means every rule. */
  rules: string[];
  start: number;
  end: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export const directivePrefix = 'lint-articles-';
const commentPattern = /^<!--\s*lint-articles-(disable-next-line|disable-line|disable|enable)(?=\s|-->)([\s\S]*?)-->\s*$/u;

/** Reads a directive from an HTML comment, or undefined when the comment is none. */
export function parseDirectiveComment(comment: string, place: Omit<Directive, 'kind' | 'rules'>): Directive | undefined {
  const match = commentPattern.exec(comment.trim());
  if (!match) return undefined;
  // `<!-- lint-articles-disable translated-name -- quoted from the source -->`: text after `--` explains.
  const body = (match[2] ?? '').split(/(?:^|\s)--(?:\s|$)/u)[0] ?? '';
  const rules = body.split(/[\s,]+/u).filter(Boolean).sort();
  return { kind: match[1] as DirectiveKind, rules, ...place };
}

const plainTextComment = /<!--\s*lint-articles-(?:disable-next-line|disable-line|disable|enable)(?=\s|-->)[\s\S]*?-->/gu;

/**
 * Directives in a plain-text article. Plain text has no comment syntax of its own, so it carries
 * the Markdown form, `<!-- lint-articles-disable-line translated-name -- quoted -->`, which a CMS
 * that renders text as HTML does not show. Only these comments are read; each is blanked out (line
 * breaks kept) so that no rule reads it. Undefined when the text has none, the common case, at
 * the cost of one search.
 */
export function readPlainTextDirectives(source: string): { text: string; directives: Directive[] } | undefined {
  if (!source.includes('<!--')) return undefined;
  let article: Article | undefined;
  const directives: Directive[] = [];
  let text = '';
  let last = 0;
  for (const match of source.matchAll(plainTextComment)) {
    const start = match.index;
    const end = start + match[0].length;
    article ??= new Article(source);
    const from = article.toPoint(start);
    const to = article.toPoint(end);
    const directive = parseDirectiveComment(match[0], { start, end, line: from.line, column: from.column, endLine: to.line, endColumn: to.column });
    if (!directive) continue;
    directives.push(directive);
    text += source.slice(last, start) + match[0].replace(/[^\r\n]/gu, ' ');
    last = end;
  }
  if (directives.length === 0) return undefined;
  return { text: text + source.slice(last), directives };
}

function before(directive: Directive, message: LintMessage): boolean {
  return directive.endLine < message.line || (directive.endLine === message.line && directive.endColumn <= message.column);
}

function covers(directive: Directive, ruleId: string): boolean {
  return directive.rules.length === 0 || directive.rules.includes(ruleId);
}

/** The directive that silences a message, if any. */
function silencer(directives: readonly Directive[], message: LintMessage): Directive | undefined {
  const ruleId = message.ruleId;
  if (ruleId === null) return undefined;
  for (const directive of directives) {
    if (directive.kind === 'disable-next-line' && directive.endLine + 1 === message.line && covers(directive, ruleId)) return directive;
    // "The German release says Kraft Siberia. <!-- lint-articles-disable-line translated-name -->"
    if (directive.kind === 'disable-line' && directive.line === message.line && covers(directive, ruleId)) return directive;
  }
  // Replay disable/enable in file order up to the message.
  let all: Directive | undefined;
  const exceptions = new Set<string>();
  const disabled = new Map<string, Directive>();
  for (const directive of directives) {
    if (directive.kind === 'disable-next-line' || directive.kind === 'disable-line') continue;
    if (!before(directive, message)) break;
    if (directive.kind === 'disable') {
      if (directive.rules.length === 0) {
        all = directive;
        exceptions.clear();
        disabled.clear();
      } else for (const id of directive.rules) {
        if (all) exceptions.delete(id);
        else disabled.set(id, directive);
      }
    } else if (directive.rules.length === 0) {
      all = undefined;
      exceptions.clear();
      disabled.clear();
    } else for (const id of directive.rules) {
      if (all) exceptions.add(id);
      else disabled.delete(id);
    }
  }
  if (all) return exceptions.has(ruleId) ? undefined : all;
  return disabled.get(ruleId);
}

export interface DirectiveOptions {
  /** Report disable directives that silenced nothing, with this severity. */
  reportUnused?: 1 | 2;
  /** Every rule id there is (active or off); a directive naming another id is reported as an error. */
  knownRuleIds?: ReadonlySet<string>;
}

/** The known id a mistyped one most likely meant: within a third of its length in edits. */
function nearestRuleId(id: string, known: ReadonlySet<string>): string | undefined {
  let best: { id: string; cost: number } | undefined;
  for (const candidate of [...known].sort()) {
    const cost = distance(id, candidate);
    if (cost <= Math.max(2, Math.floor(id.length / 3)) && (!best || cost < best.cost)) best = { id: candidate, cost };
  }
  return best?.id;
}

/** `mixed-speling` in a directive silences nothing: said as an error where the directive stands. */
function unknownRuleMessages(directives: readonly Directive[], known: ReadonlySet<string>): LintMessage[] {
  const messages: LintMessage[] = [];
  for (const directive of directives) {
    for (const id of directive.rules) {
      if (known.has(id)) continue;
      const near = nearestRuleId(id, known);
      messages.push({
        ruleId: null,
        severity: 2,
        message: `Unknown rule \`${id}\` in a \`${directivePrefix}${directive.kind}\` directive${near ? `: did you mean \`${near}\`?` : ''} (see \`lint-articles --list-rules\`)`,
        line: directive.line,
        column: directive.column,
        endLine: directive.endLine,
        endColumn: directive.endColumn,
      });
    }
  }
  return messages;
}

export function applyDirectives(messages: readonly LintMessage[], directives: readonly Directive[], options: DirectiveOptions = {}): LintMessage[] {
  if (directives.length === 0) return [...messages];
  const used = new Map<Directive, Set<string>>();
  const kept: LintMessage[] = options.knownRuleIds ? unknownRuleMessages(directives, options.knownRuleIds) : [];
  for (const message of messages) {
    const directive = silencer(directives, message);
    if (!directive || message.ruleId === null) {
      kept.push(message);
      continue;
    }
    const ids = used.get(directive) ?? new Set<string>();
    ids.add(message.ruleId);
    used.set(directive, ids);
  }
  if (options.reportUnused) {
    for (const directive of directives) {
      if (directive.kind === 'enable') continue;
      const ids = used.get(directive);
      const name = `${directivePrefix}${directive.kind}`;
      let text: string | undefined;
      if (directive.rules.length === 0) {
        if (!ids) text = `Unused \`${name}\` directive: no problems were reported`;
      } else {
        const unused = directive.rules.filter((id) => !ids?.has(id));
        if (unused.length > 0) text = `Unused \`${name}\` directive: no problems were reported from ${unused.map((id) => `\`${id}\``).join(', ')}`;
      }
      if (text) {
        kept.push({ ruleId: null, severity: options.reportUnused, message: text, line: directive.line, column: directive.column, endLine: directive.endLine, endColumn: directive.endColumn });
      }
    }
  }
  return kept;
}
