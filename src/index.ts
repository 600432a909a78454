import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { checkExposure } from './auth/exposure.ts';
import { ConfigError, loadConfig } from './config.ts';
import { openDatabase } from './db/database.ts';
import { createIntegrations } from './integrations.ts';
import { createLogger } from './logger.ts';
import { createModels } from './models.ts';
import { createEraser } from './privacy/erase.ts';
import { startRetention } from './privacy/retention.ts';
import { openScenarioRegistry } from './scenarios/index.ts';
import { createSessionStore } from './sessions/store.ts';

// The composition root: the only place that reads the environment, opens the database and a port.

async function main() {
  const started = performance.now();
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const exposure = checkExposure(config);
  if (exposure.refuse) throw new Error(exposure.refuse);
  if (exposure.warn) logger.warn({ host: config.HOST, auth: 'none' }, exposure.warn);

  const db = await openDatabase(config);
  await db.migrate();
  // Read while the port opens: /healthz answers at once, /readyz once they are in, the API waits for them.
  const scenarios = openScenarioRegistry({ dir: config.SCENARIOS_DIR, logger });
  scenarios.loaded.catch((error: unknown) => {
    process.stderr.write(`Rehearse could not start.\n${(error as Error).message}\n`);
    process.exit(1);
  });
  const integrations = createIntegrations({ db: db.db, scenarios, config, logger, clock: () => new Date() });
  // One process owns an embedded data dir, so a turn lease still held now was left by a process that died
  // mid-turn (kill -9, power loss): free it, or that session refuses turns until the lease runs out. Likewise a
  // webhook delivery it was making: tried again at once, not when the claim runs out.
  if (db.kind === 'pglite') {
    await createSessionStore(db.db).releaseAllTurnLeases();
    await integrations.webhookStore.releaseClaims();
  }

  const app = createApp({ db, scenarios, logger, clock: () => new Date(), config, ...createModels(config) });
  const retention = config.RETENTION_DAYS
    ? startRetention({
        eraser: createEraser(db.db, integrations.announce),
        days: config.RETENTION_DAYS,
        clock: () => new Date(),
        logger,
      })
    : null;
  const webhooks = integrations.webhookDispatcher();
  webhooks.start();
  const server = serve({ fetch: app.fetch, hostname: config.HOST, port: config.PORT }, (info) => {
    logger.info(
      {
        url: `http://${info.family === 'IPv6' ? `[${info.address}]` : info.address}:${info.port}`,
        database: db.kind,
        startupMs: Math.round(performance.now() - started),
      },
      'Rehearse is listening',
    );
  });

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
    retention?.stop();
    await new Promise<void>((done) => server.close(() => done()));
    await webhooks.stop();
    scenarios.close();
    await db.close();
    logger.info({}, 'stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  const message = error instanceof ConfigError || error instanceof Error ? error.message : String(error);
  process.stderr.write(`Rehearse could not start.\n${message}\n`);
  process.exit(1);
});
