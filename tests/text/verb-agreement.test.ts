/** A plural verb after a renamed plural subject is conjugated with the singular name. */
import { describe, expect, it } from 'vitest';
import { agreementWords } from '../../src/termbase/word-lists.js';
import { extendForAgreement, singularVerbOf } from '../../src/text/verb-agreement.js';

function extend(text: string, phrase: string): string | undefined {
  const start = text.indexOf(phrase);
  const extension = extendForAgreement(text, start, start + phrase.length, agreementWords());
  return extension ? `${text.slice(start, extension.end)} → ${extension.suffix.trim()}` : undefined;
}

describe('singularVerbOf', () => {
  it('should conjugate irregular and regular verbs', () => {
    expect(['have', 'are', 'lose', 'choose', 'want', 'say', 'try', 'go'].map((verb) => singularVerbOf(verb, agreementWords()))).toEqual([
      'has', 'is', 'loses', 'chooses', 'wants', 'says', 'tries', 'goes',
    ]);
  });

  it('should know nothing of words that are nouns as often as verbs', () => {
    expect(singularVerbOf('support', agreementWords())).toBeUndefined();
    expect(singularVerbOf('poll', agreementWords())).toBeUndefined();
    expect(singularVerbOf('were', agreementWords())).toBeUndefined();
  });
});

describe('extendForAgreement', () => {
  it('should take the directly following verb along', () => {
    expect(extend('while the Basic Finns have been', 'the Basic Finns')).toBe('the Basic Finns have → has');
  });

  it('should look past one adverb', () => {
    expect(extend('while the Basic Finns still want more', 'the Basic Finns')).toBe('the Basic Finns still want → still wants');
  });

  it('should leave a phrase that is the object of a verb or preposition alone', () => {
    expect(extend('Voters who backed the Basic Finns also try', 'the Basic Finns')).toBeUndefined();
    expect(extend('Many voters for the Basic Finns are young', 'the Basic Finns')).toBeUndefined();
  });

  it('should leave the verb of a compound subject alone', () => {
    expect(extend('The SDP and the Basic Finns have lost', 'the Basic Finns')).toBeUndefined();
  });

  it('should not take a noun or a modal along', () => {
    expect(extend('the Basic Finns support base', 'the Basic Finns')).toBeUndefined();
    expect(extend('the Basic Finns will elect', 'the Basic Finns')).toBeUndefined();
  });
});
