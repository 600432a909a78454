import { createRoute, z } from '@hono/zod-openapi';
import { errorResponses } from '../create-router.ts';

export const healthz = createRoute({
  method: 'get',
  path: '/healthz',
  tags: ['System'],
  summary: 'The process is up',
  responses: {
    200: {
      description: 'Up',
      content: { 'application/json': { schema: z.object({ status: z.literal('ok') }) } },
    },
  },
});

const readiness = z
  .object({
    status: z.literal('ready'),
    checks: z.object({
      database: z.object({ ok: z.boolean(), kind: z.enum(['pglite', 'postgres']) }),
      scenarios: z.object({
        ok: z.boolean(),
        loaded: z.number().int(),
        problems: z.array(
          z.object({
            file: z.string().optional(),
            path: z.string(),
            line: z.number(),
            column: z.number(),
            message: z.string(),
          }),
        ),
      }),
    }),
  })
  .openapi('Readiness');

export const readyz = createRoute({
  method: 'get',
  path: '/readyz',
  tags: ['System'],
  summary: 'The database answers and scenarios are loaded',
  responses: {
    200: { description: 'Ready', content: { 'application/json': { schema: readiness } } },
    ...errorResponses(503),
  },
});
