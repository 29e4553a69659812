/** A match of a phrase or pattern: absolute offsets into the untouched text. */
export interface PhraseMatch {
  start: number;
  end: number;
  text: string;
  /** Named capture groups of a pattern; a replacement may refer to them as `$<name>`. */
  groups?: Record<string, string | undefined>;
}
