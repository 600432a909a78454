import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { guardedLookup } from '../auth/outbound-url.ts';
import type { SecretBox } from '../auth/secret-box.ts';
import type { Logger } from '../logger.ts';
import { SIGNATURE_HEADERS, signWebhook } from './signature.ts';
import type { Claimed, WebhookStore } from './store.ts';

// Delivers the queue: polls for due deliveries, POSTs each signed, and on failure tries again later, waiting
// twice as long each time. The queue is in the database, so nothing is lost when a receiver is down or this
// process stops; several processes share it.

export type RetryPolicy = {
  /** Wait after the first failed attempt; each further failure doubles it, up to `maxDelayMs`. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Attempts before a delivery is given up (marked failed). */
  maxAttempts: number;
};

/** About a day of retries: 2 s, 4 s, … up to an hour between attempts. */
export const DEFAULT_RETRY: RetryPolicy = { baseDelayMs: 2000, maxDelayMs: 3_600_000, maxAttempts: 20 };

const TIMEOUT_MS = 10_000;
const CLAIM_MS = 60_000;
const BATCH = 20;

export function retryDelay(policy: RetryPolicy, attempts: number, random = Math.random): number {
  const plain = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempts - 1));
  return Math.round(plain * (0.9 + 0.2 * random()));
}

export function createWebhookDispatcher(deps: {
  store: WebhookStore;
  secrets: () => SecretBox;
  clock: () => Date;
  logger: Logger;
  allowLoopback: boolean;
  retry?: RetryPolicy;
  pollMs?: number;
}) {
  const retry = deps.retry ?? DEFAULT_RETRY;
  const lookup = guardedLookup(deps.allowLoopback);
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | null = null;

  async function deliver(row: Claimed): Promise<void> {
    const attempts = row.attempts + 1;
    const now = deps.clock();
    let outcome: { status: number | null; error: string | null };
    try {
      const secret = deps.secrets().open(row.secretSealed);
      const timestamp = Math.floor(now.getTime() / 1000);
      const body = row.body ?? '';
      const status = await post(row.url, body, {
        'content-type': 'application/json',
        'user-agent': 'Rehearse-Webhooks',
        [SIGNATURE_HEADERS.id]: row.eventId,
        [SIGNATURE_HEADERS.timestamp]: String(timestamp),
        [SIGNATURE_HEADERS.signature]: signWebhook(secret, row.eventId, timestamp, body),
      });
      outcome = status >= 200 && status < 300 ? { status, error: null } : { status, error: `HTTP ${status}` };
    } catch (error) {
      outcome = { status: null, error: describe(error) };
    }
    const done = deps.clock();
    if (outcome.error === null) {
      await deps.store.delivered(row.id, outcome.status!, done, attempts);
      return;
    }
    const retryAt =
      attempts < retry.maxAttempts ? new Date(done.getTime() + retryDelay(retry, attempts)) : null;
    await deps.store.attemptFailed(
      row.id,
      { status: outcome.status, error: outcome.error, attempts },
      retryAt,
      done,
    );
    deps.logger.warn(
      {
        webhookId: row.webhookId,
        eventType: row.eventType,
        attempts,
        status: outcome.status,
        error: outcome.error,
        givenUp: !retryAt,
      },
      'webhook: delivery failed',
    );
  }

  function post(url: string, body: string, headers: Record<string, string>): Promise<number> {
    const target = new URL(url);
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise((resolve, reject) => {
      const req = send(
        target,
        {
          method: 'POST',
          headers: { ...headers, 'content-length': Buffer.byteLength(body) },
          lookup,
          timeout: TIMEOUT_MS,
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
          res.on('error', reject);
        },
      );
      req.on('timeout', () => req.destroy(new Error(`no answer within ${TIMEOUT_MS / 1000} s`)));
      req.on('error', reject);
      req.end(body);
    });
  }

  /** One round: claims what is due and delivers it; resolves with how many were tried. */
  async function runOnce(): Promise<number> {
    const now = deps.clock();
    const claimed = await deps.store.claim(now, new Date(now.getTime() + CLAIM_MS), BATCH);
    await Promise.all(claimed.map(deliver));
    return claimed.length;
  }

  const tick = () => {
    if (running) return;
    running = (async () => {
      try {
        // Keep going while there was work: a backlog drains at once, not one batch per poll.
        while ((await runOnce()) > 0 && timer) {}
      } catch (error) {
        deps.logger.error({ err: error }, 'webhook: the delivery round failed; will retry');
      }
      return 0;
    })().finally(() => {
      running = null;
    });
  };

  return {
    runOnce,
    start() {
      timer ??= setInterval(tick, deps.pollMs ?? 1000);
      timer.unref();
      tick();
    },
    /** Stops polling and waits for the round in flight. */
    async stop() {
      clearInterval(timer);
      timer = undefined;
      await running;
    },
  };
}

export type WebhookDispatcher = ReturnType<typeof createWebhookDispatcher>;

function describe(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  return (code ? `${code}: ` : '') + (message ?? String(error)).slice(0, 200);
}
