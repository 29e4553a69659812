/** The shape of a data rule file (rules/*.json), as validated by src/config/termbase.schema.json. */
import { docsUrlOf } from '../engine/define-rule.js';
import type { Confidence, RuleCategory, RuleMeta, SeverityName } from '../engine/types.js';
import { lazy } from '../text/memo.js';

export type TermbaseKind = 'substitution' | 'existence' | 'consistency' | 'gazetteer' | 'surname-meaning' | 'given-name';

export interface TermbaseExample {
  text: string;
  output?: string;
  valid?: true;
  suggestion?: string;
}

export interface TermbaseEntry {
  id: string;
  find?: string[];
  pattern?: string;
  replace?: string;
  suggest?: string[];
  confidence?: Confidence;
  caseSensitive?: boolean;
  scope?: 'text' | 'line' | 'line-start';
  /** The longest line, blanks at its ends aside, a match may stand on: residue is short ("Share on Facebook"), prose is not. */
  maxLineLength?: number;
  /** substitution: the replacement is singular where the found phrase is plural; a following verb is conjugated with it. */
  agreement?: 'singular';
  exceptions?: string[];
  requires?: string[];
  unless?: string[];
  variants?: string[];
  preferred?: string;
  name?: string;
  type?: string;
  aliases?: string[];
  misspellings?: string[];
  /** gazetteer: whole wrong phrases and their fixes ("the administration of the trump"). */
  corrections?: Record<string, string>;
  surname?: string;
  meanings?: string[];
  language?: string;
  /** What a finding of this entry is, as a noun phrase ("the comment-form line"); the termbase's label otherwise. */
  label?: string;
  /** gazetteer: ISO 3166-1 alpha-2 code, `EU` or `INT`. */
  country?: string;
  /** gazetteer: the name in its own language and script. */
  native?: string[];
  /** The name, or an English meaning of it, is also an English word or common English surname: never a certain fix. */
  alsoEnglish?: boolean;
  message?: string;
  note?: string;
  source?: string;
  examples: TermbaseExample[];
}

export interface Termbase {
  $schema?: string;
  id: string;
  kind: TermbaseKind;
  category: RuleCategory;
  description: string;
  defaultSeverity: SeverityName;
  /** What a finding of this rule is, as a noun phrase for messages ("a calque"). */
  label?: string;
  message?: string;
  defaults?: { caseSensitive?: boolean; confidence?: Confidence };
  /** A folder beside the file whose *.json files add rows to `entries` (rules/gazetteer/). */
  rows?: string;
  /** Set when loading, never in a file: the substitution tables loaded with a gazetteer, whose rows it does not repeat. */
  companions?: readonly Termbase[];
  entries: TermbaseEntry[];
}

/** A termbase with the path it was read from, for error messages. */
export interface LoadedTermbase {
  path: string;
  data: Termbase;
}

/** The metadata every kind gives the rule it makes from a table: the table's own fields. */
export function metaOf(termbase: Termbase, fixable: RuleMeta['fixable']): RuleMeta {
  return {
    id: termbase.id,
    category: termbase.category,
    description: termbase.description,
    docsUrl: docsUrlOf(termbase.id),
    defaultSeverity: termbase.defaultSeverity,
    fixable,
    ...(termbase.label !== undefined ? { label: termbase.label } : {}),
  };
}

/** The lookbehind that `scope: "line-start"` stands for in a pattern: where a line starts. */
export const lineStartLead = '(?<=^|\\n)';

/**
 * The regex source an entry's `pattern` means with its scope: a `line-start` pattern is tried
 * where a line starts, which the matcher scans for at each line start alone.
 */
export function patternSourceOf(entry: Pick<TermbaseEntry, 'pattern' | 'scope'>): string | undefined {
  if (entry.pattern === undefined) return undefined;
  return entry.scope === 'line-start' ? `${lineStartLead}${entry.pattern}` : entry.pattern;
}

const languageNames = lazy(() => new Intl.DisplayNames(['en'], { type: 'language' }));

/** The English name of a language an entry gives as an ISO 639 code: `fi` is "Finnish". */
export function languageName(code: string): string {
  return languageNames().of(code) ?? code;
}
