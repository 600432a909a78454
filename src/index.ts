import { serve } from '@hono/node-server';
import { type App, createApp } from './app.ts';
import { checkExposure } from './auth/exposure.ts';
import { ConfigError, loadConfig } from './config.ts';
import { openDatabase } from './db/database.ts';
import { createIntegrations } from './integrations.ts';
import { createLogger } from './logger.ts';
import { createModels } from './models.ts';
import { createEraser } from './privacy/erase.ts';
import { startRetention } from './privacy/retention.ts';
import { warmRubric } from './rubric/index.ts';
import { openScenarioRegistry } from './scenarios/index.ts';
import { createHeldSessions, forgettingErased } from './sessions/held-sessions.ts';
import { createSessionStore } from './sessions/store.ts';

// The composition root: the only place that reads the environment, opens the database and a port.

type Config = ReturnType<typeof loadConfig>;
type Logger = ReturnType<typeof createLogger>;

/** The database, the scenarios, the app and its background work: what the port waits for. */
async function openApp(config: Config, logger: Logger) {
  // Read while the database opens: /readyz says when they are in, the API waits for them.
  const scenarios = openScenarioRegistry({ dir: config.SCENARIOS_DIR, logger });
  scenarios.loaded.catch((error: unknown) => fail(error));
  const db = await openDatabase(config);
  await db.migrate();
  // Before the API is ready, not before the port opens: /healthz answers meanwhile.
  warmRubric();
  const integrations = createIntegrations({ db: db.db, scenarios, config, logger, clock: () => new Date() });
  // One process owns an embedded data dir, so a turn lease still held now was left by a process that died
  // mid-turn (kill -9, power loss): free it, or that session refuses turns until the lease runs out. Likewise a
  // webhook delivery it was making: tried again at once, not when the claim runs out.
  if (db.kind === 'pglite') {
    await createSessionStore(db.db).releaseAllTurnLeases();
    await integrations.webhookStore.releaseClaims();
  }

  // Shared with retention, whose erasures forget them as the API's do.
  const held = createHeldSessions();
  const app = createApp({
    db,
    scenarios,
    logger,
    clock: () => new Date(),
    config,
    held,
    ...createModels(config),
  });
  const retention = config.RETENTION_DAYS
    ? startRetention({
        eraser: createEraser(db.db, forgettingErased(held, integrations.announce)),
        days: config.RETENTION_DAYS,
        clock: () => new Date(),
        logger,
      })
    : null;
  const webhooks = integrations.webhookDispatcher();
  webhooks.start();
  return { app, db, scenarios, retention, webhooks };
}

function fail(error: unknown): never {
  const message = error instanceof ConfigError || error instanceof Error ? error.message : String(error);
  process.stderr.write(`Rehearse could not start.\n${message}\n`);
  process.exit(1);
}

async function main() {
  const started = performance.now();
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const exposure = checkExposure(config);
  if (exposure.refuse) throw new Error(exposure.refuse);
  if (exposure.warn) logger.warn({ host: config.HOST, auth: 'none' }, exposure.warn);

  // The port opens first: /healthz answers while the embedded database opens (about a second of WebAssembly
  // start-up), and every other request, /readyz included, waits until the database and the app are there.
  const opening = openApp(config, logger);
  let app: App | null = null;
  opening.then((opened) => {
    app = opened.app;
    logger.info({ readyMs: Math.round(performance.now() - started) }, 'Rehearse is ready');
  }, fail);
  const whileOpening = (request: Request, env: unknown) =>
    new URL(request.url).pathname === '/healthz'
      ? Response.json({ status: 'ok' })
      : opening.then((opened) => opened.app.fetch(request, env));
  const server = serve(
    {
      fetch: (request, env) => (app ? app.fetch(request, env) : whileOpening(request, env)),
      hostname: config.HOST,
      port: config.PORT,
    },
    (info) => {
      logger.info(
        {
          url: `http://${info.family === 'IPv6' ? `[${info.address}]` : info.address}:${info.port}`,
          database: config.DATABASE_URL ? 'postgres' : 'pglite',
          startupMs: Math.round(performance.now() - started),
        },
        'Rehearse is listening',
      );
    },
  );

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const forced = setTimeout(() => {
      logger.error({}, 'shutdown took too long; exiting');
      process.exit(1);
    }, 15_000);
    forced.unref();
    await new Promise<void>((done) => server.close(() => done()));
    const opened = await opening;
    opened.retention?.stop();
    await opened.webhooks.stop();
    opened.scenarios.close();
    await opened.db.close();
    logger.info({}, 'stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch(fail);
