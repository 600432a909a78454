import { requireSecretBox } from './auth/secret-box.ts';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import type { Logger } from './logger.ts';
import type { ScenarioRegistry } from './scenarios/registry.ts';
import type { Announce, RehearsalEvent } from './sessions/events.ts';
import { createWebhookDispatcher, type RetryPolicy } from './webhooks/dispatcher.ts';
import { createWebhookStore, deliveriesOf } from './webhooks/store.ts';
import { createXapiForwarder, forwardEndedSessions } from './xapi/forward.ts';
import { createSessionXapi } from './xapi/session-xapi.ts';
import { createXapiSettings } from './xapi/settings.ts';

export type IntegrationDeps = {
  db: Database;
  scenarios: ScenarioRegistry;
  config: Config;
  logger: Logger;
  clock: () => Date;
};

/** What consumers get from outside the request: their learning records, and who is told what, made once. */
export function createIntegrations(deps: IntegrationDeps) {
  const { db, config, logger } = deps;
  const xapiSettings = createXapiSettings({
    db,
    clock: deps.clock,
    secrets: () => requireSecretBox(config.ENCRYPTION_KEY, "Consumers' LRS credentials"),
  });
  const webhookStore = createWebhookStore(db);
  const webhookSecrets = () => requireSecretBox(config.ENCRYPTION_KEY, 'Webhooks');
  const sessionXapi = createSessionXapi({
    db,
    scenarios: deps.scenarios,
    settings: xapiSettings,
    publicUrl: config.PUBLIC_URL,
  });
  // Queued before the request answers, so a consumer's server hears of every change, in order.
  const queued: Announce = (event) => webhookStore.enqueue(event, deps.clock());
  const others: Announce[] = [];
  if (config.PUBLIC_URL) {
    others.push(
      forwardEndedSessions({
        sessionXapi,
        settings: xapiSettings,
        serverLrs: config.XAPI_ENDPOINT
          ? { endpoint: config.XAPI_ENDPOINT, authorization: config.XAPI_AUTH }
          : null,
        forward: createXapiForwarder({ logger }),
        logger,
      }),
    );
  }
  /** Tells each listener, one after another; a listener's failure is logged, never passed on. */
  const tell = async (listeners: Announce[], event: RehearsalEvent) => {
    for (const listener of listeners) {
      await listener(event).catch((error: unknown) =>
        logger.error(
          { err: error, event: event.type, sessionId: event.sessionId },
          'could not announce an event',
        ),
      );
    }
  };
  const announce: Announce = (event) => tell([queued, ...others], event);
  // The webhook queue is in the database: the statement that stores a change can queue its events too.
  announce.queueing = {
    queue: (deliveries) => webhookStore.queueWith(deliveries),
    deliveriesOf,
    others: (event) => tell(others, event),
  };
  /** Delivers the webhook queue; started by the process that serves, next to the port. */
  const webhookDispatcher = (options: { retry?: RetryPolicy; pollMs?: number } = {}) =>
    createWebhookDispatcher({
      store: webhookStore,
      secrets: webhookSecrets,
      clock: deps.clock,
      logger,
      allowLoopback: config.ALLOW_LOOPBACK_TARGETS,
      ...options,
    });
  return { announce, xapiSettings, sessionXapi, webhookStore, webhookSecrets, webhookDispatcher };
}

export type Integrations = ReturnType<typeof createIntegrations>;
