import { and, asc, eq, sql } from 'drizzle-orm';
import { compileStatement } from '../db/compiled-statement.ts';
import type { Database } from '../db/database.ts';
import { sessions, type TurnRow, tokenUsage, turnScores, turns } from '../db/schema/index.ts';
import type { Queueing, RehearsalEvent } from './events.ts';
import type { TokenSettlement } from './token-budget.ts';

// Finishing turns the persona answered: the persona's turn, the learner turn's verdict with the mood it moves,
// the turn's token settlement, the dialogue state, the lease's release and the verdict's events, in one
// statement. As with openings (open-turns.ts), the turns finished in the same tick (learners answered at once)
// are finished together by one statement for the group; a statement that fails for the group is run again for
// each turn on its own, so only the turn whose row fails gets the error.

/** A turn to finish, as finishTurn takes it. */
export type TurnFinished = {
  sessionId: string;
  persona: Omit<typeof turns.$inferInsert, 'sessionId'>;
  verdict: typeof turnScores.$inferInsert | null;
  now: Date;
  /** A closing turn keeps the lease until its session has ended. */
  keepLease: boolean;
  tokens: TokenSettlement | null;
  /** The dialogue state the answer leaves; undefined leaves the session's as it is. */
  dialogue: unknown;
  events: RehearsalEvent[];
};

/** The finishes of a group as the statement takes them, in one JSON parameter; their events in another. */
const DONE = sql.placeholder('done');
const DELIVERIES = sql.placeholder('deliveries');

type Waiting = { finished: TurnFinished; resolve: (row: TurnRow) => void; reject: (error: unknown) => void };

/** `finish(turn)` resolves with the stored persona turn once the statement of the turn's group has run. */
export function createTurnFinisher(db: Database, queueing: Queueing | undefined) {
  // A group whose turns tell no event has no queueing in its statement.
  const finishTurns = compileStatement('finish_turns', () => finishTurnsStatement(db, undefined));
  const finishTurnsQueueing = compileStatement('finish_turns_queueing', () =>
    finishTurnsStatement(db, queueing),
  );
  let waiting: Waiting[] = [];
  let scheduled = false;

  /** Finishes what waits, one turn per session: a second finish of a session waits for the next group. */
  const flush = () => {
    scheduled = false;
    const group = new Map<string, Waiting>();
    const later: Waiting[] = [];
    for (const one of waiting) {
      if (group.has(one.finished.sessionId)) later.push(one);
      else group.set(one.finished.sessionId, one);
    }
    waiting = later;
    if (later.length) schedule();
    void finishGroup([...group.values()]);
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(flush);
  };

  async function finishGroup(group: Waiting[]) {
    let rows: TurnRow[];
    try {
      const finished = group.map((one) => one.finished);
      const done = doneJson(finished);
      const events = finished.flatMap((one) => one.events);
      rows =
        queueing && events.length
          ? await finishTurnsQueueing(db, {
              done,
              deliveries: queueing.deliveriesOf(events, finished[0]!.now),
            })
          : await finishTurns(db, { done });
    } catch (error) {
      if (group.length === 1) group[0]!.reject(error);
      else for (const one of group) void finishGroup([one]);
      return;
    }
    for (const one of group) {
      const row = rows.find((turn) => turn.sessionId === one.finished.sessionId);
      // Every persona row is inserted or the statement fails: a missing one is a bug, not a state.
      if (row) one.resolve(row);
      else one.reject(new Error(`the finish of session ${one.finished.sessionId} stored no turn`));
    }
  }

  return function finish(finished: TurnFinished): Promise<TurnRow> {
    return new Promise((resolve, reject) => {
      waiting.push({ finished, resolve, reject });
      schedule();
    });
  };
}

/** The finishes of a group, named apart from every column of the tables the statement meets. */
function doneJson(group: TurnFinished[]): string {
  return JSON.stringify(
    group.map((one) => ({
      session: one.sessionId,
      at: one.now.toISOString(),
      keep_lease: one.keepLease,
      sets_dialogue: one.dialogue !== undefined,
      new_dialogue: one.dialogue ?? null,
      scored_turn: one.verdict?.turnId ?? null,
      scored_by: one.verdict?.engine ?? null,
      scored_overall: one.verdict?.overall ?? null,
      scored_result: one.verdict?.result ?? null,
      mood_trust: one.verdict?.trust ?? null,
      mood_tension: one.verdict?.tension ?? null,
      mood_name: one.verdict?.moodLabel ?? null,
      scored_at: one.verdict?.createdAt ?? one.now,
      spent_tenant: one.tokens?.tenantId ?? null,
      spent_day: one.tokens?.day ?? null,
      spent_delta: one.tokens?.delta ?? null,
      said_seq: one.persona.seq,
      follows: one.persona.parentSeq ?? null,
      said_by: one.persona.role,
      said: one.persona.content,
      said_status: one.persona.status,
      said_source: one.persona.source,
      prompt_used: one.persona.promptTokens ?? null,
      completion_used: one.persona.completionTokens ?? null,
      said_at: one.persona.createdAt ?? one.now,
      said_until: one.persona.completedAt ?? null,
      left_dialogue: one.persona.dialogue ?? null,
    })),
  );
}

/**
 * One statement for a group of turns, each of a different session. The turns come in as one JSON parameter
 * (doneJson's), the same on every driver, and with `queueing` their events in another; the statement is built
 * once (compileStatement). The token settlements of one tenant and day are added up first, since an UPDATE
 * changes a row once.
 */
function finishTurnsStatement(db: Database, queueing: Queueing | undefined) {
  const done = db
    .$with('done', {
      session: sql<string>`session`.as('session'),
      at: sql<string>`at`.as('at'),
      keepLease: sql<boolean>`keep_lease`.as('keep_lease'),
      setsDialogue: sql<boolean>`sets_dialogue`.as('sets_dialogue'),
      newDialogue: sql<unknown>`new_dialogue`.as('new_dialogue'),
      scoredTurn: sql<string | null>`scored_turn`.as('scored_turn'),
      scoredBy: sql<string | null>`scored_by`.as('scored_by'),
      scoredOverall: sql<number | null>`scored_overall`.as('scored_overall'),
      scoredResult: sql<unknown>`scored_result`.as('scored_result'),
      moodTrust: sql<number | null>`mood_trust`.as('mood_trust'),
      moodTension: sql<number | null>`mood_tension`.as('mood_tension'),
      moodName: sql<string | null>`mood_name`.as('mood_name'),
      spentTenant: sql<string | null>`spent_tenant`.as('spent_tenant'),
      spentDay: sql<string | null>`spent_day`.as('spent_day'),
      spentDelta: sql<number | null>`spent_delta`.as('spent_delta'),
      scoredAt: sql<string>`scored_at`.as('scored_at'),
      saidSeq: sql<number>`said_seq`.as('said_seq'),
      follows: sql<number | null>`follows`.as('follows'),
      saidBy: sql<string>`said_by`.as('said_by'),
      said: sql<string>`said`.as('said'),
      saidStatus: sql<string>`said_status`.as('said_status'),
      saidSource: sql<string>`said_source`.as('said_source'),
      promptUsed: sql<number | null>`prompt_used`.as('prompt_used'),
      completionUsed: sql<number | null>`completion_used`.as('completion_used'),
      saidAt: sql<string>`said_at`.as('said_at'),
      saidUntil: sql<string | null>`said_until`.as('said_until'),
      leftDialogue: sql<unknown>`left_dialogue`.as('left_dialogue'),
    })
    .as(
      sql`select * from json_to_recordset(${DONE}::json) as done(session uuid, at timestamptz, keep_lease boolean, sets_dialogue boolean, new_dialogue jsonb, scored_turn uuid, scored_by text, scored_overall integer, scored_result jsonb, mood_trust integer, mood_tension integer, mood_name text, scored_at timestamptz, spent_tenant text, spent_day date, spent_delta integer, said_seq integer, follows integer, said_by text, said text, said_status text, said_source text, prompt_used integer, completion_used integer, said_at timestamptz, said_until timestamptz, left_dialogue jsonb)`,
    );
  // Data-modifying WITHs run to completion whether or not the outer statement reads them. A session the
  // verdict does not move (none, or saved before) keeps its mood.
  const moved = db.$with('moved').as(
    db
      .update(sessions)
      .set({
        trust: sql`coalesce(${done.moodTrust}, ${sessions.trust})`,
        tension: sql`coalesce(${done.moodTension}, ${sessions.tension})`,
        moodLabel: sql`coalesce(${done.moodName}, ${sessions.moodLabel})`,
        dialogue: sql`case when ${done.setsDialogue} then ${done.newDialogue} else ${sessions.dialogue} end`,
        turnLockedUntil: sql`case when ${done.keepLease} then ${sessions.turnLockedUntil} end`,
        updatedAt: sql`${done.at}`,
      })
      .from(done)
      .where(eq(sessions.id, done.session))
      .returning({ id: sessions.id }),
  );
  const verdicts = db.$with('verdicts').as(
    db
      .insert(turnScores)
      .select((qb) =>
        qb
          .select({
            turnId: sql`${done.scoredTurn}`.as('turn_id'),
            engine: sql`${done.scoredBy}`.as('engine'),
            overall: sql`${done.scoredOverall}`.as('overall'),
            result: sql`${done.scoredResult}`.as('result'),
            trust: sql`${done.moodTrust}`.as('trust'),
            tension: sql`${done.moodTension}`.as('tension'),
            moodLabel: sql`${done.moodName}`.as('mood_label'),
            createdAt: sql`${done.scoredAt}`.as('created_at'),
          })
          .from(done)
          .where(sql`${done.scoredTurn} is not null`),
      )
      .returning({ turnId: turnScores.turnId }),
  );
  const spent = db.$with('spent').as(
    db
      .select({
        tenant: sql<string>`${done.spentTenant}`.as('spent_by'),
        day: sql<string>`${done.spentDay}`.as('spent_on'),
        delta: sql<number>`sum(${done.spentDelta})`.as('spent_sum'),
      })
      .from(done)
      .where(sql`${done.spentTenant} is not null`)
      .groupBy(done.spentTenant, done.spentDay),
  );
  const settled = db.$with('settled').as(
    db
      .update(tokenUsage)
      .set({ tokens: sql`${tokenUsage.tokens} + ${spent.delta}` })
      .from(spent)
      .where(and(eq(tokenUsage.tenantId, spent.tenant), eq(tokenUsage.day, spent.day)))
      .returning({ tokens: tokenUsage.tokens }),
  );
  const queued = queueing ? [queueing.queue(sql`${DELIVERIES}`)] : [];
  return db
    .with(done, moved, verdicts, spent, settled, ...queued)
    .insert(turns)
    .select((qb) =>
      qb
        .select({
          id: sql`gen_random_uuid()`.as('id'),
          sessionId: sql`${done.session}`.as('session_id'),
          seq: sql`${done.saidSeq}`.as('seq'),
          parentSeq: sql`${done.follows}`.as('parent_seq'),
          role: sql`${done.saidBy}`.as('role'),
          content: sql`${done.said}`.as('content'),
          status: sql`${done.saidStatus}`.as('status'),
          source: sql`${done.saidSource}`.as('source'),
          idempotencyKey: sql`null::text`.as('idempotency_key'),
          promptTokens: sql`${done.promptUsed}`.as('prompt_tokens'),
          completionTokens: sql`${done.completionUsed}`.as('completion_tokens'),
          createdAt: sql`${done.saidAt}`.as('created_at'),
          completedAt: sql`${done.saidUntil}`.as('completed_at'),
          dialogue: sql`${done.leftDialogue}`.as('dialogue'),
        })
        .from(done)
        .orderBy(asc(done.session)),
    )
    .returning();
}
