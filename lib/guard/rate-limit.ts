/**
 * In-memory rate limits: a fixed window per key. Per process, which is what a single
 * Perch server needs; several instances each apply the limit (documented in the README).
 * The table is bounded: expired windows are swept as it grows.
 */
import type { RateRule } from "./access";

type Window = { count: number; resetAt: number };

const MAX_KEYS = 50_000;

export class RateLimiter {
  private readonly windows = new Map<string, Window>();

  /**
   * Counts one call for `key` under `rule`. Returns null when allowed, or the seconds to
   * wait when the limit is reached (the refused call is not counted).
   */
  hit(key: string, rule: RateRule, now: number = Date.now()): number | null {
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      if (this.windows.size >= MAX_KEYS) this.sweep(now);
      window = { count: 0, resetAt: now + rule.seconds * 1000 };
      this.windows.set(key, window);
    }
    if (window.count >= rule.max) return Math.max(1, Math.ceil((window.resetAt - now) / 1000));
    window.count += 1;
    return null;
  }

  /** Forgets every window (tests). */
  reset(): void {
    this.windows.clear();
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
    // Still full of live windows (a flood of distinct keys): drop the oldest half.
    if (this.windows.size >= MAX_KEYS) {
      let drop = Math.floor(this.windows.size / 2);
      for (const key of this.windows.keys()) {
        if (drop-- <= 0) break;
        this.windows.delete(key);
      }
    }
  }
}

// One limiter per process, kept across hot reloads in development.
const globalForLimits = globalThis as unknown as { perchRateLimiter?: RateLimiter };
export const rateLimiter: RateLimiter = (globalForLimits.perchRateLimiter ??= new RateLimiter());
