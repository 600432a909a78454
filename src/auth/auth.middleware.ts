import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { AppError } from '../errors.ts';
import { bearerToken } from './api-key.ts';
import { type AuthThrottle, clientAddress } from './auth-throttle.ts';
import type { KeyStore } from './key-store.ts';
import { isAdminPath, isOpenPath } from './paths.ts';
import { type RateLimiter, rateLimitHeaders } from './rate-limit.ts';

const CHALLENGE = 'Bearer realm="rehearse"';

export function unauthorized(message: string, invalid: boolean): AppError {
  return new AppError('unauthorized', message, undefined, {
    'WWW-Authenticate': invalid ? `${CHALLENGE}, error="invalid_token"` : CHALLENGE,
  });
}

/**
 * `AUTH=api-key`: every path that is not open (health, docs, OpenAPI, the UI's page and assets) needs
 * `Authorization: Bearer <key>`; the key decides the consumer (tenant), and each consumer has one rate limit
 * whichever of its keys it uses. Keys in the query string or anywhere else are ignored. Failed keys are
 * throttled per client address. The admin paths have their own guard.
 */
export function apiKeyAuth(deps: {
  keys: KeyStore;
  limiter: RateLimiter;
  perMinute: number;
  throttle: AuthThrottle;
  trustProxy: number;
}): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.method === 'OPTIONS' || isOpenPath(c.req.path) || isAdminPath(c.req.path)) return next();
    const header = c.req.header('authorization');
    if (!header) {
      throw unauthorized('An API key is required: send the header `Authorization: Bearer <key>`.', false);
    }
    const address = clientAddress(c, deps.trustProxy);
    const token = bearerToken(header);
    // Asked together: a throttled address is refused whatever the key turned out to be.
    const [caller] = await Promise.all([
      token ? deps.keys.authenticate(token) : null,
      deps.throttle.check(address),
    ]);
    if (!caller) {
      throw await deps.throttle.failed(
        address,
        unauthorized('The API key is not valid: it is malformed, unknown or revoked.', true),
      );
    }

    const decision = await deps.limiter.hit(`consumer:${caller.tenantId}`, deps.perMinute);
    const headers = rateLimitHeaders(decision);
    if (!decision.allowed) {
      throw new AppError(
        'rate_limited',
        `Too many requests: this consumer may make ${decision.limit} requests a minute. Try again in ${decision.resetSeconds} s.`,
        undefined,
        { ...headers, 'Retry-After': String(decision.resetSeconds) },
      );
    }
    for (const [name, value] of Object.entries(headers)) c.header(name, value);
    c.set('tenantId', caller.tenantId);
    c.set('scopes', caller.scopes);
    await next();
  };
}
