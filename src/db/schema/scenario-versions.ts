import { jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Every version of a scenario a session was started on, by the hash of its content: a session finishes on the
 * version it began with, even when the file is edited, unpublished or deleted meanwhile, on any instance.
 */
export const scenarioVersions = pgTable('scenario_versions', {
  hash: text('hash').primaryKey(),
  scenarioId: text('scenario_id').notNull(),
  scenario: jsonb('scenario').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export type ScenarioVersionRow = typeof scenarioVersions.$inferSelect;
