import { createRoute, z } from '@hono/zod-openapi';
import { API_SCOPES } from '../../vocabulary.ts';
import { errorResponses } from '../create-router.ts';
import { nextCursorSchema, pageQuery } from '../pagination.ts';

const tags = ['Admin'];
const security = [{ adminToken: [] }];

const scopeSchema = z.enum(API_SCOPES).openapi('ApiScope', {
  description:
    '`learner`: rehearse, reports, progress, learning records and webhooks (what every key could do before ' +
    'scopes); `author`: the scenario studio and saving scenarios; `analytics`: the aggregated figures of the ' +
    "consumer's learners; `admin`: all of these, for its own consumer only",
});
const scopesSchema = z
  .array(scopeSchema)
  .min(1)
  .max(API_SCOPES.length)
  .refine((scopes) => new Set(scopes).size === scopes.length, 'must not repeat a scope');

export const apiKeySchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    tenantId: z.string().openapi({ description: 'The consumer the key acts for; its data is only its own' }),
    prefix: z.string().openapi({ description: 'The first characters of the key, to tell keys apart' }),
    scopes: z.array(scopeSchema).openapi({ description: 'What the key may do' }),
    createdAt: z.string(),
    revokedAt: z.string().nullable(),
  })
  .openapi('ApiKey');

export const createdApiKeySchema = apiKeySchema
  .extend({
    key: z.string().openapi({ description: 'The key itself: shown this once, stored only as a hash' }),
  })
  .openapi('CreatedApiKey');

/** Consumer names and tenant ids: printable, bounded. */
const label = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[^\p{C}]+$/u, 'must be printable text');

export const createKey = createRoute({
  method: 'post',
  path: '/v1/admin/keys',
  operationId: 'createApiKey',
  tags,
  security,
  summary: 'Create an API key',
  description:
    'Without `tenantId` the key starts a new consumer; with the `tenantId` of an existing key it is a further ' +
    'key for that consumer (to rotate keys). The key is in the answer once and never again.',
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z
            .strictObject({
              name: label,
              tenantId: label.optional(),
              scopes: scopesSchema.optional().openapi({ description: 'Without it: `["learner"]`' }),
            })
            .openapi('CreateApiKey'),
        },
      },
    },
  },
  responses: {
    201: { description: 'The new key', content: { 'application/json': { schema: createdApiKeySchema } } },
    ...errorResponses(400, 401, 404, 413, 415, 503),
  },
});

export const listKeys = createRoute({
  method: 'get',
  path: '/v1/admin/keys',
  operationId: 'listApiKeys',
  tags,
  security,
  summary: 'List API keys (never the keys themselves)',
  request: { query: z.object(pageQuery) },
  responses: {
    200: {
      description: 'All keys, revoked ones included',
      content: {
        'application/json': {
          schema: z
            .object({ keys: z.array(apiKeySchema), nextCursor: nextCursorSchema })
            .openapi('ApiKeyList'),
        },
      },
    },
    ...errorResponses(401, 404, 503),
  },
});

export const setKeyScopes = createRoute({
  method: 'patch',
  path: '/v1/admin/keys/{id}',
  operationId: 'setApiKeyScopes',
  tags,
  security,
  summary: "Set an API key's scopes",
  description: 'Replaces what the key may do; it takes effect with the next request made with the key.',
  request: {
    params: z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' } }) }),
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z.strictObject({ scopes: scopesSchema }).openapi('SetApiKeyScopes'),
        },
      },
    },
  },
  responses: {
    200: { description: 'The key', content: { 'application/json': { schema: apiKeySchema } } },
    ...errorResponses(400, 401, 404, 413, 415, 503),
  },
});

export const revokeKey = createRoute({
  method: 'delete',
  path: '/v1/admin/keys/{id}',
  operationId: 'revokeApiKey',
  tags,
  security,
  summary: 'Revoke an API key',
  description:
    'The key stops working at once. The consumer keeps its data; erase it through the privacy routes.',
  request: { params: z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' } }) }) },
  responses: {
    204: { description: 'Revoked' },
    ...errorResponses(401, 404, 503),
  },
});

const consumerParams = z.object({
  tenantId: label.openapi({ param: { name: 'tenantId', in: 'path' } }),
});

export const consumerXapiSchema = z
  .object({
    tenantId: z.string(),
    lrs: z
      .object({
        endpoint: z.string(),
        authorization: z
          .string()
          .nullable()
          .openapi({ description: 'Only a hint: the scheme and the last four characters' }),
      })
      .nullable(),
    actorHomePage: z.string().nullable(),
    updatedAt: z.string(),
  })
  .openapi('ConsumerXapi');

const printable = z
  .string()
  .min(1)
  .max(2000)
  .regex(/^[^\p{C}]+$/u, 'must be printable text');

export const putConsumerXapi = createRoute({
  method: 'put',
  path: '/v1/admin/consumers/{tenantId}/xapi',
  operationId: 'setConsumerXapi',
  tags,
  security,
  summary: "Set a consumer's own LRS and its learners' account home page",
  description:
    "With `lrs`, the consumer's statements go to its own LRS when a session ends (else to the server's " +
    'XAPI_ENDPOINT, if any). `authorization` is sent as the `Authorization` header; it is stored encrypted ' +
    '(ENCRYPTION_KEY) and never shown again in full. With `actorHomePage`, statements name a learner as the account ' +
    '`{ homePage: actorHomePage, name: learnerId }` unless an actor is set for that learner. Replaces what was set.',
  request: {
    params: consumerParams,
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z
            .strictObject({
              lrs: z
                .strictObject({
                  endpoint: z.string().max(500).openapi({ example: 'https://lrs.example.org/xapi/' }),
                  authorization: printable.optional().openapi({ example: 'Basic bHJzOnNlY3JldA==' }),
                })
                .nullable()
                .default(null),
              actorHomePage: z
                .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
                .max(500)
                .nullable()
                .default(null),
            })
            .openapi('ConsumerXapiInput'),
        },
      },
    },
  },
  responses: {
    200: { description: 'The settings', content: { 'application/json': { schema: consumerXapiSchema } } },
    ...errorResponses(400, 401, 404, 413, 415, 503),
  },
});

export const getConsumerXapi = createRoute({
  method: 'get',
  path: '/v1/admin/consumers/{tenantId}/xapi',
  operationId: 'getConsumerXapi',
  tags,
  security,
  summary: "A consumer's xAPI settings (never the LRS credentials in full)",
  request: { params: consumerParams },
  responses: {
    200: { description: 'The settings', content: { 'application/json': { schema: consumerXapiSchema } } },
    ...errorResponses(401, 404, 503),
  },
});

export const deleteConsumerXapi = createRoute({
  method: 'delete',
  path: '/v1/admin/consumers/{tenantId}/xapi',
  operationId: 'deleteConsumerXapi',
  tags,
  security,
  summary: "Remove a consumer's xAPI settings",
  request: { params: consumerParams },
  responses: {
    204: { description: 'Removed' },
    ...errorResponses(401, 404, 503),
  },
});
