/** Edit distance between two short strings (Levenshtein), for "did you mean …?" hints. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The allowed value closest to what was typed, if it is close enough to be a likely typo. */
export function closestMatch(typed: string, allowed: Iterable<string>): string | undefined {
  const lower = typed.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of allowed) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(lower.length / 3)) ? best : undefined;
}

/** " Did you mean "x"?" or nothing. */
export function didYouMean(typed: unknown, allowed: readonly string[]): string {
  if (typeof typed !== 'string') return '';
  const match = closestMatch(typed, allowed);
  return match ? ` Did you mean "${match}"?` : '';
}
