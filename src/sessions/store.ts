import { and, asc, eq, isNotNull, isNull, lt, or } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import type { SessionRow, TurnRow, TurnScoreRow } from '../db/schema/index.ts';
import { learners, reports, sessions, turnScores, turns } from '../db/schema/index.ts';

// Every query of the rehearsal use-cases, each scoped by tenant: one consumer never reaches another's rows.

export type TurnWithScore = TurnRow & { score: TurnScoreRow | null };

/** How long one turn may hold a session; a crashed process's lease simply runs out. */
export const TURN_LEASE_SECONDS = 120;

export function createSessionStore(db: Database) {
  return {
    async upsertLearner(tenantId: string, externalId: string): Promise<string> {
      const [row] = await db
        .insert(learners)
        .values({ tenantId, externalId })
        .onConflictDoUpdate({ target: [learners.tenantId, learners.externalId], set: { externalId } })
        .returning({ id: learners.id });
      return row!.id;
    },

    async findLearner(tenantId: string, externalId: string) {
      const [row] = await db
        .select()
        .from(learners)
        .where(and(eq(learners.tenantId, tenantId), eq(learners.externalId, externalId)));
      return row ?? null;
    },

    async insertSession(values: typeof sessions.$inferInsert, opening: string | null): Promise<SessionRow> {
      return db.transaction(async (tx) => {
        const [session] = await tx.insert(sessions).values(values).returning();
        if (opening) {
          await tx.insert(turns).values({
            sessionId: session!.id,
            seq: 1,
            role: 'persona',
            content: opening,
            status: 'complete',
            source: 'script',
            completedAt: values.createdAt,
          });
        }
        return session!;
      });
    },

    async findSession(tenantId: string, id: string) {
      const [row] = await db
        .select()
        .from(sessions)
        .where(and(eq(sessions.id, id), eq(sessions.tenantId, tenantId)));
      return row ?? null;
    },

    async externalLearnerId(learnerId: string | null): Promise<string | null> {
      if (!learnerId) return null;
      const [row] = await db
        .select({ externalId: learners.externalId })
        .from(learners)
        .where(eq(learners.id, learnerId));
      return row?.externalId ?? null;
    },

    async listTurns(sessionId: string): Promise<TurnWithScore[]> {
      const rows = await db
        .select({ turn: turns, score: turnScores })
        .from(turns)
        .leftJoin(turnScores, eq(turnScores.turnId, turns.id))
        .where(eq(turns.sessionId, sessionId))
        .orderBy(asc(turns.seq));
      return rows.map(({ turn, score }) => ({ ...turn, score }));
    },

    async findTurnByIdempotencyKey(sessionId: string, key: string) {
      const [row] = await db
        .select()
        .from(turns)
        .where(and(eq(turns.sessionId, sessionId), eq(turns.idempotencyKey, key)));
      return row ?? null;
    },

    /**
     * Takes the session's turn lease and reads its turns, in one statement: the turn path asks the database
     * once before the learner turn is stored. Null when another turn holds the lease or the session is not
     * active.
     */
    async acquireTurnLease(
      tenantId: string,
      id: string,
      now: Date,
    ): Promise<{ session: SessionRow; history: TurnWithScore[] } | null> {
      const until = new Date(now.getTime() + TURN_LEASE_SECONDS * 1000);
      const leased = db.$with('leased').as(
        db
          .update(sessions)
          .set({ turnLockedUntil: until })
          .where(
            and(
              eq(sessions.id, id),
              eq(sessions.tenantId, tenantId),
              eq(sessions.status, 'active'),
              or(isNull(sessions.turnLockedUntil), lt(sessions.turnLockedUntil, now)),
            ),
          )
          .returning(),
      );
      const rows = await db
        .with(leased)
        .select({ session: leased._.selectedFields, turn: turns, score: turnScores })
        .from(leased)
        .leftJoin(turns, eq(turns.sessionId, leased.id))
        .leftJoin(turnScores, eq(turnScores.turnId, turns.id))
        .orderBy(asc(turns.seq));
      if (!rows[0]) return null;
      return {
        session: rows[0].session as SessionRow,
        history: rows.flatMap(({ turn, score }) => (turn ? [{ ...turn, score }] : [])),
      };
    },

    async releaseTurnLease(id: string): Promise<void> {
      await db.update(sessions).set({ turnLockedUntil: null }).where(eq(sessions.id, id));
    },

    /** For a database only this process uses: a lease held now was left by a process that died mid-turn. */
    async releaseAllTurnLeases(): Promise<void> {
      await db.update(sessions).set({ turnLockedUntil: null }).where(isNotNull(sessions.turnLockedUntil));
    },

    async insertTurn(values: typeof turns.$inferInsert): Promise<TurnRow> {
      const [row] = await db.insert(turns).values(values).returning();
      return row!;
    },

    /** Stores the rubric's verdict and moves the session's mood, in one statement (so atomically). */
    async saveScore(sessionId: string, score: typeof turnScores.$inferInsert, now: Date): Promise<void> {
      // A data-modifying WITH runs to completion whether or not the outer statement reads it.
      const verdict = db.$with('verdict').as(db.insert(turnScores).values(score).returning());
      await db
        .with(verdict)
        .update(sessions)
        .set({
          trust: score.trust,
          tension: score.tension,
          moodLabel: score.moodLabel as SessionRow['moodLabel'],
          updatedAt: now,
        })
        .where(eq(sessions.id, sessionId));
    },

    async endSession(id: string, report: { overall: number; report: unknown }, now: Date): Promise<void> {
      await db.transaction(async (tx) => {
        await tx
          .update(sessions)
          .set({ status: 'ended', endedAt: now, updatedAt: now, turnLockedUntil: null })
          .where(eq(sessions.id, id));
        await tx
          .insert(reports)
          .values({ sessionId: id, overall: report.overall, report: report.report, createdAt: now })
          .onConflictDoNothing();
      });
    },

    async findReport(sessionId: string) {
      const [row] = await db.select().from(reports).where(eq(reports.sessionId, sessionId));
      return row ?? null;
    },

    async learnerReports(tenantId: string, learnerId: string) {
      return db
        .select({ session: sessions, report: reports })
        .from(sessions)
        .innerJoin(reports, eq(reports.sessionId, sessions.id))
        .where(
          and(
            eq(sessions.tenantId, tenantId),
            eq(sessions.learnerId, learnerId),
            isNotNull(sessions.endedAt),
          ),
        )
        .orderBy(asc(sessions.endedAt));
    },
  };
}

export type SessionStore = ReturnType<typeof createSessionStore>;
