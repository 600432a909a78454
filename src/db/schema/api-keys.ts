import { sql } from 'drizzle-orm';
import {
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/** Keys are stored as a SHA-256 hash only; the raw key is shown once, at creation. */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: text('tenant_id').notNull(),
    name: text('name').notNull(),
    keyHash: text('key_hash').notNull(),
    /** The first characters of the key, so people can tell their keys apart in a list. */
    keyPrefix: text('key_prefix').notNull(),
    /** What the key may do (API_SCOPES); keys made before scopes existed keep what they could do: `learner`. */
    scopes: text('scopes').array().notNull().default(sql`ARRAY['learner']::text[]`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('api_keys_hash_idx').on(table.keyHash),
    index('api_keys_tenant_idx').on(table.tenantId),
  ],
);

/**
 * Model tokens spent per consumer per day, for the optional daily budget: a running counter, charged when a
 * turn starts and settled with the persona's turn, so erasing turns never lowers it.
 */
export const tokenUsage = pgTable(
  'token_usage',
  {
    tenantId: text('tenant_id').notNull(),
    day: date('day').notNull(),
    tokens: integer('tokens').notNull().default(0),
  },
  (table) => [primaryKey({ columns: [table.tenantId, table.day] })],
);

/**
 * Requests counted in fixed one-minute windows, per bucket (a consumer, or an address that failed to
 * authenticate): one row per bucket, shared by every instance on the database.
 */
export const rateLimits = pgTable('rate_limits', {
  bucket: text('bucket').primaryKey(),
  windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
  hits: integer('hits').notNull(),
});

export type ApiKeyRow = typeof apiKeys.$inferSelect;
