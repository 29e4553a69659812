/**
 * The shapes every part of lint-articles speaks: what a rule reports, what the engine returns.
 * Result and message shapes are ESLint's LintResult field for field, with additive fields.
 */
import type { Article } from './article.js';

/** ESLint's numeric severities: 0 off, 1 warning, 2 error. */
export type Severity = 0 | 1 | 2;
export type SeverityName = 'off' | 'warn' | 'error';

/**
 * How sure a finding is. `certain` becomes an autofix, `likely` a suggestion, `possible` a flag
 * with no edit at all.
 */
export type Confidence = 'certain' | 'likely' | 'possible';

/** ESLint's fix: replace the UTF-16 range [start, end) of the untouched text with `text`. */
export interface Fix {
  range: [number, number];
  text: string;
}

export interface Suggestion {
  desc: string;
  fix: Fix;
}

export type RuleCategory =
  | 'names'
  | 'encoding'
  | 'residue'
  | 'calque'
  | 'style'
  | 'punctuation';

export interface RuleMeta {
  /** Kebab-case noun naming the problem; equal to the file name; never renamed once shipped. */
  id: string;
  category: RuleCategory;
  /** One line, for --list-rules and the generated docs. */
  description: string;
  docsUrl: string;
  defaultSeverity: SeverityName;
  /** What the rule can offer: an autofix, suggestions only, or neither. */
  fixable: 'fix' | 'suggest' | 'none';
  /**
   * What its findings are, as a noun phrase for messages ("a calque", "the photo credit"); a
   * finding's own `label` wins. See engine/messages.ts.
   */
  label?: string;
}

/**
 * What a rule reports. The engine turns it into a message: line and column come from the
 * offsets, the fix from `expected` and `confidence`.
 */
export interface Finding {
  /** Absolute UTF-16 offsets into the untouched text; end exclusive. */
  start: number;
  end: number;
  /**
   * The rule's own wording, only where the engine's cannot say it. Leave it out: the engine words
   * the message from `actual`, `expected`, `confidence`, `label` and `check` (engine/messages.ts),
   * and words it again when a proposal is dropped because another finding flags it.
   */
  message?: string;
  /** What the problem is, as a noun phrase: "a calque", "the comment-form line". */
  label?: string;
  /** For a finding with nothing to offer: what the editor should check ("it is never closed in its paragraph"). */
  check?: string;
  /** The text at [start, end). */
  actual: string;
  /** Replacements in order of preference; `''` means delete. Empty when no fix is known. */
  expected: string[];
  confidence: Confidence;
  /** The evidence the finding rests on. */
  note?: string;
  /**
   * The edit when it is wider than the report: deleting a boilerplate line reports the words
   * but removes the line with its line break.
   */
  fixRange?: [number, number];
  /** An id of the data entry behind it, for docs and suppressions. */
  entryId?: string;
}

export interface RuleContext<Options> {
  readonly article: Article;
  readonly options: Options;
  report(finding: Finding): void;
}

export interface Rule<Options = unknown> {
  readonly meta: RuleMeta;
  readonly defaultOptions: Options;
  check(context: RuleContext<Options>): void;
}

/** One message in ESLint's shape, plus the additive fields of lint-articles. */
export interface LintMessage {
  ruleId: string | null;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  fatal?: true;
  fix?: Fix;
  suggestions?: Suggestion[];
  actual?: string;
  expected?: string[];
  confidence?: Confidence;
  note?: string;
  /** The data entry behind the message, for `ignore` in .linterrc.json and the docs. */
  entryId?: string;
  url?: string;
  source?: 'lint-articles';
}

export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** The fixed text, present only when fixes were applied and changed it. */
  output?: string;
}

/** A rule's setting after configuration: its severity and its options. */
export interface RuleSetting {
  severity: Severity;
  options?: Record<string, unknown>;
}
