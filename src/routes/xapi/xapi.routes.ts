import { createRoute, z } from '@hono/zod-openapi';
import { errorResponses } from '../create-router.ts';
import { sessionIdParam } from '../schemas.ts';

const languageMap = z.record(z.string(), z.string()).openapi({ example: { 'en-US': 'completed' } });
const extensions = z.record(z.string(), z.unknown());

export const xapiStatementSchema = z
  .object({
    id: z.uuid(),
    version: z.literal('1.0.3'),
    actor: z.object({
      objectType: z.literal('Agent'),
      account: z.object({ homePage: z.string(), name: z.string() }),
    }),
    verb: z.object({ id: z.string(), display: languageMap }),
    object: z.object({
      objectType: z.literal('Activity'),
      id: z.string(),
      definition: z.object({ type: z.string(), name: languageMap, description: languageMap.optional() }),
    }),
    result: z
      .object({
        score: z.object({
          scaled: z.number().min(-1).max(1),
          raw: z.number(),
          min: z.number(),
          max: z.number(),
        }),
        completion: z.boolean().optional(),
        extensions,
      })
      .optional(),
    context: z.object({
      registration: z.uuid(),
      platform: z.string(),
      language: z.string(),
      extensions,
    }),
    timestamp: z.string(),
  })
  .openapi('XapiStatement');

export const getXapi = createRoute({
  method: 'get',
  path: '/v1/sessions/{id}/xapi',
  tags: ['Learning records'],
  summary: 'The session as xAPI 1.0.3 statements',
  description:
    '`attempted` (start), `responded` (each scored learner reply: overall as `result.score.scaled` = overall/100, ' +
    'each principle as score/4 in `result.extensions`), `completed` (the report, once ended). Statement ids are ' +
    'stable, so sending them to an LRS twice stores them once. The reply texts are never included. In ' +
    'assessment mode, scores appear once the session has ended.',
  request: { params: sessionIdParam },
  responses: {
    200: {
      description: 'The statements',
      content: {
        'application/json': {
          schema: z.object({ statements: z.array(xapiStatementSchema) }).openapi('XapiStatements'),
        },
      },
    },
    ...errorResponses(401, 404, 429, 503),
  },
});
