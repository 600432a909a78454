import type { Context } from 'hono';
import { AppError } from '../errors.ts';
import type { RateLimiter } from './rate-limit.ts';

// Failed authentication, counted per client address in the database (so across instances), for consumer keys
// and ADMIN_TOKEN alike. Once an address has failed this often in a minute, every credential it sends is
// refused until the minute is over, the right one too: guessing gets nowhere, however fast.

export const MAX_AUTH_FAILURES_PER_MIN = 20;

/**
 * The address a request came from: the connection's, or with `trustProxy` hops of proxies in front, the one
 * the outermost trusted proxy saw (the entry it added to `X-Forwarded-For`). Null when there is no
 * connection (a request handed to the app in-process), and then nothing is throttled.
 */
export function clientAddress(c: Context, trustProxy: number): string | null {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  const peer = env?.incoming?.socket?.remoteAddress ?? null;
  if (!peer || trustProxy === 0) return peer;
  const forwarded = (c.req.header('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  return forwarded.at(-trustProxy) ?? peer;
}

export function createAuthThrottle(limiter: RateLimiter) {
  const bucket = (address: string) => `auth-failures:${address}`;
  const throttled = (resetSeconds: number) =>
    new AppError(
      'rate_limited',
      `Too many failed attempts to authenticate from this address. Try again in ${resetSeconds} s.`,
      undefined,
      { 'Retry-After': String(resetSeconds) },
    );
  return {
    /** Refuses any credential from an address that has failed too often this minute. */
    async check(address: string | null): Promise<void> {
      if (!address) return;
      const { hits, resetSeconds } = await limiter.peek(bucket(address));
      if (hits >= MAX_AUTH_FAILURES_PER_MIN) throw throttled(resetSeconds);
    },

    /** Counts a failed attempt: answers `refusal`, or 429 once the address has failed too often. */
    async failed(address: string | null, refusal: AppError): Promise<AppError> {
      if (!address) return refusal;
      const decision = await limiter.hit(bucket(address), MAX_AUTH_FAILURES_PER_MIN);
      return decision.allowed ? refusal : throttled(decision.resetSeconds);
    },
  };
}

export type AuthThrottle = ReturnType<typeof createAuthThrottle>;
