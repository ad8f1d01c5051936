/** z for a two-sided 95% interval. */
const Z = 1.959964;

/**
 * Lower end of the 95% Wilson score interval for a share of `hits` out of `total`: how bad an
 * article can confidently be said to be. 2 No out of 2 scores 0.34; 40 out of 60 scores 0.54, so
 * a page with two votes never outranks one with sixty.
 */
export function wilsonLowerBound(hits: number, total: number): number {
  if (total <= 0) return 0;
  const share = hits / total;
  const zSquared = Z * Z;
  const centre = share + zSquared / (2 * total);
  const margin = Z * Math.sqrt((share * (1 - share)) / total + zSquared / (4 * total * total));
  return Math.max(0, (centre - margin) / (1 + zSquared / total));
}
