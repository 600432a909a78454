import { createRoute, z } from '@hono/zod-openapi';
import { EVENT_TYPES } from '../../sessions/events.ts';
import { errorResponses } from '../create-router.ts';
import { nextCursorSchema, pageQuery } from '../pagination.ts';

const tags = ['Webhooks'];

export const webhookSchema = z
  .object({
    id: z.uuid(),
    url: z.string(),
    events: z.array(z.enum(EVENT_TYPES)),
    createdAt: z.string(),
  })
  .openapi('Webhook');

const createdWebhookSchema = webhookSchema
  .extend({
    secret: z.string().openapi({
      description: 'The signing secret (`whsec_…`): shown this once, stored encrypted, never shown again',
    }),
  })
  .openapi('CreatedWebhook');

export const deliverySchema = z
  .object({
    id: z.string().openapi({ description: 'This delivery: one event to this webhook' }),
    eventId: z
      .uuid()
      .openapi({ description: 'The event, as sent in `webhook-id`; receivers drop repeats of it' }),
    eventType: z.enum(EVENT_TYPES),
    sessionId: z.uuid(),
    status: z.enum(['pending', 'delivered', 'failed']),
    attempts: z.number().int(),
    lastStatus: z
      .number()
      .int()
      .nullable()
      .openapi({ description: "The receiver's HTTP status at the last attempt" }),
    lastError: z.string().nullable(),
    nextAttemptAt: z.string().nullable(),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .openapi('WebhookDelivery');

const webhookParams = z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' } }) });

export const createWebhook = createRoute({
  method: 'post',
  path: '/v1/webhooks',
  tags,
  operationId: 'createWebhook',
  summary: 'Register an HTTPS endpoint to be told of events',
  description:
    'Each event is POSTed as `{ id, type, createdAt, data }`, signed as the Standard Webhooks specification says ' +
    '(`webhook-id`, `webhook-timestamp`, `webhook-signature: v1,<base64 HMAC-SHA256>`). Failed deliveries are tried ' +
    "again with growing waits for about a day; a session's events arrive in order. `events` defaults to all.",
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z
            .strictObject({
              url: z.string().max(500).openapi({ example: 'https://lms.example.org/rehearse-events' }),
              events: z.array(z.enum(EVENT_TYPES)).min(1).optional(),
            })
            .openapi('CreateWebhook'),
        },
      },
    },
  },
  responses: {
    201: {
      description: 'Registered; the secret is in this answer only',
      content: { 'application/json': { schema: createdWebhookSchema } },
    },
    ...errorResponses(400, 401, 413, 415, 422, 429, 503),
  },
});

export const listWebhooks = createRoute({
  method: 'get',
  path: '/v1/webhooks',
  tags,
  operationId: 'listWebhooks',
  summary: "The consumer's webhooks (never their secrets)",
  request: { query: z.object(pageQuery) },
  responses: {
    200: {
      description: 'The webhooks, oldest first',
      content: {
        'application/json': {
          schema: z
            .object({ webhooks: z.array(webhookSchema), nextCursor: nextCursorSchema })
            .openapi('WebhookList'),
        },
      },
    },
    ...errorResponses(401, 429, 503),
  },
});

export const getWebhook = createRoute({
  method: 'get',
  path: '/v1/webhooks/{id}',
  tags,
  operationId: 'getWebhook',
  summary: 'A webhook (never its secret)',
  request: { params: webhookParams },
  responses: {
    200: { description: 'The webhook', content: { 'application/json': { schema: webhookSchema } } },
    ...errorResponses(401, 404, 429, 503),
  },
});

export const deleteWebhook = createRoute({
  method: 'delete',
  path: '/v1/webhooks/{id}',
  tags,
  operationId: 'deleteWebhook',
  summary: 'Remove a webhook, its queue and its delivery log',
  request: { params: webhookParams },
  responses: {
    204: { description: 'Removed' },
    ...errorResponses(401, 404, 429, 503),
  },
});

export const listDeliveries = createRoute({
  method: 'get',
  path: '/v1/webhooks/{id}/deliveries',
  tags,
  operationId: 'listWebhookDeliveries',
  summary: "The webhook's delivery log, newest first",
  description:
    "Each delivery with its status, attempts and the last answer or error. The events' data is not kept here.",
  request: { params: webhookParams, query: z.object(pageQuery) },
  responses: {
    200: {
      description: 'The deliveries',
      content: {
        'application/json': {
          schema: z
            .object({ deliveries: z.array(deliverySchema), nextCursor: nextCursorSchema })
            .openapi('WebhookDeliveryList'),
        },
      },
    },
    ...errorResponses(401, 404, 429, 503),
  },
});
