import type { MiddlewareHandler } from 'hono';
import type { AppDeps } from '../app.ts';
import type { AppEnv } from '../app-env.ts';
import type { Integrations } from '../integrations.ts';
import { createEraser } from '../privacy/erase.ts';
import { createAdminRoutes } from '../routes/admin/admin.index.ts';
import { createPrivacyRoutes } from '../routes/privacy/privacy.index.ts';
import { createWebhookRoutes } from '../routes/webhooks/webhooks.index.ts';
import { createXapiRoutes } from '../routes/xapi/xapi.index.ts';
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
export function createAccessControl(deps: AppDeps & { integrations: Integrations; defaultTenant: string }) {
  const { config, clock, integrations } = deps;
  const db = deps.db.db;
  const keys = createKeyStore(db, clock);
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
  return {
    keys,
    middleware,
    routers: [
      ...(config.ADMIN_TOKEN
        ? [
            createAdminRoutes({
              keys,
              adminToken: config.ADMIN_TOKEN,
              throttle,
              trustProxy,
              xapiSettings: integrations.xapiSettings,
              defaultTenant: deps.defaultTenant,
              allowLoopbackTargets: config.ALLOW_LOOPBACK_TARGETS,
            }),
          ]
        : []),
      createPrivacyRoutes(createEraser(db, integrations.announce)),
      createXapiRoutes({ ...integrations, publicUrl: config.PUBLIC_URL }),
      createWebhookRoutes({
        store: integrations.webhookStore,
        secrets: integrations.webhookSecrets,
        clock,
        allowLoopbackTargets: config.ALLOW_LOOPBACK_TARGETS,
      }),
    ],
  };
}
