import { createRoute, z } from '@hono/zod-openapi';
import { KAPPA_REASONS } from '../../analytics/agreement.ts';
import { MIN_AGREEMENT_PAIRS, SCENARIO_ID, SCENARIO_ID_RULE } from '../../vocabulary.ts';
import { errorResponses } from '../create-router.ts';
import { principleIdSchema } from '../schemas.ts';

const kappa = z.number().nullable();

const goldenSchema = z
  .object({
    file: z
      .string()
      .openapi({ description: 'The scenario file scored, e.g. `en/saying-no-extra-project.yaml`' }),
    examples: z
      .number()
      .int()
      .openapi({ description: 'Golden examples scored (one still holding a TODO is left out)' }),
    inBand: z.number().int().openapi({ description: 'Those that score in the band their rating names' }),
    rating: z.object({
      kappa: kappa.openapi({
        description:
          "Quadratic-weighted kappa of the rating the rubric gives (poor < fair < good) against the author's",
      }),
      reason: z.enum(['no-examples', 'no-variation']).nullable().openapi({
        description: '`no-variation`: every example has the same rating, given or got, so kappa says nothing',
      }),
    }),
    principles: z
      .array(
        z.object({
          principle: principleIdSchema,
          n: z.number().int().openapi({ description: 'Examples that name the score they expect for it' }),
          exact: z.number().int().openapi({ description: 'Of those, the rubric gives exactly that score' }),
          withinOne: z
            .number()
            .int()
            .openapi({ description: 'Of those, the rubric is at most one point off' }),
        }),
      )
      .openapi({ description: 'Every principle, in the method’s order' }),
  })
  .openapi('GoldenAgreement');

const judgeSchema = z
  .object({
    verdicts: z.number().int().openapi({
      description: "This consumer's replies in the scenario that the judge scored beside the heuristic",
    }),
    principles: z.array(
      z.object({
        principle: principleIdSchema,
        n: z.number().int().openapi({ description: 'Replies both scored on this principle' }),
        kappa: kappa.openapi({
          description: 'Quadratic-weighted kappa on the 0–4 scale, judge against heuristic',
        }),
        reason: z
          .enum(KAPPA_REASONS)
          .nullable()
          .openapi({
            description: `Why kappa is null: \`no-judge\` (no judge verdicts stored), \`too-few\` (fewer than ${MIN_AGREEMENT_PAIRS} paired scores), \`no-variation\` (one of the two gave every reply the same score)`,
          }),
      }),
    ),
  })
  .openapi('JudgeAgreement');

export const agreementSchema = z
  .object({
    scenarioId: z.string(),
    golden: goldenSchema
      .nullable()
      .openapi({ description: 'Null when the scenario file does not parse now' }),
    judge: judgeSchema,
  })
  .openapi('ScenarioAgreement');

export const scenarioAgreement = createRoute({
  method: 'get',
  path: '/v1/analytics/agreement',
  operationId: 'getAgreement',
  tags: ['Analytics'],
  summary: 'How far to trust a scenario’s scores',
  description:
    "For one scenario of the library (a draft too): how the rubric agrees with the ratings the authors gave its golden examples, scored as `scenarios:check --strict` scores them; and how the LLM judge and the heuristic agree per principle over the calling consumer's own judged replies (never another consumer's). Needs the `analytics` or the `author` scope.",
  request: {
    query: z.object({
      scenarioId: z.string().regex(SCENARIO_ID, SCENARIO_ID_RULE).max(100).openapi({
        description: 'The scenario’s id, as its file is named',
        example: 'saying-no-extra-project',
      }),
    }),
  },
  responses: {
    200: { description: 'The agreement', content: { 'application/json': { schema: agreementSchema } } },
    ...errorResponses(400, 404, 503),
  },
});
