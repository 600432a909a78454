import type { MiddlewareHandler } from 'hono';
import type { AppDeps } from '../app.ts';
import type { AppEnv } from '../app-env.ts';
import { createEraser } from '../privacy/erase.ts';
import { createAdminRoutes } from '../routes/admin/admin.index.ts';
import { createPrivacyRoutes } from '../routes/privacy/privacy.index.ts';
import { createXapiRoutes, forwardEndedSessions } from '../routes/xapi/xapi.index.ts';
import { createXapiForwarder } from '../xapi/forward.ts';
import { createSessionXapi } from '../xapi/session-xapi.ts';
import { apiKeyAuth } from './auth.middleware.ts';
import { createAuthThrottle } from './auth-throttle.ts';
import { corsFor } from './cors.ts';
import { createKeyStore } from './key-store.ts';
import { createRateLimiter } from './rate-limit.ts';

/**
 * Everything about who may do what, and what consumers get besides the rehearsal itself: CORS, API keys and
 * rate limits, the throttle on failed authentication, the admin API, erasure and xAPI. `middleware` is mounted before the feature
 * routes (in order), `routers` beside them.
 */
export function createAccessControl(deps: AppDeps) {
  const { config, clock, logger } = deps;
  const db = deps.db.db;
  const keys = createKeyStore(db, clock);
  const sessionXapi = createSessionXapi({ db, scenarios: deps.scenarios });
  const middleware: [path: string, handler: MiddlewareHandler<AppEnv>][] = [
    ['*', corsFor(config.CORS_ORIGINS)],
  ];
  const limiter = createRateLimiter(db, clock);
  const throttle = createAuthThrottle(limiter);
  const trustProxy = config.TRUST_PROXY;
  if (config.AUTH === 'api-key') {
    middleware.push([
      '*',
      apiKeyAuth({ keys, limiter, perMinute: config.RATE_LIMIT_PER_MIN, throttle, trustProxy }),
    ]);
  }
  if (config.XAPI_ENDPOINT) {
    const forward = createXapiForwarder({ endpoint: config.XAPI_ENDPOINT, auth: config.XAPI_AUTH, logger });
    const forwardEnded = forwardEndedSessions({
      sessionXapi,
      forward,
      publicUrl: config.PUBLIC_URL,
      onError: (error) => logger.warn({ err: error }, 'xapi: could not build the statements'),
    });
    middleware.push(['/v1/sessions/:id/end', forwardEnded], ['/v1/sessions/:id/turns', forwardEnded]);
  }
  return {
    keys,
    middleware,
    routers: [
      createAdminRoutes({ keys, adminToken: config.ADMIN_TOKEN, throttle, trustProxy }),
      createPrivacyRoutes(createEraser(db)),
      createXapiRoutes({ sessionXapi, publicUrl: config.PUBLIC_URL }),
    ],
  };
}
