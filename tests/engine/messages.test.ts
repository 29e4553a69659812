/** Message wording in the editor's words: what to change, said from one place, and how the expected forms are listed. */
import { describe, expect, it } from 'vitest';
import { describeExpected, describeFinding, fillTemplate, quote, shorten, unexpected } from '../../src/engine/messages.js';
import { withoutFlaggedProposals } from '../../src/engine/report.js';
import type { Finding } from '../../src/engine/types.js';

describe('message wording', () => {
  it('should list expected forms as `a`, `b` or `c`, an empty one as nothing', () => {
    expect(describeExpected([])).toBe('');
    expect(describeExpected(['Sberbank'])).toBe('`Sberbank`');
    expect(describeExpected(['Kyiv', 'Kiev'])).toBe('`Kyiv` or `Kiev`');
    expect(describeExpected(['a', 'b', 'c'])).toBe('`a`, `b` or `c`');
    expect(describeExpected(['the Finns Party', ''])).toBe('`the Finns Party` or nothing');
  });

  it('should say "Replace" for a certain replacement and "Remove" with what it is for a certain deletion', () => {
    expect(describeFinding({ actual: 'Sperbank', expected: ['Sberbank'], confidence: 'certain' })).toBe('Replace `Sperbank` with `Sberbank`');
    expect(describeFinding({ actual: 'Leave a Reply', expected: [''], confidence: 'certain', label: 'the comment-form line' })).toBe(
      'Remove the comment-form line `Leave a Reply`',
    );
    expect(describeFinding({ actual: 'Leave a Reply', expected: [''], confidence: 'certain' })).toBe('Remove `Leave a Reply`');
  });

  it('should name the kind of problem for a likely finding and say what to write instead', () => {
    expect(describeFinding({ actual: 'hold the reins loosely', expected: ['stay relaxed'], confidence: 'likely', label: 'a calque' })).toBe(
      'Possibly a calque: `hold the reins loosely` (say `stay relaxed`)',
    );
    expect(describeFinding({ actual: 'Byline text', expected: [''], confidence: 'likely', label: 'the byline' })).toBe('Possibly the byline: `Byline text` (remove it)');
    expect(describeFinding({ actual: 'Kiev', expected: ['Kyiv'], confidence: 'likely' })).toBe('Consider replacing `Kiev` with `Kyiv`');
  });

  it('should say what to check when a finding has nothing to offer', () => {
    expect(describeFinding({ actual: '“', expected: [], confidence: 'possible', check: 'this quotation is never closed' })).toBe(
      'Check `“`: this quotation is never closed',
    );
    expect(describeFinding({ actual: 'Gaзprom', expected: [], confidence: 'possible', label: 'a word in mixed alphabets' })).toBe(
      'Check `Gaзprom`: possibly a word in mixed alphabets',
    );
  });

  it('should cut a long quoted text at a word with an ellipsis', () => {
    const long = 'My colleague writes about the markets and the weather and the harbour every single day of the week';
    expect(shorten(long)).toBe('My colleague writes about the markets and the weather and…');
    expect(shorten(long).length).toBeLessThanOrEqual(60);
    expect(describeFinding({ actual: long, expected: [''], confidence: 'certain' })).toBe('Remove `My colleague writes about the markets and the weather and…`');
  });

  it('should keep the old helper in the new words and fill data templates', () => {
    expect(unexpected('Sperbank', ['Sberbank'])).toBe('Replace `Sperbank` with `Sberbank`');
    expect(unexpected('Turkey')).toBe('Check `Turkey`');
    expect(fillTemplate('Use {expected} for {actual}', 'Kraft Siberia', ['Power of Siberia', 'Sila Sibiri'])).toBe(
      'Use `Power of Siberia` or `Sila Sibiri` for `Kraft Siberia`',
    );
  });

  it('should flatten whitespace and keep backticks out of the code span', () => {
    expect(quote('Wang\n Yi')).toBe('`Wang Yi`');
    expect(quote('a`b')).toBe('`a\u02CBb`');
  });
});

describe('withoutFlaggedProposals', () => {
  const finding = (start: number, actual: string, expected: string[], confidence: Finding['confidence'] = 'likely'): Finding => ({
    start,
    end: start + actual.length,
    actual,
    expected,
    confidence,
  });

  it('should follow a proposal that another finding flags to that finding\'s own replacement', () => {
    const findings = withoutFlaggedProposals([finding(0, 'Virtamen', ['Virtanen']), finding(30, 'Quarrel', ['Virtanen', 'Virtamen'])]);
    expect(findings.map((item) => item.expected)).toEqual([['Virtanen'], ['Virtanen']]);
  });

  it('should drop a proposal flagged without a replacement, and say what to check when none is left', () => {
    const findings = withoutFlaggedProposals([finding(0, 'Gaзprom', [], 'possible'), finding(20, 'Gasprom', ['Gaзprom'], 'certain')]);
    expect(findings[1]?.expected).toEqual([]);
    expect(findings[1]?.confidence).toBe('possible');
    expect(describeFinding({ ...(findings[1] as Finding) })).toBe(
      'Check `Gasprom`: each form proposed for it is flagged elsewhere in the article (`Gaзprom`)',
    );
  });

  it('should leave findings alone when nothing they propose is flagged', () => {
    const own = { ...finding(0, 'Ankara', ['Anakara', 'Ankara2']), message: 'Own words' };
    const untouched = withoutFlaggedProposals([own, finding(40, 'Paris', ['Pariisi'])]);
    expect(untouched[0]).toEqual(own);
  });

  it('should keep a rule\'s own evidence when a proposal is followed, speaking of the form now proposed', () => {
    const own = { ...finding(0, 'Stonne', ['Kivvi']), message: '`Stonne` stands where `Aino Kivvi` is the speaker', note: 'expected `Kivvi`' };
    const changed = withoutFlaggedProposals([own, finding(40, 'Kivvi', ['Kivi'])]);
    expect(changed[0]?.expected).toEqual(['Kivi']);
    expect(changed[0]?.message).toBe('`Stonne` stands where `Aino Kivvi` is the speaker');
    expect(changed[0]?.note).toBe('expected `Kivi`');
  });

  it('should drop a rule\'s own wording when a proposal it names is dropped', () => {
    const own = { ...finding(0, 'Ankara', ['Anakara', 'Ankara2']), message: 'Say `Anakara` or `Ankara2`' };
    const changed = withoutFlaggedProposals([own, finding(40, 'Anakara', [], 'possible')]);
    expect(changed[0]?.expected).toEqual(['Ankara2']);
    expect(changed[0]?.message).toBeUndefined();
  });
});
