import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.ts';
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import { apiKeyAuth } from './auth.middleware.ts';
import { createAuthThrottle } from './auth-throttle.ts';
import { corsFor } from './cors.ts';
import { createKeyStore } from './key-store.ts';
import { createRateLimiter } from './rate-limit.ts';
import { scopeGate } from './scopes.ts';

/**
 * Who may call: CORS, API keys with their per-consumer rate limit, the throttle on failed authentication
 * (shared with the admin guard), and the scopes each API path needs. `middleware` runs, in order, before every route.
 */
export function createAccess(deps: { db: Database; clock: () => Date; config: Config }) {
  const { config } = deps;
  const keys = createKeyStore(deps.db, deps.clock);
  const limiter = createRateLimiter(deps.db, deps.clock);
  const throttle = createAuthThrottle(limiter);
  const middleware: MiddlewareHandler<AppEnv>[] = [corsFor(config.CORS_ORIGINS)];
  if (config.AUTH === 'api-key') {
    middleware.push(
      apiKeyAuth({
        keys,
        limiter,
        perMinute: config.RATE_LIMIT_PER_MIN,
        throttle,
        trustProxy: config.TRUST_PROXY,
      }),
    );
  }
  // Without keys every caller has every scope, so the gate passes; it stays in place all the same.
  middleware.push(scopeGate);
  return { keys, throttle, middleware };
}
