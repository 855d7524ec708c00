/**
 * Limits on a feed's shape, checked without recursion before anything walks it: nesting deeper than any feed
 * needs (a route is at most six levels down) would overflow the stack of whatever code walks it next, and
 * millions of tiny objects make the browser's own JSON.parse freeze the page although the text is small.
 */

/** Deeper than any valid feed (FeatureCollection → features → feature → properties → niveaus → niveau is 6). */
export const MAX_JSON_DEPTH = 20;
/** Objects and arrays in one feed: 25 for each of the most routes the map reads; a real route has about 13. */
export const MAX_JSON_CONTAINERS = 250_000;

export type ShapeProblem = { kind: 'too-deep'; limit: number } | { kind: 'too-many-values'; limit: number };

/**
 * The text's objects and arrays counted before it is parsed: an over-count (a `{` inside a string counts too), so a
 * text under the limit is surely under it. `indexOf` for each opener rather than one regular expression: a third of
 * the time cold (1 MB, measured in Node), and this runs before the first pins.
 */
export function containersInText(text: string, limit = MAX_JSON_CONTAINERS): ShapeProblem | undefined {
  let count = 0;
  for (const opener of ['{', '[']) {
    for (let at = text.indexOf(opener); at !== -1; at = text.indexOf(opener, at + 1))
      if (++count > limit) return { kind: 'too-many-values', limit };
  }
  return undefined;
}

/** A parsed value deeper than `limit` or with more containers than `containers`: an explicit stack, no recursion. */
export function shapeProblem(
  value: unknown,
  limit = MAX_JSON_DEPTH,
  containers = MAX_JSON_CONTAINERS,
): ShapeProblem | undefined {
  // Two stacks side by side rather than one of pairs: no array allocated per container (a feed has 100,000s).
  const values: unknown[] = [value];
  const depths: number[] = [0];
  let seen = 0;
  while (values.length) {
    const current = values.pop();
    const depth = depths.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    if (depth >= limit) return { kind: 'too-deep', limit };
    if (++seen > containers) return { kind: 'too-many-values', limit: containers };
    // for…in rather than Object.values: no array allocated per object.
    if (Array.isArray(current)) {
      for (const child of current) {
        if (typeof child === 'object' && child !== null) {
          values.push(child);
          depths.push(depth + 1);
        }
      }
    } else {
      for (const key in current) {
        const child = (current as Record<string, unknown>)[key];
        if (typeof child === 'object' && child !== null) {
          values.push(child);
          depths.push(depth + 1);
        }
      }
    }
  }
  return undefined;
}
