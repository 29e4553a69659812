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

/**
 * The answer for the last text only: several rules ask about the same article one after another
 * (its word index, its name runs), and then the next article comes. Callers only read the answer.
 */
export function rememberLast<Answer>(compute: (text: string) => Answer): (text: string) => Answer {
  let last: { text: string; answer: Answer } | undefined;
  return (text) => {
    if (last?.text !== text) last = { text, answer: compute(text) };
    return last.answer;
  };
}
