import { index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** A learner as a consumer knows them: `externalId` is the consumer's own id, unique within that consumer only. */
export const learners = pgTable(
  'learners',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: text('tenant_id').notNull(),
    externalId: text('external_id').notNull(),
    /** The xAPI actor the consumer named for this learner (an account or an mbox_sha1sum); null: the default. */
    xapiActor: jsonb('xapi_actor'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('learners_tenant_external_idx').on(table.tenantId, table.externalId),
    index('learners_tenant_idx').on(table.tenantId),
  ],
);

export type LearnerRow = typeof learners.$inferSelect;
