import { describe, expect, it } from 'vitest';
import { expandGroups, matchAll } from '../../src/kinds/matching.js';

describe('expandGroups', () => {
  it('should fill named groups of a pattern match into a replacement', () => {
    const [match] = [...matchAll(/\b(?<verb>keep|kept)\s+our\s+heads\s+cold\b/gu, 'We kept our heads cold.')];
    expect(match?.groups).toEqual({ verb: 'kept' });
    expect(expandGroups('$<verb> a cool head', match?.groups)).toBe('kept a cool head');
  });

  it('should fill a group that took no part in the match with nothing', () => {
    expect(expandGroups('member$<plural>', { plural: undefined })).toBe('member');
  });

  it('should leave a replacement without groups as it is', () => {
    expect(expandGroups('a cost of $5 <b>', undefined)).toBe('a cost of $5 <b>');
    expect(expandGroups('a cost of $5', { verb: 'kept' })).toBe('a cost of $5');
  });
});
