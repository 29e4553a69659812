import { describe, expect, it } from 'vitest';
import { toString } from 'nlcst-to-string';
import { visit } from 'unist-util-visit';
import { Article } from '../../src/engine/article.js';
import { defineRule } from '../../src/engine/define-rule.js';
import { runRules } from '../../src/engine/lint.js';
import { wordKeyOf } from '../../src/match/literal-index.js';

describe('Article', () => {
  it('should give 1-based lines and UTF-16 columns', () => {
    const article = new Article('One.\nTwo “quoted”.\n');
    expect(article.toPoint(0)).toEqual({ line: 1, column: 1 });
    expect(article.toPoint(5)).toEqual({ line: 2, column: 1 });
    expect(article.toPoint(9)).toEqual({ line: 2, column: 5 });
  });

  it('should count CRLF and lone CR as one line break each', () => {
    const article = new Article('a\r\nb\rc\nd');
    expect(article.lines.map((line) => line.text)).toEqual(['a', 'b', 'c', 'd']);
    expect(article.toPoint(3)).toEqual({ line: 2, column: 1 });
    expect(article.lines[0]).toMatchObject({ start: 0, end: 1, next: 3 });
  });

  it('should round-trip offsets through points', () => {
    const article = new Article('Sergei Lavrov’s visit.\n\nWang Yi met him.');
    for (let offset = 0; offset <= article.source.length; offset++) {
      expect(article.toOffset(article.toPoint(offset))).toBe(offset);
    }
  });

  it('should find sentences with absolute offsets', () => {
    const article = new Article('Putin went to China. Xi met him.');
    expect(article.sentences.map((sentence) => [sentence.start, sentence.text])).toEqual([
      [0, 'Putin went to China.'],
      [21, 'Xi met him.'],
    ]);
  });

  it('should refuse a prose text of another length', () => {
    expect(() => new Article('abc', { text: 'ab' })).toThrow(/same length/);
  });

  it('should work out each fact once, on first use, and keep it', () => {
    const article = new Article('Foreign Minister Wang Yi met Sergei Lavrov in Moscow.');
    expect(article.words).toBe(article.words);
    expect(article.nameRuns).toBe(article.nameRuns);
    expect(article.literalIndex).toBe(article.literalIndex);
    expect(article.tree).toBe(article.tree);
  });

  it('should give the words with their offsets, the name runs and the literal index of the prose', () => {
    const article = new Article('Wang Yi met Sergei Lavrov’s deputy.');
    // The possessive's `s` is a word of its own, as `\b` sees it.
    expect(article.words.count).toBe(7);
    expect([...article.words.starts]).toEqual([0, 5, 8, 12, 19, 26, 28]);
    expect(article.nameRuns.map((run) => run.map((token) => token.bare).join(' '))).toEqual(['Wang Yi', 'Sergei Lavrov']);
    expect(article.literalIndex.hasWord(wordKeyOf('deputy'))).toBe(true);
    expect(article.plain).toBe(true);
  });

  it('should read its facts from the prose text, not from blanked-out markup', () => {
    const article = new Article('Wang Yi **spoke**', { text: 'Wang Yi   spoke  ' });
    expect(article.words.count).toBe(3);
    expect(article.nameRuns).toHaveLength(1);
  });

  it('should give the retext-english sentence tree, whose words a rule can read', () => {
    const article = new Article('Wang Yi spoke. Lavrov listened.');
    const sentences: string[] = [];
    visit(article.tree, 'SentenceNode', (sentence) => {
      sentences.push(toString(sentence));
    });
    expect(sentences).toEqual(['Wang Yi spoke.', 'Lavrov listened.']);
  });

  it('should remember what one owner works out about the article, once per owner', () => {
    const article = new Article('Wang Yi spoke.');
    const owner = {};
    let calls = 0;
    const count = () => ++calls;
    expect(article.remember(owner, count)).toBe(1);
    expect(article.remember(owner, count)).toBe(1);
    expect(article.remember({}, count)).toBe(2);
  });

  it('should show a rule its facts through the context it is given', () => {
    const seen: string[] = [];
    const rule = defineRule({
      meta: { id: 'name-reader', category: 'names', description: 'Reads the name runs', docsUrl: 'https://example.com/#name-reader', defaultSeverity: 'warn', fixable: 'none' },
      defaultOptions: {},
      check({ article }) {
        for (const run of article.nameRuns) seen.push(run.map((token) => token.text).join(' '));
      },
    });
    runRules(new Article('Boris Rhein spoke in Wiesbaden.'), [{ rule, severity: 1, options: {} }]);
    expect(seen).toEqual(['Boris Rhein', 'Wiesbaden']);
  });
});
