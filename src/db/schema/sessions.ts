import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Hint } from '../../hints/index.ts';
import type { RubricResult } from '../../rubric/types.ts';
import {
  COUNTERFACTUAL_SOURCES,
  LANGUAGES,
  MOOD_LABELS,
  type Mood,
  SESSION_MODES,
  SESSION_STATUSES,
  TURN_ROLES,
  TURN_STATUSES,
} from '../../vocabulary.ts';
import { learners } from './learners.ts';
import { scenarioVersions } from './scenario-versions.ts';

export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: text('tenant_id').notNull(),
    learnerId: uuid('learner_id').references(() => learners.id, { onDelete: 'cascade' }),
    scenarioId: text('scenario_id').notNull(),
    /** The version the session runs on; null for sessions started before versions were kept. */
    scenarioVersion: text('scenario_version').references(() => scenarioVersions.hash),
    language: text('language', { enum: LANGUAGES }).notNull(),
    mode: text('mode', { enum: SESSION_MODES }).notNull(),
    status: text('status', { enum: SESSION_STATUSES }).notNull().default('active'),
    trust: smallint('trust').notNull(),
    tension: smallint('tension').notNull(),
    moodLabel: text('mood_label', { enum: MOOD_LABELS }).notNull(),
    /** What the conversation holds so far (asked, offered, agreed, ...): null until the persona first answers. */
    dialogue: jsonb('dialogue'),
    /** A lease, not a flag: a process killed mid-turn leaves it behind, and it simply expires. */
    turnLockedUntil: timestamp('turn_locked_until', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (table) => [
    index('sessions_tenant_idx').on(table.tenantId, table.createdAt),
    index('sessions_learner_idx').on(table.learnerId),
  ],
);

export const turns = pgTable(
  'turns',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    /**
     * The turn this one follows, so the turns form a tree of attempts: 0 at the root; null in turns stored
     * before attempts existed, which follow the turn before them (seq - 1).
     */
    parentSeq: integer('parent_seq'),
    role: text('role', { enum: TURN_ROLES }).notNull(),
    content: text('content').notNull(),
    status: text('status', { enum: TURN_STATUSES }).notNull(),
    source: text('source', { enum: ['learner', 'llm', 'script'] }).notNull(),
    idempotencyKey: text('idempotency_key'),
    promptTokens: integer('prompt_tokens'),
    completionTokens: integer('completion_tokens'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    /** A persona turn: what the conversation held once it had answered, so a reply after it can be tried again. */
    dialogue: jsonb('dialogue'),
  },
  (table) => [
    uniqueIndex('turns_session_seq_idx').on(table.sessionId, table.seq),
    uniqueIndex('turns_session_idempotency_idx').on(table.sessionId, table.idempotencyKey),
  ],
);

/** The rubric's verdict on one learner turn, kept whole so reports can quote the evidence later. */
export const turnScores = pgTable('turn_scores', {
  turnId: uuid('turn_id')
    .primaryKey()
    .references(() => turns.id, { onDelete: 'cascade' }),
  engine: text('engine').notNull(),
  overall: smallint('overall').notNull(),
  result: jsonb('result').$type<RubricResult>().notNull(),
  trust: smallint('trust').notNull(),
  tension: smallint('tension').notNull(),
  moodLabel: text('mood_label', { enum: MOOD_LABELS }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A hint the learner asked for before a reply, kept for the reply it came before: `turnSeq` is the seq that
 * reply takes (the next one when the hint was asked). One per reply: asking again answers the same hint.
 */
export const hints = pgTable(
  'hints',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    turnSeq: integer('turn_seq').notNull(),
    /**
     * The turn the reply it came before follows: the newest turn, or an earlier one when the learner asked while
     * trying a reply again. Null in hints kept before it was recorded (asked at the end of the conversation).
     */
    atSeq: integer('at_seq'),
    hint: jsonb('hint').$type<Hint>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('hints_session_turn_idx').on(table.sessionId, table.turnSeq)],
);

/**
 * "What if I had said…": an alternative to a learner turn, played against the persona from the same point
 * without leaving the path taken. Scored and answered as a reply would be, and kept beside the turn it
 * replays; it moves neither the session's mood nor its conversation.
 */
export const counterfactuals = pgTable(
  'counterfactuals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    /** The learner turn whose place the alternative takes in thought. */
    turnId: uuid('turn_id')
      .notNull()
      .references(() => turns.id, { onDelete: 'cascade' }),
    source: text('source', { enum: COUNTERFACTUAL_SOURCES }).notNull(),
    content: text('content').notNull(),
    idempotencyKey: text('idempotency_key'),
    engine: text('engine').notNull(),
    overall: smallint('overall').notNull(),
    result: jsonb('result').$type<RubricResult>().notNull(),
    /** The mood the real reply was heard in: the alternative is heard in it too. */
    moodBefore: jsonb('mood_before').$type<Mood>().notNull(),
    /** The persona's mood after the alternative. */
    trust: smallint('trust').notNull(),
    tension: smallint('tension').notNull(),
    moodLabel: text('mood_label', { enum: MOOD_LABELS }).notNull(),
    answer: text('answer').notNull(),
    answerSource: text('answer_source', { enum: ['llm', 'script'] }).notNull(),
    /** The persona would have closed the conversation with this answer. */
    closing: boolean('closing').notNull(),
    promptTokens: integer('prompt_tokens'),
    completionTokens: integer('completion_tokens'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('counterfactuals_turn_idx').on(table.turnId),
    uniqueIndex('counterfactuals_session_idempotency_idx').on(table.sessionId, table.idempotencyKey),
  ],
);

export type SessionRow = typeof sessions.$inferSelect;
export type TurnRow = typeof turns.$inferSelect;
export type TurnScoreRow = typeof turnScores.$inferSelect;
export type HintRow = typeof hints.$inferSelect;
export type CounterfactualRow = typeof counterfactuals.$inferSelect;
