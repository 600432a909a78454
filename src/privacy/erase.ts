import { and, eq, inArray, isNull, lt, notExists, or } from 'drizzle-orm';
import type { Database } from '../db/database.ts';
import { learners, sessions } from '../db/schema/index.ts';
import type { Announce } from '../sessions/events.ts';

// Erasure (GDPR/AVG art. 17). Deleting a session removes its turns, scores and report through the foreign
// keys' ON DELETE CASCADE; what the turns spent on the model stays in `token_usage`, so the budget holds.

export function createEraser(db: Database, announce: Announce = async () => {}) {
  const eraseSessions = async (tenantId: string, ids: string[]) => {
    if (ids.length === 0) return 0;
    const gone = await db
      .delete(sessions)
      .where(and(eq(sessions.tenantId, tenantId), inArray(sessions.id, ids)))
      .returning({ id: sessions.id });
    for (const { id } of gone) {
      await announce({ type: 'session.erased', tenantId, sessionId: id, data: { sessionId: id } });
    }
    return gone.length;
  };

  return {
    /** Erases one session of the tenant; false when the tenant has no such session. */
    async eraseSession(tenantId: string, sessionId: string): Promise<boolean> {
      return (await eraseSessions(tenantId, [sessionId])) > 0;
    },

    /** Erases a learner of the tenant and all their sessions; null when the tenant has no such learner. */
    async eraseLearner(tenantId: string, externalId: string): Promise<{ sessions: number } | null> {
      const [learner] = await db
        .select({ id: learners.id })
        .from(learners)
        .where(and(eq(learners.tenantId, tenantId), eq(learners.externalId, externalId)));
      if (!learner) return null;
      const owned = await db
        .select({ id: sessions.id })
        .from(sessions)
        .where(and(eq(sessions.tenantId, tenantId), eq(sessions.learnerId, learner.id)));
      const erased = await eraseSessions(
        tenantId,
        owned.map((row) => row.id),
      );
      await db.delete(learners).where(and(eq(learners.tenantId, tenantId), eq(learners.id, learner.id)));
      return { sessions: erased };
    },

    /**
     * Retention: erases, for every tenant, sessions that ended before `cutoff` and sessions abandoned
     * (never ended, untouched) since before it; then learners left without sessions who are that old.
     */
    async eraseOlderThan(cutoff: Date): Promise<{ sessions: number; learners: number }> {
      const expired = await db
        .select({ id: sessions.id, tenantId: sessions.tenantId })
        .from(sessions)
        .where(
          or(
            and(eq(sessions.status, 'ended'), lt(sessions.endedAt, cutoff)),
            and(eq(sessions.status, 'active'), lt(sessions.updatedAt, cutoff), isNull(sessions.endedAt)),
          ),
        );
      const byTenant = new Map<string, string[]>();
      for (const row of expired) byTenant.set(row.tenantId, [...(byTenant.get(row.tenantId) ?? []), row.id]);
      let erased = 0;
      for (const [tenantId, ids] of byTenant) erased += await eraseSessions(tenantId, ids);
      const orphans = await db
        .delete(learners)
        .where(
          and(
            lt(learners.createdAt, cutoff),
            notExists(
              db.select({ id: sessions.id }).from(sessions).where(eq(sessions.learnerId, learners.id)),
            ),
          ),
        )
        .returning({ id: learners.id });
      return { sessions: erased, learners: orphans.length };
    },
  };
}

export type Eraser = ReturnType<typeof createEraser>;
