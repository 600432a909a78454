import { randomUUID } from 'node:crypto';
import {
  and,
  asc,
  desc,
  eq,
  inArray,
  isNotNull,
  isNull,
  lt,
  lte,
  notExists,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import { alias, type QueryBuilder } from 'drizzle-orm/pg-core';
import type { Database } from '../db/database.ts';
import { webhookDeliveries, webhooks } from '../db/schema/index.ts';
import type { RehearsalEvent } from '../sessions/events.ts';

// The webhooks of each consumer and their delivery queue. Every query of a consumer's own is scoped by tenant.

export type Claimed = typeof webhookDeliveries.$inferSelect & { url: string; secretSealed: string };

export function createWebhookStore(db: Database) {
  // Every announced event runs it, most of them for consumers without webhooks: built once, not per event.
  let queue: ReturnType<typeof enqueueStatement> | undefined;
  return {
    async create(values: typeof webhooks.$inferInsert) {
      const [row] = await db.insert(webhooks).values(values).returning();
      return row!;
    },

    async count(tenantId: string): Promise<number> {
      const [row] = await db
        .select({ count: sql<number>`count(*)::int` })
        .from(webhooks)
        .where(eq(webhooks.tenantId, tenantId));
      return row?.count ?? 0;
    },

    /** Oldest first; `after` is the (createdAt, id) of the last webhook of the page before. */
    async list(tenantId: string, page: { limit: number; after: [string, string] | null }) {
      return db
        .select()
        .from(webhooks)
        .where(
          and(
            eq(webhooks.tenantId, tenantId),
            page.after
              ? sql`(${webhooks.createdAt}, ${webhooks.id}) > (${page.after[0]}::timestamptz, ${page.after[1]}::uuid)`
              : undefined,
          ),
        )
        .orderBy(asc(webhooks.createdAt), asc(webhooks.id))
        .limit(page.limit);
    },

    async find(tenantId: string, id: string) {
      const [row] = await db
        .select()
        .from(webhooks)
        .where(and(eq(webhooks.tenantId, tenantId), eq(webhooks.id, id)));
      return row ?? null;
    },

    /** Removes the webhook with its queue and log. */
    async remove(tenantId: string, id: string): Promise<boolean> {
      const gone = await db
        .delete(webhooks)
        .where(and(eq(webhooks.tenantId, tenantId), eq(webhooks.id, id)))
        .returning({ id: webhooks.id });
      return gone.length > 0;
    },

    /** Newest first; `before` is the id of the last delivery of the page before. */
    async deliveries(webhookId: string, page: { limit: number; before: number | null }) {
      return db
        .select()
        .from(webhookDeliveries)
        .where(
          and(
            eq(webhookDeliveries.webhookId, webhookId),
            page.before === null ? undefined : lt(webhookDeliveries.id, page.before),
          ),
        )
        .orderBy(desc(webhookDeliveries.id))
        .limit(page.limit);
    },

    /**
     * Queues the event for each of the consumer's webhooks that wants it, in one statement: a consumer without
     * webhooks costs one statement that writes nothing.
     */
    async enqueue(event: RehearsalEvent, now: Date): Promise<void> {
      queue ??= enqueueStatement(db);
      await queue.execute({ events: deliveriesOf([event], now) });
    },

    /**
     * The same queueing for several events, as a data-modifying WITH query for the statement that stores the
     * changes they tell of: the deliveries are queued with the changes, or not at all. `events` is a parameter
     * holding deliveriesOf's JSON.
     */
    queueWith(events: SQL) {
      return db.$with('webhook_queue').as(
        db
          .insert(webhookDeliveries)
          .select((qb) => deliveries(qb, events))
          .returning({ id: webhookDeliveries.id }),
      );
    },

    /**
     * Claims up to `limit` deliveries that are due, each the oldest pending one of its webhook and session, until
     * `until`. Rows another worker holds are skipped, so several instances share one queue.
     */
    async claim(now: Date, until: Date, limit: number): Promise<Claimed[]> {
      const earlier = alias(webhookDeliveries, 'earlier');
      const due = db
        .select({ id: webhookDeliveries.id })
        .from(webhookDeliveries)
        .where(
          and(
            eq(webhookDeliveries.status, 'pending'),
            lte(webhookDeliveries.nextAttemptAt, now),
            or(isNull(webhookDeliveries.lockedUntil), lt(webhookDeliveries.lockedUntil, now)),
            notExists(
              db
                .select({ id: earlier.id })
                .from(earlier)
                .where(
                  and(
                    eq(earlier.webhookId, webhookDeliveries.webhookId),
                    eq(earlier.sessionId, webhookDeliveries.sessionId),
                    eq(earlier.status, 'pending'),
                    lt(earlier.id, webhookDeliveries.id),
                  ),
                ),
            ),
          ),
        )
        .orderBy(asc(webhookDeliveries.id))
        .limit(limit)
        .for('update', { skipLocked: true });
      const claimed = await db
        .update(webhookDeliveries)
        .set({ lockedUntil: until })
        .where(inArray(webhookDeliveries.id, due))
        .returning();
      if (claimed.length === 0) return [];
      const targets = await db
        .select({ id: webhooks.id, url: webhooks.url, secretSealed: webhooks.secretSealed })
        .from(webhooks)
        .where(inArray(webhooks.id, [...new Set(claimed.map((row) => row.webhookId))]));
      const byId = new Map(targets.map((target) => [target.id, target]));
      return claimed
        .filter((row) => byId.has(row.webhookId))
        .map((row) => ({
          ...row,
          url: byId.get(row.webhookId)!.url,
          secretSealed: byId.get(row.webhookId)!.secretSealed,
        }))
        .sort((a, b) => a.id - b.id);
    },

    /** For a database only this process uses: a claim held now was left by a process that died mid-delivery. */
    async releaseClaims(): Promise<void> {
      await db
        .update(webhookDeliveries)
        .set({ lockedUntil: null })
        .where(and(eq(webhookDeliveries.status, 'pending'), isNotNull(webhookDeliveries.lockedUntil)));
    },

    async delivered(id: number, status: number, now: Date, attempts: number): Promise<void> {
      await db
        .update(webhookDeliveries)
        .set({
          status: 'delivered',
          attempts,
          lastStatus: status,
          lastError: null,
          body: null,
          lockedUntil: null,
          finishedAt: now,
        })
        .where(eq(webhookDeliveries.id, id));
    },

    /** A failed attempt: tried again at `retryAt`, or given up (null) and its body dropped. */
    async attemptFailed(
      id: number,
      failure: { status: number | null; error: string; attempts: number },
      retryAt: Date | null,
      now: Date,
    ): Promise<void> {
      await db
        .update(webhookDeliveries)
        .set({
          attempts: failure.attempts,
          lastStatus: failure.status,
          lastError: failure.error,
          lockedUntil: null,
          ...(retryAt ? { nextAttemptAt: retryAt } : { status: 'failed', body: null, finishedAt: now }),
        })
        .where(eq(webhookDeliveries.id, id));
    },
  };
}

export type WebhookStore = ReturnType<typeof createWebhookStore>;

/** The events as the deliveries carry them, in order, each body under an event id of its own: one JSON text. */
export function deliveriesOf(events: RehearsalEvent[], now: Date): string {
  const createdAt = now.toISOString();
  return JSON.stringify(
    events.map((event, i) => {
      const eventId = randomUUID();
      return {
        ord: i,
        event_id: eventId,
        tenant: event.tenantId,
        session: event.sessionId,
        kind: event.type,
        body: JSON.stringify({ id: eventId, type: event.type, createdAt, data: event.data }),
        at: createdAt,
      };
    }),
  );
}

/**
 * The deliveries of the events in `events` (deliveriesOf's JSON): one per webhook of the event's tenant that
 * wants it, in the order of the events. The webhooks read are locked against a delete that commits meanwhile
 * (FOR KEY SHARE), so a webhook removed at that moment is skipped, never a failed foreign key for the statement
 * the queueing rides in.
 */
function deliveries(qb: QueryBuilder, events: SQL) {
  const told = (column: string) => sql.raw(`told.${column}`);
  return qb
    .select({
      id: sql`nextval(pg_get_serial_sequence('webhook_deliveries', 'id'))`.as('id'),
      eventId: sql`${told('event_id')}`.as('event_id'),
      webhookId: webhooks.id,
      tenantId: webhooks.tenantId,
      sessionId: sql`${told('session')}`.as('session_id'),
      eventType: sql`${told('kind')}`.as('event_type'),
      body: sql`${told('body')}`.as('body'),
      status: sql`'pending'`.as('status'),
      attempts: sql`0`.as('attempts'),
      nextAttemptAt: sql`${told('at')}`.as('next_attempt_at'),
      lockedUntil: sql`null::timestamptz`.as('locked_until'),
      lastStatus: sql`null::integer`.as('last_status'),
      lastError: sql`null::text`.as('last_error'),
      createdAt: sql`${told('at')}`.as('created_at'),
      finishedAt: sql`null::timestamptz`.as('finished_at'),
    })
    .from(
      sql`json_to_recordset(${events}::json) as told(ord integer, event_id uuid, tenant text, session uuid, kind text, body text, at timestamptz)`,
    )
    .innerJoin(
      webhooks,
      and(eq(webhooks.tenantId, told('tenant')), sql`${told('kind')} = any(${webhooks.events})`),
    )
    .orderBy(told('ord'), asc(webhooks.id))
    .for('key share', { of: webhooks });
}

/** Queues events for each of their tenant's webhooks that wants them; the events are filled in per call. */
function enqueueStatement(db: Database) {
  return db
    .insert(webhookDeliveries)
    .select((qb) => deliveries(qb, sql`${sql.placeholder('events')}`))
    .prepare('webhook_enqueue');
}
