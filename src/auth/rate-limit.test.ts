import { describe, expect, it } from 'vitest';
import { createRateLimiter, rateLimitHeaders } from './rate-limit.ts';

describe('rate limiter', () => {
  it('allows the limit per minute per caller, then refuses until the window turns', () => {
    let now = Date.UTC(2026, 0, 1, 12, 0, 15);
    const limiter = createRateLimiter({ perMinute: 3, now: () => now });
    expect([1, 2, 3].map(() => limiter.hit('a').allowed)).toEqual([true, true, true]);
    const refused = limiter.hit('a');
    expect(refused).toEqual({ allowed: false, limit: 3, remaining: 0, resetSeconds: 45 });
    expect(limiter.hit('b')).toMatchObject({ allowed: true, remaining: 2 });
    now += 45_000;
    expect(limiter.hit('a')).toMatchObject({ allowed: true, remaining: 2, resetSeconds: 60 });
  });

  it('renders the RateLimit headers', () => {
    expect(rateLimitHeaders({ allowed: true, limit: 10, remaining: 4, resetSeconds: 7 })).toEqual({
      'RateLimit-Limit': '10',
      'RateLimit-Remaining': '4',
      'RateLimit-Reset': '7',
    });
  });

  it('forgets old windows once many callers have come and gone', () => {
    let now = 0;
    const limiter = createRateLimiter({ perMinute: 1, now: () => now });
    for (let i = 0; i < 10_000; i++) limiter.hit(`caller-${i}`);
    now = 60_000;
    expect(limiter.hit('caller-0').allowed).toBe(true);
    expect(limiter.hit('caller-0').allowed).toBe(false);
  });
});
