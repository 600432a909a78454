import { z } from '@hono/zod-openapi';
import { outboundUrlProblem } from '../../auth/outbound-url.ts';
import type { SecretBox } from '../../auth/secret-box.ts';
import type { WebhookDeliveryRow, WebhookRow } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import { EVENT_TYPES } from '../../sessions/events.ts';
import { isUuid } from '../../vocabulary.ts';
import { generateWebhookSecret } from '../../webhooks/signature.ts';
import type { WebhookStore } from '../../webhooks/store.ts';
import { createRouter } from '../create-router.ts';
import { decodeCursor, toPage } from '../pagination.ts';
import { createWebhook, deleteWebhook, getWebhook, listDeliveries, listWebhooks } from './webhooks.routes.ts';

export const MAX_WEBHOOKS_PER_CONSUMER = 10;

const webhookView = (row: WebhookRow) => ({
  id: row.id,
  url: row.url,
  events: row.events as (typeof EVENT_TYPES)[number][],
  createdAt: row.createdAt.toISOString(),
});

const deliveryView = (row: WebhookDeliveryRow) => ({
  id: String(row.id),
  eventId: row.eventId,
  eventType: row.eventType as (typeof EVENT_TYPES)[number],
  sessionId: row.sessionId,
  status: row.status,
  attempts: row.attempts,
  lastStatus: row.lastStatus,
  lastError: row.lastError,
  nextAttemptAt: row.status === 'pending' ? row.nextAttemptAt.toISOString() : null,
  createdAt: row.createdAt.toISOString(),
  finishedAt: row.finishedAt?.toISOString() ?? null,
});

export function createWebhookRoutes(deps: {
  store: WebhookStore;
  secrets: () => SecretBox;
  clock: () => Date;
  allowLoopbackTargets: boolean;
}) {
  const owned = async (tenantId: string, id: string) => {
    const row = isUuid(id) ? await deps.store.find(tenantId, id) : null;
    if (!row) throw new AppError('not_found', `No webhook '${id}'.`);
    return row;
  };

  return createRouter()
    .openapi(createWebhook, async (c) => {
      const { url, events } = c.req.valid('json');
      const problem = outboundUrlProblem(url, deps.allowLoopbackTargets);
      if (problem) {
        throw new AppError('invalid_request', `\`url\`: ${problem}`, {
          issues: [{ path: 'url', message: problem }],
        });
      }
      const box = deps.secrets();
      if ((await deps.store.count(c.var.tenantId)) >= MAX_WEBHOOKS_PER_CONSUMER) {
        throw new AppError(
          'unprocessable',
          `A consumer may have at most ${MAX_WEBHOOKS_PER_CONSUMER} webhooks.`,
        );
      }
      const secret = generateWebhookSecret();
      const row = await deps.store.create({
        tenantId: c.var.tenantId,
        url,
        events: [...new Set(events ?? EVENT_TYPES)],
        secretSealed: box.seal(secret),
        createdAt: deps.clock(),
      });
      c.header('Location', `/v1/webhooks/${row.id}`);
      return c.json({ ...webhookView(row), secret }, 201);
    })
    .openapi(listWebhooks, async (c) => {
      const { limit, cursor } = c.req.valid('query');
      const after = decodeCursor(cursor, z.tuple([z.string(), z.uuid()]));
      const rows = await deps.store.list(c.var.tenantId, { limit: limit + 1, after });
      const page = toPage(rows.map(webhookView), limit, (webhook) => [webhook.createdAt, webhook.id]);
      return c.json({ webhooks: page.items, nextCursor: page.nextCursor }, 200);
    })
    .openapi(getWebhook, async (c) =>
      c.json(webhookView(await owned(c.var.tenantId, c.req.valid('param').id)), 200),
    )
    .openapi(deleteWebhook, async (c) => {
      const { id } = c.req.valid('param');
      if (!isUuid(id) || !(await deps.store.remove(c.var.tenantId, id))) {
        throw new AppError('not_found', `No webhook '${id}'.`);
      }
      return c.body(null, 204);
    })
    .openapi(listDeliveries, async (c) => {
      const webhook = await owned(c.var.tenantId, c.req.valid('param').id);
      const { limit, cursor } = c.req.valid('query');
      const before = decodeCursor(cursor, z.tuple([z.number().int()]));
      const rows = await deps.store.deliveries(webhook.id, { limit: limit + 1, before: before?.[0] ?? null });
      const page = toPage(rows, limit, (row) => [row.id]);
      return c.json({ deliveries: page.items.map(deliveryView), nextCursor: page.nextCursor }, 200);
    });
}
