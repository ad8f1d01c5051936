import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../http/rate-limiter.ts';

describe('the rate limiter', () => {
  it('lets a client send its per-minute allowance at once, then earns tokens back evenly', () => {
    let now = 0;
    const limiter = new RateLimiter(60, () => now);
    for (let n = 0; n < 60; n++) expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    now += 1000;
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
    now += 60_000;
    for (let n = 0; n < 60; n++) expect(limiter.take('a').allowed).toBe(true);
  });

  it('counts each client on its own', () => {
    const limiter = new RateLimiter(1, () => 0);
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
    expect(limiter.take('b').allowed).toBe(true);
  });

  it('forgets idle clients so a flood of addresses cannot grow memory without bound', () => {
    let now = 0;
    const limiter = new RateLimiter(10, () => now);
    for (let n = 0; n < 60_000; n++) {
      now += 1;
      limiter.take(`198.51.${Math.floor(n / 256)}.${n % 256}`);
    }
    expect(limiter.trackedClients).toBeLessThanOrEqual(50_000);
  });
});
