/**
 * The facts of one text that rules and tables ask about again and again, each worked out once, on
 * first use, and kept with the text: whether it is plain (see `isPlainText`), its words, its runs
 * of capitalised words, its literal index. An `Article` is such a text, as ESLint's SourceCode
 * keeps its tokens: a rule reads `article.words` instead of scanning the text again. Anything else
 * a table or rule wants to work out once per text it keeps with `remember`, never in a module.
 */
import { escapeRegExp, isPlainText } from '../text/characters.js';
import { findNameRuns, windowsOf, type NameToken, type NameWindow } from '../text/name-tokens.js';
import { scanWords, type ArticleWords } from '../text/words.js';
import { LiteralIndex } from './literal-index.js';

export class TextFacts {
  readonly text: string;
  #plain: boolean | undefined;
  #words: ArticleWords | undefined;
  #nameRuns: readonly NameToken[][] | undefined;
  #literalIndex: LiteralIndex | undefined;
  #letterRuns: ReadonlySet<string> | undefined;
  readonly #windows = new Map<readonly NameToken[], Array<NameWindow[] | undefined>>();
  readonly #remembered = new Map<object, unknown>();

  constructor(text: string) {
    this.text = text;
  }

  /** No surrogate pairs and none of the letters whose case folding differs without the `u` flag. */
  get plain(): boolean {
    this.#plain ??= isPlainText(this.text);
    return this.#plain;
  }

  /** Where each word starts, and the hash of its letters lower-cased (text/words.ts). */
  get words(): ArticleWords {
    this.#words ??= scanWords(this.text);
    return this.#words;
  }

  /** Runs of capitalised words, the candidates for names ("Chinese Foreign Minister Wang Yi"). */
  get nameRuns(): readonly NameToken[][] {
    this.#nameRuns ??= findNameRuns(this.text);
    return this.#nameRuns;
  }

  /** The windows of `size` words of one of `nameRuns`, left to right ("Foreign Minister", "Minister Wang", "Wang Yi"). */
  nameWindows(run: readonly NameToken[], size: number): readonly NameWindow[] {
    let bySize = this.#windows.get(run);
    if (!bySize) {
      bySize = [];
      this.#windows.set(run, bySize);
    }
    bySize[size] ??= windowsOf(run, size, this.text);
    return bySize[size];
  }

  /** Which words the text has, for the words a pattern needs before it is worth running. */
  get literalIndex(): LiteralIndex {
    this.#literalIndex ??= new LiteralIndex(this.text);
    return this.#literalIndex;
  }

  /**
   * Whether `word`, as written (case counts), stands in the text as a word of its own, not inside a
   * longer one: "angara" in "the angara of the river", not in "Angaraland". A word of letters and
   * digits is looked up among the text's runs of them, found once; any other is searched for.
   */
  standsAlone(word: string): boolean {
    if (/^[\p{L}\p{N}]+$/u.test(word)) {
      this.#letterRuns ??= new Set(this.text.match(/[\p{L}\p{N}]+/gu) ?? []);
      return this.#letterRuns.has(word);
    }
    return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'u').test(this.text);
  }

  /** The answer `owner` (a table, a rule) works out about this text, computed on its first question. */
  remember<Answer>(owner: object, compute: (facts: this) => Answer): Answer {
    if (this.#remembered.has(owner)) return this.#remembered.get(owner) as Answer;
    const answer = compute(this);
    this.#remembered.set(owner, answer);
    return answer;
  }
}

/** The facts of a text: its own when it has them (an article), fresh ones for a bare string. */
export function factsOf(subject: string | TextFacts): TextFacts {
  return typeof subject === 'string' ? new TextFacts(subject) : subject;
}
