/** Remembering answers about text, for the rules that ask the same question many times. */

/**
 * An answer per string, computed once: names and words recur within and across articles. The cache
 * is cleared when it grows large so that a batch of many articles keeps a bounded footprint.
 */
export function memoise(compute: (text: string) => string): (text: string) => string {
  const cache = new Map<string, string>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined) {
      if (cache.size > 50_000) cache.clear();
      value = compute(text);
      cache.set(text, value);
    }
    return value;
  };
}
