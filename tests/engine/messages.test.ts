/** Message wording: "Unexpected `Sperbank`, expected `Sberbank`", and how the expected forms are listed. */
import { describe, expect, it } from 'vitest';
import { describeExpected, fillTemplate, quote, unexpected } from '../../src/engine/messages.js';

describe('message wording', () => {
  it('should list expected forms as `a`, `b` or `c`, an empty one as nothing', () => {
    expect(describeExpected([])).toBe('');
    expect(describeExpected(['Sberbank'])).toBe('`Sberbank`');
    expect(describeExpected(['Kyiv', 'Kiev'])).toBe('`Kyiv` or `Kiev`');
    expect(describeExpected(['a', 'b', 'c'])).toBe('`a`, `b` or `c`');
    expect(describeExpected(['the Finns Party', ''])).toBe('`the Finns Party` or nothing');
  });

  it('should say what to do in a fragment without a final period', () => {
    expect(unexpected('Sperbank', ['Sberbank'])).toBe('Unexpected `Sperbank`, expected `Sberbank`');
    expect(unexpected('Leave a Comment', [''])).toBe('Unexpected `Leave a Comment`, remove it');
    expect(unexpected('Turkey')).toBe('Unexpected `Turkey`');
    expect(fillTemplate('Use {expected} for {actual}', 'Kraft Siberia', ['Power of Siberia', 'Sila Sibiri'])).toBe(
      'Use `Power of Siberia` or `Sila Sibiri` for `Kraft Siberia`',
    );
  });

  it('should flatten whitespace and keep backticks out of the code span', () => {
    expect(quote('Wang\n Yi')).toBe('`Wang Yi`');
    expect(quote('a`b')).toBe('`a\u02CBb`');
  });
});
