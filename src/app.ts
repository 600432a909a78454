import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { createAgreement } from './analytics/agreement.ts';
import { createAnalytics } from './analytics/analytics.ts';
import type { AppDeps } from './app-deps.ts';
import type { AppEnv } from './app-env.ts';
import { createAccess } from './auth/access.ts';
import { withSecurity } from './auth/openapi-security.ts';
import { ALL_SCOPES } from './auth/scopes.ts';
import { AppError, errorBody, toAppError } from './errors.ts';
import { createIntegrations } from './integrations.ts';
import type { Logger } from './logger.ts';
import { createEraser } from './privacy/erase.ts';
import { redactKeys } from './redact.ts';
import { createAdminRoutes } from './routes/admin/admin.index.ts';
import { createAgreementRoutes } from './routes/analytics/agreement.index.ts';
import { createAnalyticsRoutes } from './routes/analytics/analytics.index.ts';
import { createRouter } from './routes/create-router.ts';
import { createDocsRoutes } from './routes/docs/docs.index.ts';
import { withResponseHeaders } from './routes/openapi-headers.ts';
import { createPrivacyRoutes } from './routes/privacy/privacy.index.ts';
import { createRubricRoutes } from './routes/rubric/rubric.index.ts';
import { createScenarioRoutes } from './routes/scenarios/scenarios.index.ts';
import { createSessionRoutes } from './routes/sessions/sessions.index.ts';
import { createStudioRoutes } from './routes/studio/studio.index.ts';
import { createSystemRoutes } from './routes/system/system.index.ts';
import { createWebhookRoutes } from './routes/webhooks/webhooks.index.ts';
import { createXapiRoutes } from './routes/xapi/xapi.index.ts';
import { scoreHeuristic } from './rubric/heuristic.ts';
import { createHeldSessions, forgettingErased } from './sessions/held-sessions.ts';
import { createRehearsal } from './sessions/rehearsal.ts';
import { createTokenBudget } from './sessions/token-budget.ts';
import { createStudio } from './studio/index.ts';
import { createUiRoutes } from './ui/index.ts';
import { MAX_REPLY_CHARS } from './vocabulary.ts';

export type { AppDeps };

export const BODY_LIMIT_BYTES = 1024 * 1024;
export const DEFAULT_TENANT = 'local';

/** The whole HTTP app: middleware, every feature router, the OpenAPI document and the error handler. */
export function createApp(deps: AppDeps) {
  const { config, clock } = deps;
  const db = deps.db.db;
  const integrations = createIntegrations({ ...deps, db });
  const access = createAccess({ db, clock, config });
  const app = createRouter<AppEnv>();

  app.use(requestId());
  // Where other origins may embed the UI, its CSP `frame-ancestors` names them, and X-Frame-Options (which
  // can only say SAMEORIGIN) would forbid what the CSP allows: it is sent only when nothing may embed.
  app.use(secureHeaders({ xFrameOptions: config.CORS_ORIGINS.length === 0 }));
  app.use(async (c, next) => {
    const started = performance.now();
    c.set('tenantId', DEFAULT_TENANT);
    // Without keys (AUTH=none, loopback) the caller may do everything, as before scopes existed.
    c.set('scopes', ALL_SCOPES);
    await next();
    deps.logger.info(
      {
        requestId: c.var.requestId,
        method: c.req.method,
        path: redactKeys(c.req.path),
        status: c.res.status,
        ms: Math.round(performance.now() - started),
      },
      'request',
    );
  });
  for (const handler of access.middleware) app.use(handler);
  app.use(limitBody());

  // The port opens before the scenario folder has been read: until it has, the API waits for it.
  app.use('/v1/*', async (_c, next) => {
    await deps.scenarios.loaded;
    await next();
  });
  app.route('/', createSystemRoutes(deps));
  app.route('/', createDocsRoutes());
  app.route('/', createScenarioRoutes(deps.scenarios));
  app.route('/', createRubricRoutes(deps));
  const held = deps.held ?? createHeldSessions();
  const rehearsal = createRehearsal({
    ...deps,
    db,
    held,
    // One process owns an embedded data dir: every erasure of its sessions is made here, and forgets them.
    soleWriter: deps.db.kind === 'pglite',
    announce: integrations.announce,
    limits: { maxTurnsPerSession: config.MAX_TURNS_PER_SESSION, maxReplyChars: MAX_REPLY_CHARS },
    budget: config.DAILY_TOKEN_BUDGET
      ? createTokenBudget(db, { dailyBudget: config.DAILY_TOKEN_BUDGET, perTurn: config.LLM_MAX_TOKENS })
      : null,
  });
  app.route('/', createSessionRoutes(rehearsal));
  // Without ADMIN_TOKEN the admin API does not exist: no credential could ever pass its guard.
  if (config.ADMIN_TOKEN) {
    app.route(
      '/',
      createAdminRoutes({
        keys: access.keys,
        adminToken: config.ADMIN_TOKEN,
        throttle: access.throttle,
        trustProxy: config.TRUST_PROXY,
        xapiSettings: integrations.xapiSettings,
        defaultTenant: DEFAULT_TENANT,
        allowLoopbackTargets: config.ALLOW_LOOPBACK_TARGETS,
      }),
    );
  }
  const studio = createStudio({
    dir: config.SCENARIOS_DIR,
    scenarios: deps.scenarios,
    clock,
    rolePlayer: deps.rolePlayer,
    maxTurns: config.MAX_TURNS_PER_SESSION,
  });
  app.route('/', createStudioRoutes(studio));
  app.route('/', createAnalyticsRoutes({ analytics: createAnalytics(db), scenarios: deps.scenarios, clock }));
  app.route('/', createAgreementRoutes(createAgreement({ db, files: studio, score: scoreHeuristic })));
  // An erased session's words are not held in memory for a next reply: nothing of it reaches the model again.
  app.route('/', createPrivacyRoutes(createEraser(db, forgettingErased(held, integrations.announce))));
  app.route('/', createXapiRoutes({ ...integrations, publicUrl: config.PUBLIC_URL }));
  app.route(
    '/',
    createWebhookRoutes({
      store: integrations.webhookStore,
      secrets: integrations.webhookSecrets,
      clock,
      allowLoopbackTargets: config.ALLOW_LOOPBACK_TARGETS,
    }),
  );
  app.route('/', createUiRoutes({ frameAncestors: config.CORS_ORIGINS }));

  const openApi = () =>
    withResponseHeaders(
      withSecurity(
        app.getOpenAPI31Document({
          openapi: '3.1.0',
          info: {
            title: 'Rehearse API',
            version: '1.1.0',
            description:
              'Rehearse difficult conversations with a persona and get feedback against the five principles of empathic leadership.',
          },
        }),
      ),
    );
  app.get('/openapi.json', (c) => c.json(openApi()));

  app.notFound((c) => {
    throw new AppError('not_found', `No route for ${c.req.method} ${c.req.path}.`);
  });
  app.onError((error, c) => respondToError(error, c, deps.logger));
  return app;
}

export type App = ReturnType<typeof createApp>;

/**
 * Refuses a request body over BODY_LIMIT_BYTES. A body of declared length is judged by its header alone: reading
 * `c.req.raw.body` (as the stock middleware does first) makes the Node server build a web Request around the
 * body's stream for every request, and the JSON is then read through that stream instead of straight from the
 * socket. A body without a declared length (chunked) is counted as it is read, by the stock middleware.
 */
function limitBody(): MiddlewareHandler {
  const refuse = (): never => {
    // The body was left unread, so the connection cannot carry another request: say so, and close it.
    throw new AppError(
      'payload_too_large',
      `The request body is larger than ${BODY_LIMIT_BYTES} bytes.`,
      undefined,
      { Connection: 'close' },
    );
  };
  const counted = bodyLimit({ maxSize: BODY_LIMIT_BYTES, onError: refuse });
  return (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const length = c.req.header('content-length');
    if (length === undefined || c.req.header('transfer-encoding') !== undefined) return counted(c, next);
    return Number.parseInt(length, 10) > BODY_LIMIT_BYTES ? refuse() : next();
  };
}

function respondToError(error: Error, c: Context<AppEnv>, logger: Logger) {
  const appError = toAppError(error);
  if (appError.code === 'internal' || appError.code === 'database_unavailable') {
    logger.error({ requestId: c.var.requestId, err: error }, 'request failed');
  }
  for (const [name, value] of Object.entries(appError.headers ?? {})) c.header(name, value);
  return c.json(errorBody(appError, c.var.requestId ?? 'unknown'), appError.status);
}
