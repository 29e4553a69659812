/** mapByPush answers as `map` does. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mapByPush } from '../../src/engine/arrays.js';
import { fuzzParameters } from '../fuzz/arbitraries.js';

describe('mapByPush', () => {
  it('should give what map gives, in order', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), (items) => {
        expect(mapByPush(items, (item) => `${item.length}:${item}`)).toEqual(items.map((item) => `${item.length}:${item}`));
      }),
      fuzzParameters(500),
    );
    expect(mapByPush([], (item: string) => item)).toEqual([]);
  });
});
