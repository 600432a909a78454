import { createRoute, z } from '@hono/zod-openapi';
import { errorResponses } from '../create-router.ts';

const tags = ['Admin'];
const security = [{ adminToken: [] }];

export const apiKeySchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    tenantId: z.string().openapi({ description: 'The consumer the key acts for; its data is only its own' }),
    prefix: z.string().openapi({ description: 'The first characters of the key, to tell keys apart' }),
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
          schema: z.strictObject({ name: label, tenantId: label.optional() }).openapi('CreateApiKey'),
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
  tags,
  security,
  summary: 'List API keys (never the keys themselves)',
  responses: {
    200: {
      description: 'All keys, revoked ones included',
      content: {
        'application/json': { schema: z.object({ keys: z.array(apiKeySchema) }).openapi('ApiKeyList') },
      },
    },
    ...errorResponses(401, 404, 503),
  },
});

export const revokeKey = createRoute({
  method: 'delete',
  path: '/v1/admin/keys/{id}',
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
