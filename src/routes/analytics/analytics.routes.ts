import { createRoute, z } from '@hono/zod-openapi';
import { MIN_LEARNERS } from '../../analytics/analytics.ts';
import { PRINCIPLE_IDS } from '../../rubric/ids.ts';
import { LANGUAGES } from '../../vocabulary.ts';
import { errorResponses } from '../create-router.ts';
import { principleIdSchema } from '../schemas.ts';

const tags = ['Analytics'];
const small = `null when fewer than ${MIN_LEARNERS} identified learners stand behind it (it could point at a person)`;
const format = z.enum(['json', 'csv']).default('json').openapi({
  description: '`csv`: the same figures as a CSV file, one row per line, for a spreadsheet',
});
const weeks = z.coerce.number().int().min(1).max(104).default(12).openapi({
  description: 'How many weeks back: the sessions started (or, for trends, ended) since then',
});
const csv = { 'text/csv': { schema: z.string() } };

const meanScores = z.object(
  Object.fromEntries(PRINCIPLE_IDS.map((id) => [id, z.number().nullable()])) as Record<
    (typeof PRINCIPLE_IDS)[number],
    z.ZodNullable<z.ZodNumber>
  >,
);

export const scenarioFiguresSchema = z
  .object({
    scenarioId: z.string(),
    title: z.string().nullable().openapi({
      description: "The scenario's title as the library has it now; null when it is no longer in the library",
    }),
    language: z
      .enum(LANGUAGES)
      .nullable()
      .openapi({ description: 'null when it is no longer in the library' }),
    shown: z.boolean().openapi({
      description: `false when fewer than ${MIN_LEARNERS} learners rehearsed it: every figure is null`,
    }),
    learners: z.number().int().nullable().openapi({ description: 'Identified learners who started it' }),
    sessionsStarted: z.number().int().nullable(),
    sessionsFinished: z.number().int().nullable(),
    medianTurns: z
      .number()
      .nullable()
      .openapi({ description: `Learner replies per completed session; ${small}` }),
    meanScores: meanScores
      .nullable()
      .openapi({ description: `0–4 per principle over completed sessions; ${small}` }),
    success: z
      .array(z.object({ statement: z.string(), reached: z.number().int(), sessions: z.number().int() }))
      .nullable()
      .openapi({ description: 'How often each success statement was reached, least reached first' }),
    missingActs: z
      .array(z.object({ label: z.string(), sessions: z.number().int() }))
      .nullable()
      .openapi({
        description: "The scenario's core act, in the sessions that never did it, most frequent first",
      }),
    moodDrops: z
      .array(z.object({ reply: z.number().int(), drops: z.number().int(), share: z.number() }))
      .nullable()
      .openapi({
        description:
          "Where learners lose the persona: the reply number (2 = the second reply) at which the persona's trust fell, how often, and the share of replies there that lost it; most frequent first",
      }),
    hintsPerSession: z.number().nullable(),
    retriesPerSession: z.number().nullable().openapi({ description: 'Replies taken back and tried again' }),
  })
  .openapi('ScenarioFigures');

export const scenarioAnalytics = createRoute({
  method: 'get',
  path: '/v1/analytics/scenarios',
  operationId: 'getScenarioAnalytics',
  tags,
  summary: "Per scenario: how this consumer's learners fare",
  description:
    "Only the calling consumer's own sessions. Needs the `analytics` scope. A figure over fewer than " +
    `${MIN_LEARNERS} identified learners is not shown (null); sessions without a learner id count toward no group.`,
  request: { query: z.object({ weeks, format }) },
  responses: {
    200: {
      description: 'The figures',
      content: {
        'application/json': {
          schema: z.object({ minLearners: z.number().int(), scenarios: z.array(scenarioFiguresSchema) }),
        },
        ...csv,
      },
    },
    ...errorResponses(400, 503),
  },
});

export const principleTrends = createRoute({
  method: 'get',
  path: '/v1/analytics/principles',
  operationId: 'getPrincipleTrends',
  tags,
  summary: 'Per principle: the mean score per week',
  description:
    "The mean (0–4) per ISO week (starting Monday) over the consumer's completed sessions, by when they ended. " +
    `A week with fewer than ${MIN_LEARNERS} identified learners is left out. Needs the \`analytics\` scope.`,
  request: {
    query: z.object({
      weeks: z.coerce
        .number()
        .int()
        .min(1)
        .max(104)
        .default(12)
        .openapi({ description: 'How many weeks back' }),
      format,
    }),
  },
  responses: {
    200: {
      description: 'The trend per principle',
      content: {
        'application/json': {
          schema: z.object({
            minLearners: z.number().int(),
            principles: z.array(
              z.object({
                principle: principleIdSchema,
                weeks: z.array(z.object({ week: z.string(), learners: z.number().int(), mean: z.number() })),
              }),
            ),
          }),
        },
        ...csv,
      },
    },
    ...errorResponses(400, 503),
  },
});
