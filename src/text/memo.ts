/** Remembering answers about text, for the rules that ask the same question many times. */

/**
 * An answer per string, computed once: names and words recur within and across articles. The cache
 * is cleared when it grows large so that a batch of many articles keeps a bounded footprint.
 */
/**
 * A value built on first use and kept by the returned function: data a run may never need (a
 * dictionary, a parser, code pages) costs nothing until a rule asks, and no module variable holds it.
 */
export function lazy<Value>(build: () => Value): () => Value {
  let value: Value | undefined;
  let built = false;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as Value;
  };
}

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
