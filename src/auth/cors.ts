import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';

/**
 * CORS for exactly the configured origins. A request from any other origin (preflight or not) gets no CORS
 * headers at all, so the browser refuses it; with no origins configured nothing is added.
 */
export function corsFor(origins: readonly string[]): MiddlewareHandler {
  const allowed = new Set(origins);
  const handler = cors({
    origin: [...allowed],
    allowMethods: ['GET', 'POST', 'DELETE', 'OPTIONS'],
    allowHeaders: ['Authorization', 'Content-Type', 'Accept', 'Idempotency-Key'],
    exposeHeaders: [
      'RateLimit-Limit',
      'RateLimit-Remaining',
      'RateLimit-Reset',
      'Retry-After',
      'X-Request-Id',
    ],
    maxAge: 600,
  });
  return async (c, next) => {
    const origin = c.req.header('origin');
    if (!origin || !allowed.has(origin)) {
      await next();
      // Caches must not serve one origin's answer to another.
      if (allowed.size > 0) c.header('Vary', 'Origin', { append: true });
      return;
    }
    return handler(c, next);
  };
}
