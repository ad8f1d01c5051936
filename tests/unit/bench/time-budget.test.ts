import { describe, expect, it } from 'vitest';
import { createTimeBudget } from '../../../bench/lib/time-budget.mjs';

describe('the bench time budget', () => {
  it('keeps the time Lighthouse needs at the end out of the builds, and says so when it skips one', () => {
    const budget = createTimeBudget(1140, 150);
    // 0.05 s an article at 1,000: 5,000 articles need about 5,000 × 0.05 × 1.15 + 20 = 308 s.
    budget.record('ours', 1000, 50);
    expect(budget.reasonToSkip('ours', 5000)).toBeUndefined();
    // 17,000 articles: about 998 s, within the whole 1,140 s but not the 990 s left for builds.
    expect(budget.reasonToSkip('ours', 17000)).toMatch(/would pass the 19-minute budget \(--budget-minutes; 150 s of it kept for Lighthouse\)$/);
    expect(budget.remainingSeconds()).toBeGreaterThan(989);
    expect(budget.remainingSeconds()).toBeLessThanOrEqual(990);
  });
});
