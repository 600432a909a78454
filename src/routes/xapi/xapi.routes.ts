import { createRoute, z } from '@hono/zod-openapi';
import { errorResponses } from '../create-router.ts';
import { sessionIdParam } from '../schemas.ts';
import { learnerIdSchema, newLearnerIdSchema } from '../sessions/sessions.routes.ts';

const tags = ['Learning records'];
const languageMap = z.record(z.string(), z.string()).openapi({ example: { 'en-US': 'completed' } });
const extensions = z.record(z.string(), z.unknown());

const homePage = z
  .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
  .max(500)
  .openapi({ example: 'https://lms.example.org' });

/** An xAPI Agent named by an account or by the SHA-1 of its mailto IRI: the two that name no one outright. */
export const xapiActorSchema = z
  .union([
    z.strictObject({
      objectType: z.literal('Agent').default('Agent'),
      account: z.strictObject({
        homePage,
        name: z.string().trim().min(1).max(200).openapi({ example: 'lms-user-42' }),
      }),
    }),
    z.strictObject({
      objectType: z.literal('Agent').default('Agent'),
      mbox_sha1sum: z
        .string()
        .regex(/^[0-9a-fA-F]{40}$/, 'must be the hex SHA-1 of a mailto: IRI')
        .transform((hash) => hash.toLowerCase()),
    }),
  ])
  .openapi('XapiActor', {
    description:
      "The learner as an xAPI Agent: an account in the consumer's own system (`homePage` + `name`) or an " +
      '`mbox_sha1sum`. A plain `mbox` is not accepted: learner data stays pseudonymous.',
  });

export const xapiStatementSchema = z
  .object({
    id: z.uuid(),
    version: z.literal('1.0.3'),
    actor: xapiActorSchema,
    verb: z.object({ id: z.string(), display: languageMap }),
    object: z.object({
      objectType: z.literal('Activity'),
      id: z.string(),
      definition: z.object({ type: z.string(), name: languageMap, description: languageMap.optional() }),
    }),
    result: z
      .object({
        score: z
          .object({
            scaled: z.number().min(-1).max(1),
            raw: z.number(),
            min: z.number(),
            max: z.number(),
          })
          .optional(),
        completion: z.boolean().optional(),
        extensions: extensions.optional(),
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
  operationId: 'getSessionXapi',
  tags,
  summary: 'The session as xAPI 1.0.3 statements',
  description:
    '`attempted` (start), `responded` (each scored learner reply: overall as `result.score.scaled` = overall/100, ' +
    'each principle as score/4 in `result.extensions`), `completed` (the report, once ended). A session that ended ' +
    'without a single reply is abandoned: `terminated` with `completion: false` and no score instead. Statement ids ' +
    'are stable, so sending them to an LRS twice stores them once. The reply texts are never included. In ' +
    "assessment mode, scores appear once the session has ended. Every IRI is built on the server's PUBLIC_URL; " +
    'without it the answer is 503 `not_configured`.',
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

const learnerParams = z.object({
  learnerId: learnerIdSchema.openapi({ param: { name: 'learnerId', in: 'path' } }),
});

const learnerActorSchema = z
  .object({
    learnerId: z.string(),
    actor: xapiActorSchema,
    source: z.enum(['learner', 'consumer', 'default']).openapi({
      description:
        "`learner`: set for this learner; `consumer`: an account under the consumer's home page; `default`: an " +
        "account under this server's PUBLIC_URL",
    }),
  })
  .openapi('LearnerActor');

export const getLearnerActor = createRoute({
  method: 'get',
  path: '/v1/learners/{learnerId}/actor',
  operationId: 'getLearnerActor',
  tags,
  summary: "The actor this learner's statements carry",
  request: { params: learnerParams },
  responses: {
    200: { description: 'The actor in use', content: { 'application/json': { schema: learnerActorSchema } } },
    ...errorResponses(400, 401, 404, 429, 503),
  },
});

export const putLearnerActor = createRoute({
  method: 'put',
  path: '/v1/learners/{learnerId}/actor',
  operationId: 'setLearnerActor',
  tags,
  summary: "Name the learner as the consumer's own system knows them, in every statement",
  description:
    'Statements about this learner then carry this actor instead of the default account, so an LRS joins them to ' +
    "the learner the LMS knows. The learner is created when new. It applies to every statement, the past sessions' " +
    'included.',
  request: {
    params: z.object({ learnerId: newLearnerIdSchema.openapi({ param: { name: 'learnerId', in: 'path' } }) }),
    body: { required: true, content: { 'application/json': { schema: xapiActorSchema } } },
  },
  responses: {
    200: { description: 'The actor in use', content: { 'application/json': { schema: learnerActorSchema } } },
    ...errorResponses(400, 401, 413, 415, 429, 503),
  },
});

export const deleteLearnerActor = createRoute({
  method: 'delete',
  path: '/v1/learners/{learnerId}/actor',
  operationId: 'deleteLearnerActor',
  tags,
  summary: "Go back to the consumer's or the default actor for this learner",
  request: { params: learnerParams },
  responses: {
    204: { description: 'Cleared' },
    ...errorResponses(401, 404, 429, 503),
  },
});
