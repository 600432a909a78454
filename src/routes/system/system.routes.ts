import { createRoute, z } from '@hono/zod-openapi';
import { errorResponses } from '../create-router.ts';

export const healthz = createRoute({
  method: 'get',
  path: '/healthz',
  operationId: 'getHealth',
  tags: ['System'],
  summary: 'The process is up',
  responses: {
    200: {
      description: 'Up',
      content: { 'application/json': { schema: z.object({ status: z.literal('ok') }) } },
    },
  },
});

const problem = z.object({
  file: z.string().optional(),
  path: z.string(),
  line: z.number(),
  column: z.number(),
  message: z.string(),
  severity: z.enum(['error', 'warning']),
});

const readiness = z
  .object({
    status: z
      .enum(['ready', 'degraded'])
      .describe(
        'degraded: serving, but a scenario file has errors (its last good version, if any, is served)',
      ),
    checks: z.object({
      database: z.object({ ok: z.boolean(), kind: z.enum(['pglite', 'postgres']) }),
      scenarios: z.object({
        ok: z.boolean().describe('false when any scenario file has errors'),
        loaded: z.number().int().describe('published scenarios served'),
        drafts: z.number().int().describe('drafts in the folder, never served'),
        problems: z
          .array(problem)
          .describe('as `npm run scenarios:check` reports them, golden examples aside'),
        servedFromLastGood: z
          .array(z.object({ file: z.string(), id: z.string() }))
          .describe('files with errors whose last good version is served meanwhile'),
      }),
    }),
  })
  .openapi('Readiness');

export const readyz = createRoute({
  method: 'get',
  path: '/readyz',
  operationId: 'getReadiness',
  tags: ['System'],
  summary:
    'The database answers and scenarios are loaded; problems in scenario files make it degraded, not unready',
  responses: {
    200: { description: 'Ready', content: { 'application/json': { schema: readiness } } },
    ...errorResponses(503),
  },
});
