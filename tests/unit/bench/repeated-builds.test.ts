import { describe, expect, it } from 'vitest';
import { median, roundOrder, roundRatios } from '../../../bench/lib/repeated-builds.mjs';
import { formatResults, peerRatios } from '../../../bench/lib/format-results.mjs';

const build = (...seconds: number[]) => ({
  pages: 100,
  astro: { seconds: seconds[0], cpuSeconds: seconds[0], pagesPerSecond: 1, peakRssBytes: 1e9 },
  indexBytes: 1e6,
  rounds: seconds.map((value) => ({ seconds: value, cpuSeconds: value, peakRssBytes: 1e9 })),
});

describe('repeated bench builds (--repeat)', () => {
  it('compares the sites round by round and reports the median with every round', () => {
    // The machine slowed in the second round: every site built slower, the ratio barely moved.
    const ratios = roundRatios(build(60, 90, 62).rounds, build(50, 80, 60).rounds);
    expect(ratios?.rounds).toBe(3);
    expect(ratios?.each.map((ratio) => ratio.toFixed(3))).toEqual(['1.200', '1.125', '1.033']);
    expect(ratios?.median).toBeCloseTo(1.125);
    expect(ratios?.min).toBeCloseTo(1.0333, 3);
    expect(ratios?.max).toBeCloseTo(1.2);
  });

  it('pairs only the rounds both sites built, and gives nothing to compare with a single build', () => {
    expect(roundRatios(build(60, 70, 80).rounds, build(50, 70).rounds)?.each).toEqual([1.2, 1]);
    expect(roundRatios(build(60).rounds, build(50).rounds)).toBeUndefined();
  });

  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeUndefined();
  });

  it('over three rounds builds each site once first, once in the middle and once last', () => {
    const sites = ['ours', 'bare-astro', 'starlight'];
    const rounds = [0, 1, 2].map((round) => roundOrder(sites, round));
    expect(rounds).toEqual([['ours', 'bare-astro', 'starlight'], ['bare-astro', 'starlight', 'ours'], ['starlight', 'ours', 'bare-astro']]);
    for (const site of sites) expect(new Set(rounds.map((order) => order.indexOf(site)))).toEqual(new Set([0, 1, 2]));
    // No site builds twice in a row across rounds.
    for (const [round, order] of rounds.slice(1).entries()) expect(order[0]).not.toBe(rounds[round]?.at(-1));
    expect(roundOrder(sites, 3)).toEqual(sites);
    expect(roundOrder(['ours', 'starlight'], 1)).toEqual(['starlight', 'ours']);
  });

  it('shows the median ratio and each round in the report', () => {
    const ours = { build: build(60, 90, 62) };
    const starlight = { build: build(50, 80, 60) };
    const entry = { articles: 1000, flows: 200, measuredAt: 'now', sites: { ours, starlight } };
    const results = { measuredOn: '2026-12-04', measuredAt: 'now', siteVersion: 'abc', flows: 200, totalSeconds: 1, machine: { cores: 2, memoryGiB: 24, node: 'v24', loadAverage: [1, 1] }, sizes: { 1000: entry } };
    expect(peerRatios(ours, starlight)?.buildTimeRounds?.median).toBeCloseTo(1.125);
    const report = formatResults(results);
    expect(report).toContain('**1.13×**, median of 3 rounds (1.20×, 1.13×, 1.03×)');
    expect(report).toContain('3 builds with the index: 60 s, 90 s, 62 s');
  });
});
