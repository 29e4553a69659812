/**
 * What a formatter may know besides the results. Everything is data handed in by the caller, so
 * formatters stay pure functions of their arguments.
 */
import type { Fix, LintMessage, LintResult, RuleMeta } from '../engine/types.js';

/** One pass of --fix's loop: the text it started from and the fixes it applied to it. */
export interface FixPass {
  text: string;
  fixes: readonly Fix[];
}

export interface FormatContext {
  color: boolean;
  /** Paths in reports for people (stylish, json, html) are made relative to this folder. */
  cwd: string;
  /**
   * Paths in CI reports (github, gitlab, sarif, rdjson, checkstyle, junit) are made relative to this
   * folder, the repository root, so that annotations land on the file whatever folder the job ran
   * in. Default: `cwd`.
   */
  root?: string;
  /** The metadata of every known rule (SARIF's tool.driver.rules, the HTML report's descriptions). */
  rules?: readonly RuleMeta[];
  /** The version of lint-articles, for reports that name their tool. */
  toolVersion?: string;
  /**
   * The text each result's messages refer to (the fixed text after --fix), keyed by filePath.
   * Formats that show lines or need byte columns use it; without it they fall back to columns.
   */
  sources?: ReadonlyMap<string, string>;
  /** Columns a line of a human-readable report may take (the terminal's width); 100 when not given. */
  width?: number;
  /** Whether human-readable reports show each finding's reason and evidence (`--no-notes` hides them). */
  notes?: boolean;
  /**
   * The passes --fix makes over each source (keyed by filePath), for the HTML review page: it
   * replays the passes after the first, so its download equals --fix's output.
   */
  fixPasses?: ReadonlyMap<string, readonly FixPass[]>;
}

export const toolName = 'lint-articles';
export const toolInformationUri = 'https://github.com/lint-articles/lint-articles';

/** A path relative to the working folder with forward slashes; a path outside it stays absolute. */
export function relativePath(filePath: string, cwd: string): string {
  const normalise = (path: string) => path.replace(/\\/g, '/');
  const file = normalise(filePath);
  const base = normalise(cwd).replace(/\/+$/, '');
  if (base && file.startsWith(`${base}/`)) return file.slice(base.length + 1);
  return file;
}

/** A path as CI services name files: from the repository root (`context.root`), with forward slashes. */
export function repositoryPath(filePath: string, context: Pick<FormatContext, 'cwd' | 'root'>): string {
  return relativePath(filePath, context.root ?? context.cwd);
}

/**
 * Control characters (C0, DEL, C1), line and paragraph separators. A file may be named
 * `story\n::error::…`: printed raw, the name would start a line of its own, which GitHub Actions
 * reads as a workflow command, and an escape sequence would drive the terminal.
 */
const controlCharacters = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g;
const controlNames: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** The text with each control character shown as a visible escape (`\n`, `\u001B`). */
export function showControlCharacters(text: string): string {
  return text.replace(controlCharacters, (character) => controlNames[character] ?? `\\u${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

export function isError(message: LintMessage): boolean {
  return message.severity === 2 || message.fatal === true;
}

/** Errors before warnings, fatal errors first, then file, line and column: "most severe first". */
export function bySeverity(a: { result: LintResult; message: LintMessage }, b: { result: LintResult; message: LintMessage }): number {
  return (
    Number(isError(b.message)) - Number(isError(a.message)) ||
    Number(b.message.fatal === true) - Number(a.message.fatal === true) ||
    a.result.filePath.localeCompare(b.result.filePath) ||
    a.message.line - b.message.line ||
    a.message.column - b.message.column
  );
}

/** Every message with its result, in report order. */
export function flatten(results: readonly LintResult[]): Array<{ result: LintResult; message: LintMessage }> {
  return results.flatMap((result) => result.messages.map((message) => ({ result, message })));
}

export function ruleMetaOf(context: FormatContext, ruleId: string | null): RuleMeta | undefined {
  if (ruleId === null) return undefined;
  return context.rules?.find((rule) => rule.id === ruleId);
}

/**
 * Characters XML 1.0 cannot carry at all (controls other than tab, LF, CR; lone surrogates). A
 * scraped article with a stray U+0001 or half an emoji would make the whole report unreadable to
 * an XML parser, so such a character is shown as a visible `\u0001` escape instead.
 */
const xmlInvalid = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Escapes text for an XML attribute or element. Line breaks and tabs become character references,
 * which an XML reader turns back into the same characters (in an attribute a raw one would be read
 * as a space), so no value can start a line of the report of its own.
 */
export function escapeXml(text: string): string {
  return text
    .replace(xmlInvalid, (character) => `\\u${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/[\t\n\r\u0085\u2028\u2029]/g, (character) => `&#${character.charCodeAt(0)};`);
}
