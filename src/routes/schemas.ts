import { z } from '@hono/zod-openapi';
import { MOVE_IDS, PRINCIPLE_IDS } from '../rubric/ids.ts';
import { CONFIDENCE_REASONS, FLAG_IDS } from '../rubric/types.ts';
import {
  CONFIDENCE_LEVELS,
  COUNTERFACTUAL_SOURCES,
  HINT_STAGES,
  LANGUAGES,
  MOOD_LABELS,
  SESSION_MODES,
  SESSION_STATUSES,
  TURN_ROLES,
  TURN_STATUSES,
} from '../vocabulary.ts';

// API shapes shared by several features. Written by hand: the contract does not move when a column does.

export const principleIdSchema = z.enum(PRINCIPLE_IDS).openapi('PrincipleId');

export const spanSchema = z
  .object({
    quote: z.string().openapi({ description: 'Exact words of the reply: reply.slice(start, end) === quote' }),
    start: z.number().int(),
    end: z.number().int(),
  })
  .openapi('Span');

export const evidenceSchema = spanSchema
  .extend({
    polarity: z.enum(['earned', 'cost']).openapi({
      description: 'Whether these words earned the principle points or cost it points',
    }),
  })
  .openapi('Evidence');

export const confidenceSchema = z
  .object({
    level: z.enum(CONFIDENCE_LEVELS).openapi({
      description:
        'How far to trust this verdict; `low`: a rough estimate, the coach recognised little of the reply',
    }),
    recognised: z.number().min(0).max(1).openapi({
      description: "The share of the reply's words that lie in the evidence or in an act the rules detected",
    }),
    reasons: z
      .array(z.object({ id: z.enum(CONFIDENCE_REASONS), message: z.string() }))
      .openapi({ description: "Why it is not high (empty when it is), in the feedback's language" }),
    judge: z
      .object({
        agrees: z.boolean().openapi({ description: 'Every principle within one point' }),
        principles: z.array(
          z.object({
            id: principleIdSchema,
            heuristic: z.number().int().min(0).max(4),
            judge: z.number().int().min(0).max(4),
          }),
        ),
      })
      .nullable()
      .openapi({ description: "When a model judged the reply: its scores beside the rules', per principle" }),
  })
  .openapi('Confidence');

export const rubricResultSchema = z
  .object({
    engine: z.enum(['heuristic', 'llm', 'heuristic-fallback']),
    language: z.enum(LANGUAGES),
    overall: z.number().int().min(0).max(100),
    criteria: z.array(
      z.object({
        id: principleIdSchema,
        score: z.number().int().min(0).max(4).nullable(),
        evidence: z.array(evidenceSchema),
        feedback: z.string(),
      }),
    ),
    moves: z.array(spanSchema.extend({ id: z.enum(MOVE_IDS) })),
    flags: z.array(z.object({ id: z.enum(FLAG_IDS), message: z.string() })),
    tips: z.array(z.string()),
    confidence: confidenceSchema.optional().openapi({
      description: 'How far to trust this verdict; absent only in verdicts stored before it existed',
    }),
  })
  .openapi('RubricResult');

export const moodSchema = z
  .object({
    trust: z.number().int().min(0).max(100),
    tension: z.number().int().min(0).max(100),
    label: z.enum(MOOD_LABELS),
  })
  .openapi('Mood');

export const hintSchema = z
  .object({
    id: z.uuid(),
    turnSeq: z.number().int().openapi({ description: 'The seq of the learner reply the hint came before' }),
    language: z.enum(LANGUAGES),
    principle: principleIdSchema.openapi({
      description:
        "The principle most worth working on now: by the scenario's weights and the replies' scores so far",
    }),
    mean: z.number().nullable().openapi({
      description: "The principle's mean (0–4) over the replies so far; null before any scored it",
    }),
    stage: z.enum(HINT_STAGES).openapi({
      description: 'Where the conversation stands: before the first reply, under way, or near its end',
    }),
    advice: z.string().openapi({ description: 'What to do now, in one sentence' }),
    needs: z.array(z.string()).openapi({
      description: 'What the persona seems to need: only the hidden needs the persona has revealed so far',
    }),
    opening: z.string().openapi({ description: 'One example opening for the reply' }),
    openingFrom: z.enum(['scenario-hint', 'golden-example', 'standard']).openapi({
      description: "The scenario's own hint, a sentence of its golden replies, or the standard opening",
    }),
    text: z.string().openapi({ description: "The whole hint as one paragraph, in the session's language" }),
    source: z.enum(['offline', 'llm']).openapi({
      description: 'offline: built from the scenario; llm: the same facts phrased by the model',
    }),
    createdAt: z.string(),
  })
  .openapi('Hint');

export const turnSchema = z
  .object({
    id: z.uuid(),
    seq: z.number().int(),
    role: z.enum(TURN_ROLES),
    content: z.string(),
    status: z.enum(TURN_STATUSES),
    createdAt: z.string(),
    mood: moodSchema.optional().openapi({ description: "The persona's mood after this learner turn" }),
    feedback: rubricResultSchema.optional().openapi({
      description: 'The rubric on this learner turn (practice mode, or once an assessment has ended)',
    }),
    hint: hintSchema.optional().openapi({ description: 'The hint the learner asked for before this reply' }),
  })
  .openapi('Turn');

/** A reply tried before at the same point of the conversation, and how the persona answered it. */
export const attemptSchema = turnSchema
  .extend({
    answer: z.union([turnSchema, z.null()]).openapi({
      description: "The persona's complete answer to this reply; null when it never came",
    }),
  })
  .openapi('Attempt');

export const counterfactualSourceSchema = z.enum(COUNTERFACTUAL_SOURCES).openapi({
  description:
    "`suggested`: the example opening the hint gives at that point, from the rubric's scores on the replies before it; `golden`: a good example reply of the scenario (the next one not yet played at that turn); `own`: the learner's own words",
});

/** "What if I had said…": another reply played against the persona at a learner turn, beside the real one. */
export const counterfactualSchema = z
  .object({
    id: z.uuid(),
    turnId: z.uuid().openapi({ description: 'The learner turn the alternative was played at' }),
    seq: z.number().int().openapi({ description: 'The seq of that learner turn' }),
    source: counterfactualSourceSchema,
    content: z.string().openapi({ description: 'The alternative reply' }),
    feedback: rubricResultSchema.openapi({
      description: 'The rubric on the alternative, scored as a reply is',
    }),
    moodBefore: moodSchema.openapi({
      description: 'The mood the real reply was heard in, and the alternative with it',
    }),
    mood: moodSchema.openapi({ description: "The persona's mood after the alternative" }),
    answer: z.string().openapi({ description: "The persona's answer to the alternative" }),
    closing: z.boolean().openapi({ description: 'The persona would have closed the conversation with it' }),
    createdAt: z.string(),
  })
  .openapi('Counterfactual');

/** A turn of the path taken: a learner turn says which replies were tried at its point before it. */
export const pathTurnSchema = turnSchema
  .extend({
    attempts: z.array(attemptSchema).optional().openapi({
      description:
        'The replies tried at this point before this one and taken back, oldest first (practice mode); absent when none',
    }),
    counterfactuals: z.array(counterfactualSchema).optional().openapi({
      description:
        '"What if I had said…": the alternatives played at this reply, oldest first (practice mode); absent when none',
    }),
  })
  .openapi('PathTurn');

export const sessionSchema = z
  .object({
    id: z.uuid(),
    scenarioId: z.string(),
    scenarioTitle: z.string().nullable(),
    language: z.enum(LANGUAGES),
    mode: z.enum(SESSION_MODES),
    status: z.enum(SESSION_STATUSES),
    learnerId: z.string().nullable(),
    mood: moodSchema,
    turns: z.array(pathTurnSchema).openapi({
      description:
        'The conversation as it stands: the path taken through the replies tried, each reply with its earlier attempts',
    }),
    createdAt: z.string(),
    endedAt: z.string().nullable(),
  })
  .openapi('Session');

const momentSchema = z.object({
  seq: z.number().int(),
  quote: z.string(),
  principle: principleIdSchema,
  score: z.number(),
  why: z.string(),
});
const imagePartSchema = z.object({
  score: z.number().nullable(),
  text: z.string(),
  principles: z.array(principleIdSchema).openapi({ description: 'The principles whose means it is made of' }),
});
const focusSchema = z.record(principleIdSchema, z.number());
/** The seed's image of a leader: strong back, soft front, wild heart. */
const leaderImageSchema = z
  .object({ strongBack: imagePartSchema, softFront: imagePartSchema, wildHeart: imagePartSchema })
  .openapi('LeaderImage');

const actInSessionSchema = z.object({
  label: z.string().openapi({ description: "What the act is, in the scenario's language" }),
  tip: z
    .string()
    .nullable()
    .openapi({ description: 'Advice for a reply that misses the core act or does a must-not act' }),
  doneIn: z.array(z.number().int()).openapi({ description: 'The learner turns (seq) that did it' }),
});

const comparisonSide = z.object({
  seq: z.number().int(),
  reply: z.string(),
  overall: z.number(),
  answer: z
    .string()
    .nullable()
    .openapi({ description: "The persona's answer to the reply; null when it never came" }),
});
const quoteSchema = evidenceSchema.pick({ quote: true, polarity: true });
const comparisonPrinciples = z.array(
  z.object({
    id: principleIdSchema,
    before: z.number().nullable(),
    after: z.number().nullable(),
    difference: z
      .number()
      .nullable()
      .openapi({ description: 'after − before; null when either did not apply' }),
  }),
);
const comparisonEvidence = z
  .array(z.object({ id: principleIdSchema, before: z.array(quoteSchema), after: z.array(quoteSchema) }))
  .openapi({ description: 'The principles whose evidence changed, with the quotes on each side' });

/** A reply taken back beside the one that stayed: both replies and answers, scores and evidence. */
export const comparisonSchema = z
  .object({
    seq: z.number().int().openapi({ description: 'The reply of the path taken' }),
    before: comparisonSide.openapi({ description: 'The reply taken back' }),
    after: comparisonSide.openapi({ description: 'The reply that stayed' }),
    principles: comparisonPrinciples,
    evidence: comparisonEvidence,
  })
  .openapi('Comparison');

/** "What if I had said…" in the report: the reply said beside an alternative played at its point. */
export const counterfactualComparisonSchema = z
  .object({
    seq: z
      .number()
      .int()
      .openapi({ description: 'The reply of the path taken the alternative was played at' }),
    source: counterfactualSourceSchema,
    before: comparisonSide.openapi({ description: 'The reply said' }),
    after: comparisonSide.openapi({ description: 'The alternative played in its place' }),
    principles: comparisonPrinciples,
    evidence: comparisonEvidence,
    mood: z
      .object({
        before: moodSchema,
        said: z.union([moodSchema, z.null()]),
        alternative: moodSchema,
      })
      .openapi({
        description:
          'The mood both were heard in (`before`), and the mood after the reply said and after the alternative',
      }),
  })
  .openapi('CounterfactualComparison', {
    description:
      "An alternative played at a reply of the path taken, beside that reply: `before` is the reply said, `after` the alternative, each principle's `difference` is alternative − said",
  });

export const reportSchema = z
  .object({
    sessionId: z.uuid(),
    scenarioId: z.string(),
    scenarioTitle: z.string().nullable(),
    language: z.enum(LANGUAGES),
    outcome: z.enum(['completed', 'abandoned']).openapi({
      description: '`abandoned`: the session ended without a single reply, so nothing was scored',
    }),
    learnerTurnCount: z.number().int().openapi({ description: "The learner's scored replies" }),
    overall: z.number().openapi({ description: "Mean of the turns' overall scores, 0–100" }),
    composition: z
      .object({
        method: z.literal('mean-of-replies'),
        replies: z.array(z.object({ seq: z.number().int(), overall: z.number() })),
        focus: focusSchema.nullable().openapi({ description: "The scenario's weight per principle" }),
      })
      .openapi({ description: "How the overall is made: the mean of each reply's overall" }),
    principles: z.array(
      z.object({
        id: principleIdSchema,
        mean: z.number().nullable().openapi({ description: '0–4 over the turns where it applied' }),
        trend: z
          .number()
          .nullable()
          .openapi({ description: 'Least-squares slope of the score per learner turn' }),
        scoredTurnCount: z.number().int().openapi({ description: 'Replies where this principle applied' }),
        scoredTurns: z
          .number()
          .int()
          .openapi({ deprecated: true, description: 'Deprecated: `scoredTurnCount`; removed in version 2' }),
      }),
    ),
    trendMethod: z.literal('slope-per-turn'),
    strongest: z.array(momentSchema),
    weakest: z.array(momentSchema),
    success: z.array(
      z.object({
        statement: z.string(),
        met: z.boolean(),
        seq: z.number().int().optional(),
        evidence: z.string().optional(),
      }),
    ),
    leaderImage: leaderImageSchema,
    nextPractice: z.string().openapi({ description: '`practice` as one paragraph' }),
    practice: z
      .object({
        principle: principleIdSchema,
        mean: z.number(),
        moment: momentSchema.nullable(),
        exercise: z.string(),
      })
      .nullable()
      .openapi({
        description: "This session's weakest principle, the reply where it scored lowest, an exercise",
      }),
    acts: z
      .object({ core: actInSessionSchema.nullable(), mustNot: z.array(actInSessionSchema) })
      .nullable()
      .optional()
      .openapi({
        description:
          "The scenario's own acts (the core act a good reply must do, the acts it must not do) and the replies that did them; null when the scenario names none, absent in reports stored before it existed",
      }),
    comparisons: z.array(comparisonSchema).openapi({
      description:
        'Each reply taken back and tried again, beside the reply that stayed at its point: empty when none was',
    }),
    counterfactuals: z.array(counterfactualComparisonSchema).openapi({
      description:
        '"What if I had said…": each alternative played at a reply of the path taken, beside that reply; empty when none was',
    }),
    hints: z.array(z.object({ seq: z.number().int(), principle: principleIdSchema })).openapi({
      description: 'The replies the learner asked a hint for first, and the principle each hint named',
    }),
    hintCount: z.number().int().openapi({ description: 'Replies written after a hint' }),
    confidence: z
      .object({
        high: z.number().int(),
        medium: z.number().int(),
        low: z.number().int(),
        replies: z.array(z.object({ seq: z.number().int(), level: z.enum(CONFIDENCE_LEVELS) })),
      })
      .optional()
      .openapi({
        description:
          "How far to trust each reply's score of the path taken, and how many replies have each level; absent in reports stored before it existed",
      }),
    createdAt: z.string(),
    turns: z
      .number()
      .int()
      .openapi({ deprecated: true, description: 'Deprecated: `learnerTurnCount`; removed in version 2' }),
    summary: leaderImageSchema.openapi({
      deprecated: true,
      description: 'Deprecated: `leaderImage`; removed in version 2',
    }),
  })
  .openapi('Report');

export const sessionIdParam = z.object({
  id: z
    .string()
    .openapi({ param: { name: 'id', in: 'path' }, example: '3f1c5a3e-8d8b-4a39-9a55-1f5f3c2b7e10' }),
});
