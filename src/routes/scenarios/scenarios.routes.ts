import { createRoute, z } from '@hono/zod-openapi';
import { PRINCIPLE_IDS } from '../../rubric/ids.ts';
import { CATEGORIES, DIFFICULTIES, LANGUAGES } from '../../vocabulary.ts';
import { errorResponses, errorSchema } from '../create-router.ts';
import { nextCursorSchema, pageQuery } from '../pagination.ts';

const tags = ['Scenarios'];

const summarySchema = z
  .object({
    id: z.string(),
    language: z.enum(LANGUAGES),
    title: z.string(),
    summary: z.string(),
    category: z.enum(CATEGORIES),
    difficulty: z.enum(DIFFICULTIES),
    tags: z.array(z.string()),
    translations: z.partialRecord(z.enum(LANGUAGES), z.string()),
  })
  .openapi('ScenarioSummary');

const publicScenarioSchema = summarySchema
  .extend({
    briefing: z.object({
      situation: z.string(),
      role: z.string(),
      goal: z.string(),
      keepInMind: z.array(z.string()),
    }),
    persona: z.object({ name: z.string(), role: z.string(), relationship: z.string() }),
    opening: z.object({ speaker: z.enum(['persona', 'learner']), lines: z.array(z.string()) }),
    success: z.array(z.object({ statement: z.string() })),
    focus: z.record(z.enum(PRINCIPLE_IDS), z.number()),
  })
  .openapi('Scenario');

const scenarioErrorSchema = z
  .object({
    file: z.string().optional(),
    path: z.string(),
    line: z.number(),
    column: z.number(),
    message: z.string(),
  })
  .openapi('ScenarioError');

export const listScenarios = createRoute({
  method: 'get',
  path: '/v1/scenarios',
  operationId: 'listScenarios',
  tags,
  summary: 'The scenario library',
  request: {
    query: z.object({
      category: z.enum(CATEGORIES).optional(),
      language: z.enum(LANGUAGES).optional(),
      difficulty: z.enum(DIFFICULTIES).optional(),
      ...pageQuery,
    }),
  },
  responses: {
    200: {
      description: 'Scenarios, sorted by id',
      content: {
        'application/json': {
          schema: z
            .object({ scenarios: z.array(summarySchema), nextCursor: nextCursorSchema })
            .openapi('ScenarioList'),
        },
      },
    },
    ...errorResponses(400, 401, 429),
  },
});

export const getScenario = createRoute({
  method: 'get',
  path: '/v1/scenarios/{id}',
  operationId: 'getScenario',
  tags,
  summary: 'What a learner may see of a scenario (never the hidden needs or the script)',
  request: { params: z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' } }) }) },
  responses: {
    200: { description: 'The scenario', content: { 'application/json': { schema: publicScenarioSchema } } },
    ...errorResponses(401, 404, 429),
  },
});

export const validateScenario = createRoute({
  method: 'post',
  path: '/v1/scenarios/validate',
  operationId: 'validateScenario',
  tags,
  summary: "Check a scenario file's YAML",
  request: {
    body: {
      required: true,
      description: 'The YAML text of one scenario file (at most 256 KB)',
      content: { 'application/yaml': { schema: z.string() } },
    },
  },
  responses: {
    200: {
      description: 'Valid',
      content: {
        'application/json': {
          schema: z
            .object({
              valid: z.literal(true),
              scenario: z.record(z.string(), z.unknown()),
              warnings: z
                .array(scenarioErrorSchema)
                .describe(
                  'What is worth fixing but does not make the file invalid, such as TODOs left in a draft',
                ),
            })
            .openapi('ValidScenario'),
        },
      },
    },
    422: {
      description:
        'Invalid: the error shape with `code: "invalid_scenario"`, and every problem and where it is in `details.errors`',
      content: {
        'application/json': {
          schema: errorSchema
            .extend({
              error: errorSchema.shape.error.extend({
                code: z.literal('invalid_scenario'),
                details: z.object({ errors: z.array(scenarioErrorSchema) }),
              }),
            })
            .openapi('InvalidScenario'),
        },
      },
    },
    ...errorResponses(401, 413, 415, 429),
  },
});
