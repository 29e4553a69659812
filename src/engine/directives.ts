/**
 * Inline control in a file: `lint-articles-disable`, `lint-articles-enable` and
 * `lint-articles-disable-next-line`, each with rule ids (none = every rule), as ESLint's comments.
 * A format that has comments (Markdown's `<!-- … -->`) turns them into directives; the engine
 * drops the messages they cover and can report the directives that covered nothing.
 */
import type { LintMessage } from './types.js';

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line';

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
const commentPattern = /^<!--\s*lint-articles-(disable-next-line|disable|enable)(?=\s|-->)([\s\S]*?)-->\s*$/u;

/** Reads a directive from an HTML comment, or undefined when the comment is none. */
export function parseDirectiveComment(comment: string, place: Omit<Directive, 'kind' | 'rules'>): Directive | undefined {
  const match = commentPattern.exec(comment.trim());
  if (!match) return undefined;
  // `<!-- lint-articles-disable translated-name -- quoted from the source -->`: text after `--` explains.
  const body = (match[2] ?? '').split(/\s--\s/u)[0] ?? '';
  const rules = body.split(/[\s,]+/u).filter(Boolean).sort();
  return { kind: match[1] as DirectiveKind, rules, ...place };
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
  }
  // Replay disable/enable in file order up to the message.
  let all: Directive | undefined;
  const exceptions = new Set<string>();
  const disabled = new Map<string, Directive>();
  for (const directive of directives) {
    if (directive.kind === 'disable-next-line') continue;
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
}

export function applyDirectives(messages: readonly LintMessage[], directives: readonly Directive[], options: DirectiveOptions = {}): LintMessage[] {
  if (directives.length === 0) return [...messages];
  const used = new Map<Directive, Set<string>>();
  const kept: LintMessage[] = [];
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
