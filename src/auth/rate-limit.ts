import { and, eq, gte, lt, sql } from 'drizzle-orm';
import type { Database } from '../db/database.ts';
import { rateLimits } from '../db/schema/index.ts';

// Fixed one-minute windows counted in the database, so every instance on it counts the same requests: one
// upsert per counted request, on PostgreSQL and PGlite alike. A bucket is one row, reset when a new window
// starts; rows of buckets that went quiet are swept now and then.

export type RateLimitDecision = {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window resets. */
  resetSeconds: number;
};

const WINDOW_MS = 60_000;
/** How often an instance deletes the rows of past windows. */
const SWEEP_EVERY_MS = 10 * 60_000;

export function currentWindow(now: Date): { start: Date; resetSeconds: number } {
  const at = now.getTime();
  const start = at - (at % WINDOW_MS);
  return { start: new Date(start), resetSeconds: Math.max(1, Math.ceil((start + WINDOW_MS - at) / 1000)) };
}

export function createRateLimiter(db: Database, clock: () => Date) {
  let sweptAt = 0;
  const sweep = (now: Date, start: Date) => {
    if (now.getTime() - sweptAt < SWEEP_EVERY_MS) return;
    sweptAt = now.getTime();
    // Nothing waits for it, and a failed sweep is simply tried again later.
    db.delete(rateLimits)
      .where(lt(rateLimits.windowStart, start))
      .then(
        () => {},
        () => {},
      );
  };

  return {
    /** Counts one request in the bucket's current window. */
    async hit(bucket: string, limit: number): Promise<RateLimitDecision> {
      const now = clock();
      const { start, resetSeconds } = currentWindow(now);
      const [row] = await db
        .insert(rateLimits)
        .values({ bucket, windowStart: start, hits: 1 })
        .onConflictDoUpdate({
          target: rateLimits.bucket,
          set: {
            // An instance whose clock runs a little behind counts into the newer window, never back.
            hits: sql`case when excluded.window_start <= ${rateLimits.windowStart} then ${rateLimits.hits} + 1 else 1 end`,
            windowStart: sql`greatest(${rateLimits.windowStart}, excluded.window_start)`,
          },
        })
        .returning({ hits: rateLimits.hits });
      sweep(now, start);
      const hits = row!.hits;
      return { allowed: hits <= limit, limit, remaining: Math.max(0, limit - hits), resetSeconds };
    },

    /** The requests counted in the bucket's current window, and when it resets; counts nothing. */
    async peek(bucket: string): Promise<{ hits: number; resetSeconds: number }> {
      const { start, resetSeconds } = currentWindow(clock());
      const [row] = await db
        .select({ hits: rateLimits.hits })
        .from(rateLimits)
        .where(and(eq(rateLimits.bucket, bucket), gte(rateLimits.windowStart, start)));
      return { hits: row?.hits ?? 0, resetSeconds };
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
