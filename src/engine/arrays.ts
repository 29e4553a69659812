/**
 * Array helpers for the hot paths of the rules.
 */

/**
 * `items.map(transform)`, built with `push`. V8 gives the array of a `map` it has inlined into
 * optimised code another elements kind than the array its builtin makes, so a function that reads
 * such arrays meets a new shape once their producer is optimised, and is compiled again: in a
 * thread linting bench articles name-inconsistency's check was compiled four times (about 40 ms
 * each), the gazetteer's, the phrase scan's and toMessage twice or more.
 */
export function mapByPush<Item, Result>(items: readonly Item[], transform: (item: Item) => Result): Result[] {
  const results: Result[] = [];
  for (const item of items) results.push(transform(item));
  return results;
}
