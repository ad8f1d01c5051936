/** Past this many tracked addresses, idle ones are forgotten so memory stays bounded. */
const MAX_TRACKED_CLIENTS = 50_000;

interface Bucket {
  tokens: number;
  updatedAt: number;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * A token bucket per client key (an IP address), kept in memory only and never written anywhere:
 * each client may send `perMinute` events at once, and earns them back evenly over a minute.
 * Each collector instance counts on its own, which is enough to stop one noisy client.
 */
export class RateLimiter {
  readonly #capacity: number;
  readonly #refillPerMs: number;
  readonly #now: () => number;
  readonly #buckets = new Map<string, Bucket>();

  constructor(perMinute: number, now: () => number = Date.now) {
    this.#capacity = perMinute;
    this.#refillPerMs = perMinute / 60_000;
    this.#now = now;
  }

  take(key: string): RateDecision {
    const now = this.#now();
    const bucket = this.#buckets.get(key) ?? { tokens: this.#capacity, updatedAt: now };
    bucket.tokens = Math.min(this.#capacity, bucket.tokens + (now - bucket.updatedAt) * this.#refillPerMs);
    bucket.updatedAt = now;
    if (!this.#buckets.has(key)) {
      this.#forgetIdleClients(now);
      this.#buckets.set(key, bucket);
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    return { allowed: false, retryAfterSeconds: Math.ceil((1 - bucket.tokens) / this.#refillPerMs / 1000) };
  }

  /** How many clients are being counted (for tests of the memory bound). */
  get trackedClients(): number {
    return this.#buckets.size;
  }

  #forgetIdleClients(now: number): void {
    if (this.#buckets.size < MAX_TRACKED_CLIENTS) return;
    // A bucket that has refilled completely holds nothing worth remembering.
    for (const [key, bucket] of this.#buckets) {
      if (bucket.tokens + (now - bucket.updatedAt) * this.#refillPerMs >= this.#capacity) this.#buckets.delete(key);
    }
    // Still full (a flood from many addresses): drop the oldest entries, which Map keeps first.
    for (const key of this.#buckets.keys()) {
      if (this.#buckets.size < MAX_TRACKED_CLIENTS) break;
      this.#buckets.delete(key);
    }
  }
}
