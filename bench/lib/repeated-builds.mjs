// Repeated builds (`--repeat N`): on a shared machine the same build's time moves by ±20 % within
// minutes, more than the goals' margins, so each site is built N times, the sites taking turns,
// and the report compares the sites round by round.

/**
 * The order in which the sites build in round `round` (0 is the first, full measurement): the list
 * turned by one place each round, so over as many rounds as there are sites each site builds once
 * in each place. Where a build sits in its round moves its ratio by about a tenth, one way or the
 * other: in the six three-round runs of 2026-12-04 and 05, help center ÷ Starlight was 1.19× (median)
 * at 5,000 articles in the rounds the help center built first and 1.00× where Starlight did, but
 * 1.08× and 1.17× at 1,000. Every other round backwards put the help center first in two rounds of
 * three, so such an effect did not cancel out.
 */
export function roundOrder(sites, round) {
  const turn = round % sites.length;
  return [...sites.slice(turn), ...sites.slice(0, turn)];
}

/** The middle value (the mean of the two middle ones for an even count); undefined for none. */
export function median(values) {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Ours ÷ the peer for each round both built (build time with the index), with their median and
 * range: builds of one round ran minutes apart, so each round's ratio saw about the same machine.
 * Undefined unless both built at least twice.
 */
export function roundRatios(oursRounds = [], peerRounds = []) {
  const count = Math.min(oursRounds.length, peerRounds.length);
  if (count < 2) return undefined;
  const ratios = Array.from({ length: count }, (_, round) => oursRounds[round].seconds / peerRounds[round].seconds);
  return { rounds: count, median: median(ratios), min: Math.min(...ratios), max: Math.max(...ratios), each: ratios };
}
