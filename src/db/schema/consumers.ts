import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** A consumer's own xAPI settings: its LRS (credentials sealed by the secret box) and its learners' account home page. */
export const consumerXapi = pgTable('consumer_xapi', {
  tenantId: text('tenant_id').primaryKey(),
  lrsEndpoint: text('lrs_endpoint'),
  lrsAuthorizationSealed: text('lrs_authorization_sealed'),
  actorHomePage: text('actor_home_page'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export type ConsumerXapiRow = typeof consumerXapi.$inferSelect;
