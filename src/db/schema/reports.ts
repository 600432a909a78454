import { jsonb, pgTable, smallint, timestamp, uuid } from 'drizzle-orm/pg-core';
import { sessions } from './sessions.ts';

export const reports = pgTable('reports', {
  sessionId: uuid('session_id')
    .primaryKey()
    .references(() => sessions.id, { onDelete: 'cascade' }),
  overall: smallint('overall').notNull(),
  report: jsonb('report').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export type ReportRow = typeof reports.$inferSelect;
