/**
 * The searches to try when no page has every word: first every way of leaving out one word, then
 * two, down to single words. "wifi keeps dropping fridge" still finds the Wi-Fi pages.
 * Each level is capped, because a long query has many combinations and each one is a search.
 */
export function fewerWordLevels(words: readonly string[], maxPerLevel = 8): string[][][] {
  const levels: string[][][] = [];
  for (let size = words.length - 1; size >= 1; size -= 1) {
    levels.push(combinations(words, size).slice(0, maxPerLevel));
  }
  return levels;
}

/** Every choice of `size` words, keeping their order, the earlier words preferred. */
function combinations(words: readonly string[], size: number): string[][] {
  if (size === 0) return [[]];
  const result: string[][] = [];
  for (let start = 0; start <= words.length - size; start += 1) {
    const first = words[start];
    if (first === undefined) continue;
    for (const rest of combinations(words.slice(start + 1), size - 1)) result.push([first, ...rest]);
  }
  return result;
}
