import { jsonb, pgTable, smallint, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { PrincipleId } from '../../rubric/ids.ts';
import type { SessionSummary } from '../../rubric/session-report.ts';
import type { Comparison, CounterfactualComparison } from '../../sessions/comparison.ts';
import type { SessionActs } from '../../sessions/report-acts.ts';
import type { ConfidenceLevel } from '../../vocabulary.ts';
import { sessions } from './sessions.ts';

export type ReportConfidence = Record<ConfidenceLevel, number> & {
  replies: { seq: number; level: ConfidenceLevel }[];
};

/** A session's report as it is stored: the rubric's summary, and what it summarises. */
export type SessionReport = SessionSummary & {
  sessionId: string;
  scenarioId: string;
  scenarioTitle: string | null;
  outcome: 'completed' | 'abandoned';
  /** The scenario's acts and the replies that did them; null without acts, absent in older reports. */
  acts?: SessionActs | null;
  /** The replies the learner asked a hint for first, and the principle each hint named; absent in older reports. */
  hints?: { seq: number; principle: PrincipleId }[];
  /** Each reply taken back beside the one that stayed at its point; absent in older reports. */
  comparisons?: Comparison[];
  /** "What if I had said…": each alternative played at a reply of the path, beside it; absent in older reports. */
  counterfactuals?: CounterfactualComparison[];
  /** How far to trust each reply's score, and how many of each level; absent in older reports. */
  confidence?: ReportConfidence;
  createdAt: string;
};

export const reports = pgTable('reports', {
  sessionId: uuid('session_id')
    .primaryKey()
    .references(() => sessions.id, { onDelete: 'cascade' }),
  overall: smallint('overall').notNull(),
  report: jsonb('report').$type<SessionReport>().notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export type ReportRow = typeof reports.$inferSelect;
