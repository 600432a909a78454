import { randomUUID } from 'node:crypto';
import { and, asc, eq, isNotNull, isNull, lt, or, sql } from 'drizzle-orm';
import { compileStatement } from '../db/compiled-statement.ts';
import type { Database } from '../db/database.ts';
import type {
  CounterfactualRow,
  HintRow,
  SessionReport,
  SessionRow,
  TurnRow,
  TurnScoreRow,
} from '../db/schema/index.ts';
import {
  counterfactuals,
  hints,
  learners,
  reports,
  scenarioVersions,
  sessions,
  turnScores,
  turns,
} from '../db/schema/index.ts';
import type { Hint } from '../hints/index.ts';
import type { Queueing, RehearsalEvent } from './events.ts';
import { createTurnFinisher } from './finish-turns.ts';
import { createTurnOpener, type TurnAsked } from './open-turns.ts';
import type { TokenSettlement } from './token-budget.ts';

// Every query of the rehearsal use-cases, each scoped by tenant: one consumer never reaches another's rows.
// The queries on one session's turns, verdicts, report and lease take no tenant of their own: they take a
// TenantSession, which only a query that names the tenant (findSession, insertSession, openTurn) returns.
// So a query without the tenant cannot be written by accident: a bare id does not type-check there.

declare const loadedForTenant: unique symbol;
/** A session row the store loaded with its tenant. */
export type TenantSession = SessionRow & { readonly [loadedForTenant]: true };
/** What a session-scoped query needs of a TenantSession: its id, and the proof it was loaded so. */
type SessionKey = Pick<TenantSession, 'id' | typeof loadedForTenant>;
const loaded = (row: SessionRow) => row as TenantSession;

type NewTurn = Omit<typeof turns.$inferInsert, 'sessionId'>;

/** A learner's reply as the statements that open a turn take it. */
export type ReplyToOpen = {
  content: string;
  idempotencyKey: string | null;
  maxLearnerTurns: number;
  /** The turn the reply follows: an earlier one when the learner tries a reply again; else the newest. */
  parentSeq?: number | null;
  /** The id to store the reply with, when the caller chose it before the statement; else a new one. */
  turnId?: string;
};

/**
 * A turn with its verdict, and (a learner turn, when listed) the hint asked for before it and the alternatives
 * played in its place ("What if I had said…"), oldest first.
 */
export type TurnWithScore = TurnRow & {
  score: TurnScoreRow | null;
  hint?: HintRow | null;
  counterfactuals?: CounterfactualRow[];
};

/**
 * How long a turn holds its session unless renewed. The process running the turn renews it every
 * `TURN_LEASE_RENEW_MS` while the turn runs, so a process that dies mid-turn (kill -9, a lost machine)
 * keeps its session from the other instances for at most this long.
 */
export const TURN_LEASE_SECONDS = 30;
export const TURN_LEASE_RENEW_MS = 10_000;

export const leaseUntil = (now: Date) => new Date(now.getTime() + TURN_LEASE_SECONDS * 1000);

/**
 * `queueing`: the listener of the announcements that keeps its queue in the database (events.ts). The statements
 * that store a change with events then queue them too; whoever announces them tells only the other listeners
 * (`told`). Without it, the events are announced whole once the statement has run.
 */
export function createSessionStore(db: Database, queueing?: Queueing) {
  /** The queueing of `events`, for the statement that stores their change. */
  const queued = (events: RehearsalEvent[] | undefined, now: Date) =>
    queueing && events?.length ? [queueing.queue(sql`${queueing.deliveriesOf(events, now)}`)] : [];
  const opener = createTurnOpener(db);
  const activeSession = compileStatement('session_active', () =>
    db
      .select({ id: sessions.id })
      .from(sessions)
      .where(and(eq(sessions.id, sql.placeholder('id')), eq(sessions.status, 'active'))),
  );
  const finishTurn = createTurnFinisher(db, queueing);
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

    /** The session, its opening line, and the version of the scenario it runs on (kept once per version). */
    async insertSession(
      values: typeof sessions.$inferInsert,
      opening: string | null,
      version?: typeof scenarioVersions.$inferInsert,
    ): Promise<TenantSession> {
      return db.transaction(async (tx) => {
        if (version) await tx.insert(scenarioVersions).values(version).onConflictDoNothing();
        const [session] = await tx
          .insert(sessions)
          .values({ ...values, scenarioVersion: version?.hash ?? null })
          .returning();
        if (opening) {
          await tx.insert(turns).values({
            sessionId: session!.id,
            seq: 1,
            parentSeq: 0,
            role: 'persona',
            content: opening,
            status: 'complete',
            source: 'script',
            completedAt: values.createdAt,
          });
        }
        return loaded(session!);
      });
    },

    async findScenarioVersion(hash: string): Promise<unknown> {
      const [row] = await db
        .select({ scenario: scenarioVersions.scenario })
        .from(scenarioVersions)
        .where(eq(scenarioVersions.hash, hash));
      return row?.scenario;
    },

    async findSession(tenantId: string, id: string): Promise<TenantSession | null> {
      const [row] = await db
        .select()
        .from(sessions)
        .where(and(eq(sessions.id, id), eq(sessions.tenantId, tenantId)));
      return row ? loaded(row) : null;
    },

    /** False once the session has been erased. */
    async sessionExists(session: SessionKey): Promise<boolean> {
      const [row] = await db.select({ id: sessions.id }).from(sessions).where(eq(sessions.id, session.id));
      return Boolean(row);
    },

    /** True while the session is there and active: not erased, nor ended, by this process or another. */
    async isActive(session: SessionKey): Promise<boolean> {
      return (await activeSession(db, { id: session.id })).length > 0;
    },

    /** The learner id the consumer gave for the session's learner. */
    async externalLearnerId(session: SessionKey & Pick<SessionRow, 'learnerId'>): Promise<string | null> {
      const { learnerId } = session;
      if (!learnerId) return null;
      const [row] = await db
        .select({ externalId: learners.externalId })
        .from(learners)
        .where(eq(learners.id, learnerId));
      return row?.externalId ?? null;
    },

    async listTurns(session: SessionKey): Promise<TurnWithScore[]> {
      const [rows, played] = await Promise.all([
        db
          .select({ turn: turns, score: turnScores, hint: hints })
          .from(turns)
          .leftJoin(turnScores, eq(turnScores.turnId, turns.id))
          .leftJoin(
            hints,
            and(
              eq(hints.sessionId, turns.sessionId),
              eq(hints.turnSeq, turns.seq),
              eq(turns.role, 'learner'),
            ),
          )
          .where(eq(turns.sessionId, session.id))
          .orderBy(asc(turns.seq)),
        db
          .select()
          .from(counterfactuals)
          .where(eq(counterfactuals.sessionId, session.id))
          .orderBy(asc(counterfactuals.createdAt), asc(counterfactuals.id)),
      ]);
      return rows.map(({ turn, score, hint }) => {
        const mine = played.filter((row) => row.turnId === turn.id);
        return { ...turn, score, hint, ...(mine.length > 0 ? { counterfactuals: mine } : {}) };
      });
    },

    /** The alternative stored with this idempotency key, if one was. */
    async findCounterfactualByKey(
      session: SessionKey,
      key: string,
    ): Promise<{ row: CounterfactualRow; seq: number } | null> {
      const [found] = await db
        .select({ row: counterfactuals, seq: turns.seq })
        .from(counterfactuals)
        .innerJoin(turns, eq(turns.id, counterfactuals.turnId))
        .where(and(eq(counterfactuals.sessionId, session.id), eq(counterfactuals.idempotencyKey, key)));
      return found ?? null;
    },

    async insertCounterfactual(
      session: SessionKey,
      values: Omit<typeof counterfactuals.$inferInsert, 'sessionId'>,
    ): Promise<CounterfactualRow> {
      const [row] = await db
        .insert(counterfactuals)
        .values({ ...values, sessionId: session.id })
        .returning();
      return row!;
    },

    /**
     * Takes an active session's turn lease, for work that stores no learner turn (an alternative played
     * against the persona): null when another turn holds it, or the session is not active or not the tenant's.
     */
    async takeTurnLease(tenantId: string, id: string, now: Date): Promise<TenantSession | null> {
      const [row] = await db
        .update(sessions)
        .set({ turnLockedUntil: leaseUntil(now) })
        .where(
          and(
            eq(sessions.id, id),
            eq(sessions.tenantId, tenantId),
            eq(sessions.status, 'active'),
            or(isNull(sessions.turnLockedUntil), lt(sessions.turnLockedUntil, now)),
          ),
        )
        .returning();
      return row ? loaded(row) : null;
    },

    /** The hint asked for before the reply that takes seq `turnSeq`, if one was. */
    async findHint(session: SessionKey, turnSeq: number): Promise<HintRow | null> {
      const [row] = await db
        .select()
        .from(hints)
        .where(and(eq(hints.sessionId, session.id), eq(hints.turnSeq, turnSeq)));
      return row ?? null;
    },

    /**
     * Keeps a hint for the reply that takes seq `turnSeq`, asked at the point that reply follows (`atSeq`); the
     * one kept first when another request for the same point won. A hint asked at another point (the learner
     * went back to try a reply again) takes the place of the one kept: the next reply goes there.
     */
    async saveHint(
      session: SessionKey,
      at: { turnSeq: number; atSeq: number },
      hint: Hint,
      now: Date,
    ): Promise<{ row: HintRow; created: boolean }> {
      const [row] = await db
        .insert(hints)
        .values({ sessionId: session.id, turnSeq: at.turnSeq, atSeq: at.atSeq, hint, createdAt: now })
        .onConflictDoUpdate({
          target: [hints.sessionId, hints.turnSeq],
          // A new hint, with an id of its own.
          set: { id: sql`gen_random_uuid()`, atSeq: at.atSeq, hint, createdAt: now },
          setWhere: sql`coalesce(${hints.atSeq}, ${hints.turnSeq} - 1) <> ${at.atSeq}`,
        })
        .returning();
      if (row) return { row, created: true };
      const [kept] = await db
        .select()
        .from(hints)
        .where(and(eq(hints.sessionId, session.id), eq(hints.turnSeq, at.turnSeq)));
      return { row: kept!, created: false };
    },

    async findTurnByIdempotencyKey(session: SessionKey, key: string) {
      const [row] = await db
        .select()
        .from(turns)
        .where(and(eq(turns.sessionId, session.id), eq(turns.idempotencyKey, key)));
      return row ?? null;
    },

    /**
     * Opens a learner turn (open-turns.ts): takes the session's turn lease, reads its turns, and stores the
     * reply as the next turn, in the one statement the turn path makes before the model. The reply is not
     * stored when a turn with its idempotency key is there already (a retry) or the session has had all the
     * replies it may have: `learner` is null then. Null when another turn holds the lease or the session is
     * not active.
     *
     * The rows come back as soon as the statement has run; `committed` settles when its transaction has
     * committed, so the model can be asked while the commit makes the reply durable. Until `committed`
     * resolves nothing of the turn may be shown; when it rejects, nothing was stored.
     */
    async openTurn(
      tenantId: string,
      id: string,
      reply: ReplyToOpen,
      now: Date,
    ): Promise<{
      session: TenantSession;
      history: TurnWithScore[];
      learner: TurnRow | null;
      committed: Promise<void>;
    } | null> {
      const { rows, committed } = await opener.open(asked(tenantId, id, reply, now));
      if (!rows[0]) return null;
      return {
        session: loaded(rows[0].session as SessionRow),
        history: rows.flatMap(({ turn, score }) => (turn ? [{ ...turn, score }] : [])),
        learner: (rows[0].learner as TurnRow | null) ?? null,
        committed,
      };
    },

    /**
     * Opens the next learner turn of a session whose turns the caller holds (held-sessions.ts), as `openTurn`
     * does, but reads nothing of the session back: `stored` says where the reply was stored (null when it was
     * not: a retry stored before, or the session's last reply). Null when another turn holds the lease or the
     * session is not active.
     */
    async openHeldTurn(
      session: TenantSession,
      reply: Omit<ReplyToOpen, 'parentSeq'> & { turnId: string },
      now: Date,
    ): Promise<{
      session: TenantSession;
      stored: { id: string; seq: number; parentSeq: number | null } | null;
      committed: Promise<void>;
    } | null> {
      const { rows, committed } = await opener.openHeld(asked(session.tenantId, session.id, reply, now));
      const [row] = rows;
      if (!row) return null;
      const stored = row.learnerId ? { id: row.learnerId, seq: row.seq!, parentSeq: row.parentSeq } : null;
      return { session, stored, committed };
    },

    /** The session's row and all its turns with their verdicts, as the statement that opens a turn reads them. */
    async readOpened(
      session: SessionKey,
    ): Promise<{ session: TenantSession; history: TurnWithScore[] } | null> {
      const [[row], history] = await Promise.all([
        db.select().from(sessions).where(eq(sessions.id, session.id)),
        db
          .select({ turn: turns, score: turnScores })
          .from(turns)
          .leftJoin(turnScores, eq(turnScores.turnId, turns.id))
          .where(eq(turns.sessionId, session.id))
          .orderBy(asc(turns.seq)),
      ]);
      if (!row) return null;
      return { session: loaded(row), history: history.map(({ turn, score }) => ({ ...turn, score })) };
    },

    /** Extends a running turn's lease; one that was freed meanwhile stays free. */
    async renewTurnLease(session: SessionKey, now: Date): Promise<void> {
      await db
        .update(sessions)
        .set({ turnLockedUntil: leaseUntil(now) })
        .where(and(eq(sessions.id, session.id), isNotNull(sessions.turnLockedUntil)));
    },

    async releaseTurnLease(session: SessionKey): Promise<void> {
      await db.update(sessions).set({ turnLockedUntil: null }).where(eq(sessions.id, session.id));
    },

    /** For a database only this process uses: a lease held now was left by a process that died mid-turn. */
    async releaseAllTurnLeases(): Promise<void> {
      await db.update(sessions).set({ turnLockedUntil: null }).where(isNotNull(sessions.turnLockedUntil));
    },

    async insertTurn(session: SessionKey, values: NewTurn): Promise<TurnRow> {
      const [row] = await db
        .insert(turns)
        .values({ ...values, sessionId: session.id })
        .returning();
      return row!;
    },

    /**
     * Ends a turn the persona answered, in one statement shared with the turns finished in the same tick
     * (finish-turns.ts): stores the persona's turn, the learner turn's verdict with the mood it moves (when not
     * saved before), settles the turn's token charge (with a daily budget), keeps the dialogue state the answer
     * leaves, frees the session's turn lease (unless `keepLease`: a closing turn keeps it until the session has
     * ended), and queues `events` (the verdict's) with `queueing`.
     */
    finishTurn(
      session: SessionKey,
      persona: NewTurn,
      verdict: typeof turnScores.$inferInsert | null,
      now: Date,
      options: {
        keepLease: boolean;
        tokens?: TokenSettlement | null;
        dialogue?: unknown;
        events?: RehearsalEvent[];
      },
    ): Promise<TurnRow> {
      return finishTurn({
        sessionId: session.id,
        persona,
        verdict,
        now,
        keepLease: options.keepLease,
        tokens: options.tokens ?? null,
        dialogue: options.dialogue,
        events: options.events ?? [],
      });
    },

    /**
     * Stores the rubric's verdict and moves the session's mood, and queues `events` (the verdict's) with
     * `queueing`, in one statement (so atomically).
     */
    async saveScore(
      session: SessionKey,
      score: typeof turnScores.$inferInsert,
      now: Date,
      events: RehearsalEvent[] = [],
    ): Promise<void> {
      // A data-modifying WITH runs to completion whether or not the outer statement reads it.
      const verdict = db.$with('verdict').as(db.insert(turnScores).values(score).returning());
      await db
        .with(verdict, ...queued(events, now))
        .update(sessions)
        .set({ ...moodOf(score), updatedAt: now })
        .where(eq(sessions.id, session.id));
    },

    /** Ends the session with its report; false when another request ended it first. */
    async endSession(
      session: SessionKey,
      report: { overall: number; report: SessionReport },
      now: Date,
    ): Promise<boolean> {
      return db.transaction(async (tx) => {
        await tx
          .update(sessions)
          .set({ status: 'ended', endedAt: now, updatedAt: now, turnLockedUntil: null })
          .where(eq(sessions.id, session.id));
        const stored = await tx
          .insert(reports)
          .values({ sessionId: session.id, overall: report.overall, report: report.report, createdAt: now })
          .onConflictDoNothing()
          .returning({ sessionId: reports.sessionId });
        return stored.length > 0;
      });
    },

    async findReport(session: SessionKey) {
      const [row] = await db.select().from(reports).where(eq(reports.sessionId, session.id));
      return row ?? null;
    },

    /**
     * The learner's reports with a score, in the order the sessions ended; `after` is the (endedAt, id) of the
     * last one of the page before. A session ended without a reply has no score to show.
     */
    async learnerReports(
      tenantId: string,
      learnerId: string,
      page: { limit: number; after: [string, string] | null },
    ) {
      return db
        .select({ session: sessions, report: reports })
        .from(sessions)
        .innerJoin(reports, eq(reports.sessionId, sessions.id))
        .where(
          and(
            eq(sessions.tenantId, tenantId),
            eq(sessions.learnerId, learnerId),
            isNotNull(sessions.endedAt),
            sql`(${reports.report}->>'turns')::int > 0`,
            page.after
              ? sql`(${sessions.endedAt}, ${sessions.id}) > (${page.after[0]}::timestamptz, ${page.after[1]}::uuid)`
              : undefined,
          ),
        )
        .orderBy(asc(sessions.endedAt), asc(sessions.id))
        .limit(page.limit);
    },
  };
}

export type SessionStore = ReturnType<typeof createSessionStore>;

/** A reply as the statements that open turns take it. */
function asked(tenantId: string, id: string, reply: ReplyToOpen, now: Date): TurnAsked {
  return {
    id,
    tenantId,
    now,
    until: leaseUntil(now),
    ...reply,
    parentSeq: reply.parentSeq ?? null,
    turnId: reply.turnId ?? randomUUID(),
  };
}

/** The session's mood as a verdict moved it. */
function moodOf(verdict: typeof turnScores.$inferInsert) {
  return {
    trust: verdict.trust,
    tension: verdict.tension,
    moodLabel: verdict.moodLabel,
  };
}
