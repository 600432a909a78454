import { createRoute, z } from '@hono/zod-openapi';
import { ERROR_CODES } from '../../errors.ts';
import { LANGUAGES, SESSION_MODES, SESSION_STATUSES } from '../../vocabulary.ts';
import { errorResponses } from '../create-router.ts';
import { nextCursorSchema, pageQuery } from '../pagination.ts';
import {
  counterfactualSchema,
  hintSchema,
  moodSchema,
  principleIdSchema,
  reportSchema,
  rubricResultSchema,
  sessionIdParam,
  sessionSchema,
  turnSchema,
} from '../schemas.ts';

const tags = ['Sessions'];

/** The consumer's own id for its learner, as it names one: printable, no spaces at the ends. */
export const learnerIdSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(
    /^[^\s\p{C}](?:[^\p{C}]*[^\s\p{C}])?$/u,
    'must be printable text without leading or trailing spaces',
  );

/**
 * A learner id the server is to store: pseudonymous, so never an e-mail address. Lookups and erasure take any
 * id (learnerIdSchema), so whatever was stored before can still be found and erased.
 */
export const newLearnerIdSchema = learnerIdSchema.refine(
  (id) => !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(id),
  "must be a pseudonymous id, not an e-mail address: use your own system's id for the learner",
);

export const createSession = createRoute({
  method: 'post',
  path: '/v1/sessions',
  operationId: 'createSession',
  tags,
  summary: 'Start a rehearsal',
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z
            .strictObject({
              scenarioId: z.string().min(1).max(200),
              mode: z.enum(SESSION_MODES).default('practice'),
              learnerId: newLearnerIdSchema.optional(),
            })
            .openapi('CreateSession'),
        },
      },
    },
  },
  responses: {
    201: {
      description: "The new session, with the persona's opening; `Location` is its path",
      content: { 'application/json': { schema: sessionSchema } },
    },
    ...errorResponses(400, 401, 404, 413, 415, 429, 503),
  },
});

export const getSession = createRoute({
  method: 'get',
  path: '/v1/sessions/{id}',
  operationId: 'getSession',
  tags,
  summary: 'A session with its turns, scores and mood',
  request: { params: sessionIdParam },
  responses: {
    200: { description: 'The session', content: { 'application/json': { schema: sessionSchema } } },
    ...errorResponses(401, 404, 429, 503),
  },
});

const turnAnswer = z
  .object({
    learner: turnSchema,
    feedback: z.union([rubricResultSchema, z.null()]),
    mood: moodSchema,
    persona: turnSchema,
    sessionStatus: z.enum(SESSION_STATUSES),
  })
  .openapi('TurnAnswer');

const cap = (name: string) => `${name[0]!.toUpperCase()}${name.slice(1)}`;
const streamEvent = <const Name extends string>(name: Name, data: z.ZodType, description: string) =>
  z.object({ event: z.literal(name), data }).openapi(`TurnStream${cap(name)}Event`, { description });

/** The server-sent events of a streamed turn, in the order they come. */
const TURN_STREAM_EVENTS = [
  streamEvent('learner', turnSchema, 'The stored learner turn; always first'),
  streamEvent(
    'feedback',
    rubricResultSchema,
    "The rubric on the learner's reply (practice mode only): right after `learner`, or, with an LLM judge, " +
      'whenever the judge answers, before `persona`',
  ),
  streamEvent('mood', moodSchema, "The persona's mood after the reply"),
  streamEvent('delta', z.object({ text: z.string() }), "A piece of the persona's answer, as it is written"),
  streamEvent('persona', turnSchema, 'The stored persona turn: its content is final and replaces the deltas'),
  streamEvent(
    'done',
    z.object({ sessionStatus: z.enum(SESSION_STATUSES) }),
    'The turn is complete; always last',
  ),
  streamEvent(
    'error',
    z.object({ code: z.enum(ERROR_CODES), message: z.string() }),
    'The turn failed after it began; ends the stream',
  ),
] as const;

export const turnStreamEventSchema = z.union(TURN_STREAM_EVENTS).openapi('TurnStreamEvent', {
  description:
    'One server-sent event of a streamed turn: the SSE `event:` line is `event`, its `data:` line the JSON of `data`',
});

const idempotencyHeader = z.object({ 'idempotency-key': z.string().min(1).max(200).optional() });
const turnInput = {
  required: true,
  content: {
    'application/json': { schema: z.strictObject({ content: z.string() }).openapi('TurnInput') },
  },
};
const turnResponses = {
  200: {
    description: 'The turn',
    content: {
      'application/json': { schema: turnAnswer },
      'text/event-stream': { schema: turnStreamEventSchema },
    },
  },
  ...errorResponses(400, 401, 404, 409, 413, 415, 422, 429, 502, 503, 504),
};
const sseEvents = Object.fromEntries(
  TURN_STREAM_EVENTS.map((schema) => [
    schema.shape.event.value,
    { $ref: `#/components/schemas/TurnStream${cap(schema.shape.event.value)}Event` },
  ]),
);

const turnIdParam = (description: string) =>
  z.string().openapi({ param: { name: 'turnId', in: 'path' }, description });

export const takeTurn = createRoute({
  method: 'post',
  path: '/v1/sessions/{id}/turns',
  operationId: 'takeTurn',
  tags,
  summary: "Send the learner's reply; the persona answers",
  'x-sse-events': sseEvents,
  description:
    'With `accept: text/event-stream` the answer streams as server-sent events (each one a `TurnStreamEvent`; ' +
    '`x-sse-events` names the schema of each), in this order: `learner` (the stored ' +
    'learner turn), `feedback` (practice mode), `mood`, `delta` (`{ text }`, as tokens arrive), `persona` (the stored ' +
    'persona turn: its content is final and replaces the deltas), `done` (`{ sessionStatus }`); on failure `error` ' +
    '(`{ code, message }`) ends the stream. With an LLM judge the persona does not wait for it: the judge is asked ' +
    "once the persona's first `delta` is out, and `feedback` comes whenever it answers, after the first `delta` (after " +
    '`mood` when the persona says nothing) and before `persona`, often among the `delta` events. Otherwise one JSON ' +
    'answer with the same objects. A retried request with ' +
    'the same `Idempotency-Key` header does not create a second turn: it must carry the same reply (else 422 ' +
    '`idempotency_key_reused`); it replays the turn once the persona answered it completely; it asks the persona ' +
    'again while the reply is the latest; once a later reply was sent, a reply whose answer never came or broke off ' +
    'is refused (409 `turn_superseded`). A session erased while its turn runs ends the turn with `session_erased`.',
  request: {
    params: sessionIdParam,
    headers: idempotencyHeader,
    body: turnInput,
  },
  responses: turnResponses,
});

export const tryAgain = createRoute({
  method: 'post',
  path: '/v1/sessions/{id}/turns/{turnId}/attempts',
  operationId: 'tryAgain',
  tags,
  summary: 'Take a reply back and try another (practice mode); the persona answers it afresh',
  'x-sse-events': sseEvents,
  description:
    'Takes back the learner turn `turnId` (a reply of the conversation as it stands) and sends `content` in its ' +
    'place. Nothing is deleted: the reply taken back, and all that followed it, stay as an earlier attempt at ' +
    "that point (the session's `turns[].attempts`), and the conversation goes on from the new reply. The persona " +
    'answers it from the state before the reply it replaces (the mood, what was said and revealed). The answer ' +
    'is that of `takeTurn`, streamed or as one JSON answer, with the same rules for `Idempotency-Key` and for one ' +
    'turn at a time. An assessment answers 409 `attempts_not_offered`; a reply already taken back 409 `conflict`; ' +
    'a persona turn 422 `unprocessable`; a turn not in the session 404 `not_found`.',
  request: {
    params: sessionIdParam.extend({ turnId: turnIdParam('The reply to take back') }),
    headers: idempotencyHeader,
    body: turnInput,
  },
  responses: turnResponses,
});

export const whatIf = createRoute({
  method: 'post',
  path: '/v1/sessions/{id}/turns/{turnId}/counterfactuals',
  operationId: 'whatIf',
  tags,
  summary: 'What if I had said…: play another reply at a learner turn, beside the real one (practice mode)',
  description:
    'Plays an alternative to the learner turn `turnId` (a reply of the conversation as it stands) against the ' +
    'persona from the same point, without leaving the conversation: the alternative is scored as a reply is, ' +
    'heard in the mood the real reply was heard in, and answered by the persona from what the conversation ' +
    "held then. The session's mood, conversation and path do not change. The alternative is kept beside the " +
    "turn (the session's `turns[].counterfactuals`, the report's `counterfactuals`). `source` says where its " +
    'words come from: `suggested` (the example opening the hint gives at that point), `golden` (a good example ' +
    "reply of the scenario, the next one not played at that turn yet) or `own` (`content`, the learner's words). " +
    'It takes the turn lease like a turn (409 `turn_in_progress` while another turn or alternative runs), and ' +
    'counts toward the replies a session may have (422 `turn_limit_reached`): replies, replies tried again and ' +
    'alternatives together. A request sent again with the same `Idempotency-Key` answers the alternative kept ' +
    'for it (200) without asking the persona again; with another alternative, 422 `idempotency_key_reused`. An ' +
    'assessment answers 409 `counterfactuals_not_offered`; an ended session 409 `session_ended`; a reply taken ' +
    'back 409 `conflict`; a persona turn 422 `unprocessable`; a turn not in the session 404 `not_found`.',
  request: {
    params: sessionIdParam.extend({ turnId: turnIdParam('The learner turn to play an alternative at') }),
    headers: idempotencyHeader,
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z
            .discriminatedUnion('source', [
              z.strictObject({ source: z.literal('suggested') }),
              z.strictObject({ source: z.literal('golden') }),
              z.strictObject({ source: z.literal('own'), content: z.string() }),
            ])
            .openapi('WhatIfInput'),
        },
      },
    },
  },
  responses: {
    201: {
      description: 'The alternative, scored and answered, as it is kept',
      content: { 'application/json': { schema: counterfactualSchema } },
    },
    200: {
      description: 'The alternative kept for this `Idempotency-Key` before',
      content: { 'application/json': { schema: counterfactualSchema } },
    },
    ...errorResponses(400, 401, 404, 409, 413, 415, 422, 429, 502, 503, 504),
  },
});

export const askHint = createRoute({
  method: 'post',
  path: '/v1/sessions/{id}/hints',
  operationId: 'askHint',
  tags,
  summary: 'What could I say? A hint before the next reply (practice mode)',
  description:
    'The principle most worth working on now, what the persona seems to need (only what the persona has ' +
    'revealed), and one example opening; phrased by the model when one plays the persona, built from the ' +
    'scenario otherwise (and whenever the model fails). The hint is kept with the next reply: asking again ' +
    'before replying answers the same hint (200). An assessment offers none (409 `hints_not_offered`); ' +
    'nor does a session that has ended (409 `session_ended`) or whose persona is still answering (409 ' +
    '`turn_in_progress`), or whose last answer did not come through (409 `conflict`). With `replaces` (the ' +
    'learner is taking that reply back to try another), the hint is for that point: from the replies, the mood ' +
    'and what the persona had revealed before it; it replaces a hint asked at another point.',
  request: {
    params: sessionIdParam,
    query: z.object({
      replaces: z.string().optional().openapi({
        description: 'The reply being taken back (`tryAgain`): the hint is for the point it followed',
      }),
    }),
  },
  responses: {
    201: { description: 'A new hint', content: { 'application/json': { schema: hintSchema } } },
    200: {
      description: 'The hint asked for before, for the same reply',
      content: { 'application/json': { schema: hintSchema } },
    },
    ...errorResponses(401, 404, 409, 429, 503),
  },
});

export const endSession = createRoute({
  method: 'post',
  path: '/v1/sessions/{id}/end',
  operationId: 'endSession',
  tags,
  summary: 'End the session and get the report',
  request: { params: sessionIdParam },
  responses: {
    200: { description: 'The report', content: { 'application/json': { schema: reportSchema } } },
    ...errorResponses(401, 404, 409, 429, 503),
  },
});

export const getReport = createRoute({
  method: 'get',
  path: '/v1/sessions/{id}/report',
  operationId: 'getReport',
  tags,
  summary: "An ended session's report",
  request: { params: sessionIdParam },
  responses: {
    200: { description: 'The report', content: { 'application/json': { schema: reportSchema } } },
    ...errorResponses(401, 404, 409, 429, 503),
  },
});

const progressReportSchema = z
  .object({
    sessionId: z.uuid(),
    scenarioId: z.string(),
    scenarioTitle: z.string(),
    language: z.enum(LANGUAGES),
    mode: z.enum(SESSION_MODES),
    endedAt: z.string(),
    overall: z.number(),
    principles: z.array(z.object({ id: principleIdSchema, mean: z.number().nullable() })),
    hintCount: z.number().int().openapi({ description: 'Replies written after a hint in this session' }),
  })
  .openapi('ProgressReport');

/** The progress entry as version 1.0 had it, principles as a map: kept for one version. */
const legacyProgressSessionSchema = z
  .object({
    sessionId: z.uuid(),
    scenarioId: z.string(),
    scenarioTitle: z.string(),
    language: z.enum(LANGUAGES),
    mode: z.enum(SESSION_MODES),
    endedAt: z.string(),
    overall: z.number(),
    principles: z.record(z.string(), z.number().nullable()),
  })
  .openapi('LegacyProgressSession', { deprecated: true });

export const learnerProgress = createRoute({
  method: 'get',
  path: '/v1/learners/{learnerId}/progress',
  operationId: 'getLearnerProgress',
  tags: ['Learners'],
  summary: 'Scores per principle over ended sessions',
  request: {
    params: z.object({ learnerId: learnerIdSchema.openapi({ param: { name: 'learnerId', in: 'path' } }) }),
    query: z.object(pageQuery),
  },
  responses: {
    200: {
      description: 'Progress: the reports of sessions that ended with at least one reply, oldest first',
      content: {
        'application/json': {
          schema: z
            .object({
              learnerId: z.string(),
              reports: z.array(progressReportSchema),
              nextCursor: nextCursorSchema,
              sessions: z.array(legacyProgressSessionSchema).openapi({
                deprecated: true,
                description:
                  "Deprecated: `reports`, whose `principles` is a list like the report's; removed in version 2",
              }),
            })
            .openapi('Progress'),
        },
      },
    },
    ...errorResponses(400, 401, 404, 429, 503),
  },
});
