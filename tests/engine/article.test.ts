import { describe, expect, it } from 'vitest';
import { Article } from '../../src/engine/article.js';

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
});
