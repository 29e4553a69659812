/** The command line loads one formatter by name; it must be the very one the registry lists. */
import { describe, expect, it } from 'vitest';
import { formatNames, formatters, loadChunkedFormatter, loadFormatter } from '../../src/formatters/index.js';
import { formatJsonChunks } from '../../src/formatters/json.js';

describe('loadFormatter', () => {
  it('should load, for every format name, the formatter of the registry', async () => {
    expect(formatNames).toEqual(Object.keys(formatters).sort());
    for (const name of formatNames) {
      expect(await loadFormatter(name), name).toBe(formatters[name]);
      // JSON alone is written in pieces.
      expect(await loadChunkedFormatter(name), name).toBe(name === 'json' ? formatJsonChunks : undefined);
    }
  });
});
