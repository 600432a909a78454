import { createRoute, z } from '@hono/zod-openapi';
import { MOVE_IDS, PRINCIPLE_IDS } from '../../rubric/ids.ts';
import { LANGUAGES, TURN_ROLES } from '../../vocabulary.ts';
import { errorResponses } from '../create-router.ts';
import { rubricResultSchema } from '../schemas.ts';

const tags = ['Rubric'];
const bilingual = z.object({ nl: z.string(), en: z.string() });

export const MAX_SCORED_REPLY_CHARS = 10_000;

export const listPrinciples = createRoute({
  method: 'get',
  path: '/v1/principles',
  operationId: 'listPrinciples',
  tags,
  summary: 'The five principles with their anchored levels, and the moves the rubric detects',
  responses: {
    200: {
      description: 'The rubric',
      content: {
        'application/json': {
          schema: z
            .object({
              principles: z.array(
                z.object({
                  id: z.enum(PRINCIPLE_IDS),
                  name: bilingual,
                  description: bilingual,
                  levels: z.array(z.object({ score: z.number().int() }).catchall(z.unknown())),
                }),
              ),
              moves: z.array(
                z
                  .object({
                    id: z.enum(MOVE_IDS),
                    name: bilingual,
                    description: bilingual,
                    example: bilingual,
                  })
                  .catchall(z.unknown()),
              ),
            })
            .openapi('Principles'),
        },
      },
    },
    ...errorResponses(401, 429),
  },
});

export const scoreReplyRoute = createRoute({
  method: 'post',
  path: '/v1/rubric/score',
  operationId: 'scoreReply',
  tags,
  summary: 'Score one reply against the five principles (stateless)',
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z
            .strictObject({
              reply: z.string().refine((reply) => reply.trim().length > 0, 'must not be empty'),
              scenarioId: z.string().min(1).max(200).optional(),
              language: z.enum(LANGUAGES).optional(),
              feedbackLanguage: z
                .enum(LANGUAGES)
                .optional()
                .describe(
                  "The learner's interface language for feedback and tips; the scenario's language when absent.",
                ),
              history: z
                .array(
                  z.strictObject({
                    role: z.enum(TURN_ROLES),
                    content: z.string().max(MAX_SCORED_REPLY_CHARS),
                  }),
                )
                .max(100)
                .optional(),
              engine: z.enum(['auto', 'heuristic', 'llm']).default('auto'),
            })
            .openapi('ScoreRequest'),
        },
      },
    },
  },
  responses: {
    200: {
      description: 'The scores with their evidence',
      content: { 'application/json': { schema: rubricResultSchema } },
    },
    ...errorResponses(400, 401, 404, 413, 415, 422, 429, 503),
  },
});
