/** How many threads a run gets: small runs stay in-process, explicit numbers are honoured. */
import { describe, expect, it } from 'vitest';
import { filesPerWorker, parseConcurrency, resolveConcurrency } from '../../src/node/parallel.js';

describe('concurrency', () => {
  it('should keep a small run in one thread under auto', () => {
    expect(resolveConcurrency('auto', 1, 8)).toBe(1);
    expect(resolveConcurrency('auto', filesPerWorker * 2 - 1, 8)).toBe(1);
  });

  it('should use every core on a large run under auto, never more', () => {
    expect(resolveConcurrency('auto', 10_000, 2)).toBe(2);
    expect(resolveConcurrency('auto', 10_000, 64)).toBe(64);
  });

  it('should honour a number up to the number of files, and off', () => {
    expect(resolveConcurrency(3, 2, 8)).toBe(2);
    expect(resolveConcurrency(3, 50, 1)).toBe(3);
    expect(resolveConcurrency('off', 10_000, 8)).toBe(1);
  });

  it('should parse auto, off and whole numbers only', () => {
    expect(parseConcurrency('auto')).toBe('auto');
    expect(parseConcurrency('off')).toBe('off');
    expect(parseConcurrency('4')).toBe(4);
    expect(parseConcurrency('0')).toBeUndefined();
    expect(parseConcurrency('2.5')).toBeUndefined();
    expect(parseConcurrency('many')).toBeUndefined();
  });
});
