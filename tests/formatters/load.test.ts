/** The command line loads one formatter by name; it must be the very one the registry lists. */
import { describe, expect, it } from 'vitest';
import { chunkedFormatters, formatNames, formatters, loadChunkedFormatter, loadFormatter } from '../../src/formatters/index.js';

describe('loadFormatter', () => {
  it('should load, for every format name, the formatter of the registry', async () => {
    expect(formatNames).toEqual(Object.keys(formatters).sort());
    for (const name of formatNames) {
      expect(await loadFormatter(name), name).toBe(formatters[name]);
      expect(await loadChunkedFormatter(name), name).toBe(chunkedFormatters[name]);
    }
  });
});
