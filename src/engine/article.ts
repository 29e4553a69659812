/**
 * An article as the rules see it, as ESLint's SourceCode is: the untouched text, its lines, and the
 * facts every rule may read, each worked out once on first use: `words`, `nameRuns`,
 * `literalIndex`, `plain` (see match/text-facts.ts) and the retext-english `tree` with its
 * `sentences` (most rules read raw lines or run one regular expression, and a parse costs ten
 * times a regex scan).
 */
import { createRequire } from 'node:module';
import type { Root, Sentence } from 'nlcst';
import type { Processor } from 'unified';
import { TextFacts } from '../match/text-facts.js';
import { lazy } from '../text/memo.js';

export interface Line {
  /** 1-based line number. */
  number: number;
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character, before the line break. */
  end: number;
  /** Offset just past the line break (equals `end` on the last line without one). */
  next: number;
  text: string;
}

export interface Point {
  line: number;
  column: number;
}

export interface Span {
  start: number;
  end: number;
  text: string;
}

type Parser = Pick<Processor<Root>, 'parse'>;

/**
 * The parser is loaded on the first parse, not at start-up: most runs of most rules never parse,
 * and importing unified and retext-english is a large part of a one-file lint. Node ≥ 20.19
 * loads these ES modules synchronously through require(), which a getter needs.
 */
const getParser = lazy((): Parser => {
  const require = createRequire(import.meta.url);
  const { unified } = require('unified') as typeof import('unified');
  const retextEnglish = (require('retext-english') as typeof import('retext-english')).default;
  return unified().use(retextEnglish) as unknown as Parser;
});

/** `text`, what the rules read, has the same length and offsets as `source`; markup may be blanked out. */
export class Article extends TextFacts {
  /** The file as read, untouched. */
  readonly source: string;
  readonly filePath: string;
  readonly #lineStarts: number[];
  #lines: Line[] | undefined;
  #tree: Root | undefined;
  #sentences: Span[] | undefined;

  constructor(source: string, options: { filePath?: string; text?: string } = {}) {
    super(options.text ?? source);
    this.source = source;
    if (this.text.length !== source.length) {
      throw new Error('Article text must have the same length as its source');
    }
    this.filePath = options.filePath ?? '<text>';
    this.#lineStarts = [0];
    for (let index = 0; index < source.length; index++) {
      const code = source.charCodeAt(index);
      if (code === 10) this.#lineStarts.push(index + 1);
      else if (code === 13 && source.charCodeAt(index + 1) !== 10) this.#lineStarts.push(index + 1);
    }
  }

  /** 1-based line and column of an offset; columns count UTF-16 code units, as ESLint's do. */
  toPoint(offset: number): Point {
    const starts = this.#lineStarts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
  }

  /** The offset of a 1-based line and column. */
  toOffset(point: Point): number {
    return (this.#lineStarts[point.line - 1] ?? this.source.length) + point.column - 1;
  }

  get lines(): readonly Line[] {
    if (this.#lines) return this.#lines;
    const lines: Line[] = [];
    const starts = this.#lineStarts;
    for (let index = 0; index < starts.length; index++) {
      const start = starts[index] ?? 0;
      const next = starts[index + 1] ?? this.source.length;
      let end = next;
      if (end > start && this.source.charCodeAt(end - 1) === 10) end--;
      if (end > start && this.source.charCodeAt(end - 1) === 13) end--;
      lines.push({ number: index + 1, start, end, next, text: this.text.slice(start, end) });
    }
    this.#lines = lines;
    return lines;
  }

  /** The line that holds an offset. */
  lineAt(offset: number): Line {
    const { line } = this.toPoint(offset);
    const found = this.lines[line - 1];
    if (!found) throw new RangeError(`Offset ${offset} is outside the article`);
    return found;
  }

  /** The retext-english tree of the whole article, parsed on first use. */
  get tree(): Root {
    this.#tree ??= getParser().parse(this.text);
    return this.#tree;
  }

  /** Sentences with their absolute offsets, from the retext-english tree. */
  get sentences(): readonly Span[] {
    if (this.#sentences) return this.#sentences;
    const sentences: Span[] = [];
    const { visit } = createRequire(import.meta.url)('unist-util-visit') as typeof import('unist-util-visit');
    visit(this.tree, 'SentenceNode', (sentence: Sentence) => {
      const start = sentence.position?.start.offset ?? 0;
      const end = sentence.position?.end.offset ?? start;
      sentences.push({ start, end, text: this.text.slice(start, end) });
      return 'skip';
    });
    this.#sentences = sentences;
    return sentences;
  }
}
