import { describe, expect, it } from 'vitest';
import { Article } from '../../src/engine/article.js';
import { applyFixes } from '../../src/engine/fix.js';
import { deletionRange } from '../../src/engine/whitespace.js';

const remove = (text: string, phrase: string): string => {
  const start = text.indexOf(phrase);
  const range = deletionRange(new Article(text), start, start + phrase.length);
  return applyFixes(text, [{ range, text: '' }]).output;
};

describe('deletionRange', () => {
  it('should remove a whole boilerplate line with one of the blank lines around it', () => {
    expect(remove('Story.\n\nLeave a Comment\n\nMore story.\n', 'Leave a Comment')).toBe('Story.\n\nMore story.\n');
  });

  it('should remove a last line without leaving a trailing blank line', () => {
    expect(remove('Story.\n\nLatest Posts', 'Latest Posts')).toBe('Story.\n');
  });

  it('should remove a credit at the end of a caption with the space before it', () => {
    expect(remove('Lavrov in August 2023 MARCO LONGARI / POOL\n', 'MARCO LONGARI / POOL')).toBe('Lavrov in August 2023\n');
  });

  it('should remove a phrase at the start of a line with the space after it', () => {
    expect(remove('Home » today » Lavrov visits China\n', 'Home » today » ')).toBe('Lavrov visits China\n');
  });

  it('should keep one space between the words around a mid-line deletion', () => {
    expect(remove('Lavrov (M.) visits China', '(M.)')).toBe('Lavrov visits China');
  });

  it('should keep CRLF line endings of the lines it keeps', () => {
    expect(remove('Story.\r\n\r\nLeave a Reply\r\n\r\nMore.\r\n', 'Leave a Reply')).toBe('Story.\r\n\r\nMore.\r\n');
  });
});
