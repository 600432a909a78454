// A fixed one-minute window per caller, kept in this process's memory: several instances each allow the
// limit (documented). Enough to stop one consumer's burst from starving the others on a server.

export type RateLimitDecision = {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window resets. */
  resetSeconds: number;
};

const WINDOW_MS = 60_000;
/** Entries of past windows are dropped once the table is this big, so idle callers cost nothing. */
const SWEEP_AT = 10_000;

export function createRateLimiter(options: { perMinute: number; now?: () => number }) {
  const { perMinute, now = Date.now } = options;
  const windows = new Map<string, { start: number; count: number }>();

  return {
    hit(caller: string): RateLimitDecision {
      const at = now();
      const start = at - (at % WINDOW_MS);
      if (windows.size >= SWEEP_AT) {
        for (const [key, window] of windows) if (window.start < start) windows.delete(key);
      }
      let window = windows.get(caller);
      if (!window || window.start !== start) {
        window = { start, count: 0 };
        windows.set(caller, window);
      }
      const allowed = window.count < perMinute;
      if (allowed) window.count++;
      return {
        allowed,
        limit: perMinute,
        remaining: perMinute - window.count,
        resetSeconds: Math.max(1, Math.ceil((start + WINDOW_MS - at) / 1000)),
      };
    },
  };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;

export function rateLimitHeaders(decision: RateLimitDecision): Record<string, string> {
  return {
    'RateLimit-Limit': String(decision.limit),
    'RateLimit-Remaining': String(decision.remaining),
    'RateLimit-Reset': String(decision.resetSeconds),
  };
}
