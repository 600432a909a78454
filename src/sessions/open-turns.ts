import { and, asc, eq, getTableColumns, isNull, lt, max, or, sql } from 'drizzle-orm';
import { compileStatement } from '../db/compiled-statement.ts';
import type { Database } from '../db/database.ts';
import { counterfactuals, sessions, turnScores, turns } from '../db/schema/index.ts';

// Opening learner turns: the lease, the history and the stored reply come from one statement, the only one a
// turn makes before its model is asked. The turns asked for in the same tick (a burst of learners replying at
// once) are opened together by one statement for the group, so a burst costs the database one statement and
// one commit instead of one each. A statement that fails for the group is run again for each turn on its own:
// only the turn whose row fails gets the error. For a session whose turns this process holds in memory the
// statement reads none of them back: it only says where the reply was stored (openHeld).

/** A learner's reply to open as the next turn of a session. */
export type TurnAsked = {
  tenantId: string;
  id: string;
  /** The id the learner turn is stored with: chosen before the statement, so a turn can be read before it runs. */
  turnId: string;
  content: string;
  idempotencyKey: string | null;
  maxLearnerTurns: number;
  /** The turn the reply follows: an earlier one for a reply tried again; null for the newest turn. */
  parentSeq: number | null;
  now: Date;
  /** Until when the turn's lease holds unless renewed. */
  until: Date;
};

export type OpenTurnRows = Awaited<ReturnType<ReturnType<typeof openTurnsStatement>['execute']>>;
export type HeldTurnRows = Awaited<ReturnType<ReturnType<typeof openHeldTurnsStatement>['execute']>>;

/** The replies of a group as the statement takes them, in one JSON parameter. */
const ASKED = sql.placeholder('asked');

/**
 * A turn's rows (none when another turn holds the lease, or the session is not active or not the tenant's),
 * back as soon as the statement has run; `committed` settles when its transaction has committed.
 */
export type OpenedRows<Rows> = { rows: Rows; committed: Promise<void> };

type Waiting<Rows> = {
  asked: TurnAsked;
  resolve: (opened: OpenedRows<Rows>) => void;
  reject: (error: unknown) => void;
};

/**
 * `open(asked)` resolves once the statement of the turn's group has run, with the session's rows and its turns;
 * `openHeld(asked)` does the same for a session whose turns this process holds in memory (held-sessions.ts),
 * with one row that says only where the reply was stored, if it was: the turns are not read again.
 */
export function createTurnOpener(db: Database) {
  return {
    open: groupedOpener(
      db,
      compileStatement('open_turns', () => openTurnsStatement(db)),
      (row) => row.session.id,
    ),
    openHeld: groupedOpener(
      db,
      compileStatement('open_held_turns', () => openHeldTurnsStatement(db)),
      (row) => row.sessionId,
    ),
  };
}

/** Opens the turns asked in the same tick with one run of `statement`, each turn given its session's rows. */
function groupedOpener<Row>(
  db: Database,
  statement: (on: Database, values: Record<string, unknown>) => Promise<Row[]>,
  sessionOf: (row: Row) => string,
) {
  let waiting: Waiting<Row[]>[] = [];
  let scheduled = false;

  /** Opens what waits, one turn per session: a second reply to a session waits for the next group. */
  const flush = () => {
    scheduled = false;
    const group = new Map<string, Waiting<Row[]>>();
    const later: Waiting<Row[]>[] = [];
    for (const one of waiting) {
      if (group.has(one.asked.id)) later.push(one);
      else group.set(one.asked.id, one);
    }
    waiting = later;
    if (later.length) schedule();
    void openGroup([...group.values()]);
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(flush);
  };

  async function openGroup(group: Waiting<Row[]>[]) {
    let ran!: (rows: Row[]) => void;
    const rowsRan = new Promise<Row[]>((resolve) => (ran = resolve));
    const asked = askedJson(group.map((one) => one.asked));
    const committed = db.transaction(async (tx) => ran(await statement(tx, { asked })));
    // Whoever shows a turn awaits `committed`; a failure before that is the callers' to throw.
    committed.catch(() => {});
    let rows: Row[];
    try {
      rows = await Promise.race([rowsRan, committed.then(() => rowsRan)]);
    } catch (error) {
      if (group.length === 1) group[0]!.reject(error);
      else for (const one of group) void openGroup([one]);
      return;
    }
    for (const one of group) {
      one.resolve({ rows: rows.filter((row) => sessionOf(row) === one.asked.id), committed });
    }
  }

  return function open(asked: TurnAsked): Promise<OpenedRows<Row[]>> {
    return new Promise((resolve, reject) => {
      waiting.push({ asked, resolve, reject });
      schedule();
    });
  };
}

/** The replies of a group, named apart from every column of the tables the statement meets. */
function askedJson(group: TurnAsked[]): string {
  return JSON.stringify(
    group.map((asked) => ({
      session: asked.id,
      tenant: asked.tenantId,
      turn_id: asked.turnId,
      reply: asked.content,
      retry_key: asked.idempotencyKey,
      max_replies: asked.maxLearnerTurns,
      follows: asked.parentSeq,
      asked_at: asked.now.toISOString(),
      lease_until: asked.until.toISOString(),
    })),
  );
}

/**
 * What both statements for a group of turns do, each on a different session: take each session's lease, read
 * what its next turn follows, and store its reply as the next turn. A reply is not stored when a turn with its idempotency key is
 * there already (a retry) or the session has had all the replies it may have. The replies come in as one
 * JSON parameter (askedJson's), the same on every driver; the statement is built once (compileStatement).
 */
function openingOf(db: Database) {
  const asked = db
    .$with('asked', {
      id: sql<string>`session`.as('session'),
      tenantId: sql<string>`tenant`.as('tenant'),
      turnId: sql<string>`turn_id`.as('turn_id'),
      content: sql<string>`reply`.as('reply'),
      idempotencyKey: sql<string | null>`retry_key`.as('retry_key'),
      maxLearnerTurns: sql<number>`max_replies`.as('max_replies'),
      parentSeq: sql<number | null>`follows`.as('follows'),
      now: sql<string>`asked_at`.as('asked_at'),
      until: sql<string>`lease_until`.as('lease_until'),
    })
    .as(
      sql`select * from json_to_recordset(${ASKED}::json) as asked(session uuid, tenant text, turn_id uuid, reply text, retry_key text, max_replies integer, follows integer, asked_at timestamptz, lease_until timestamptz)`,
    );
  const leased = db.$with('leased').as(
    db
      .update(sessions)
      .set({ turnLockedUntil: sql`${asked.until}` })
      .from(asked)
      .where(
        and(
          eq(sessions.id, asked.id),
          eq(sessions.tenantId, asked.tenantId),
          eq(sessions.status, 'active'),
          or(isNull(sessions.turnLockedUntil), lt(sessions.turnLockedUntil, asked.now)),
        ),
      )
      .returning(getTableColumns(sessions)),
  );
  // Read before this statement's own insert: a statement sees the table as it was when it began.
  const past = db.$with('past').as(
    db
      .select({
        sessionId: turns.sessionId,
        lastSeq: max(turns.seq).as('last_seq'),
        learnerTurns: sql<number>`count(*) filter (where ${turns.role} = 'learner')`.as('learner_turns'),
      })
      .from(turns)
      .where(sql`${turns.sessionId} in (select ${asked.id} from ${asked})`)
      .groupBy(turns.sessionId),
  );
  const learner = db.$with('learner').as(
    db
      .insert(turns)
      .select((qb) =>
        qb
          .select({
            id: sql`${asked.turnId}`.as('id'),
            sessionId: leased.id,
            seq: sql`coalesce(${past.lastSeq}, 0) + 1`.as('seq'),
            parentSeq: sql`coalesce(${asked.parentSeq}, ${past.lastSeq}, 0)`.as('parent_seq'),
            role: sql`'learner'`.as('role'),
            content: sql`${asked.content}`.as('content'),
            status: sql`'complete'`.as('status'),
            source: sql`'learner'`.as('source'),
            idempotencyKey: sql`${asked.idempotencyKey}`.as('idempotency_key'),
            promptTokens: sql`null::integer`.as('prompt_tokens'),
            completionTokens: sql`null::integer`.as('completion_tokens'),
            createdAt: sql`${asked.now}`.as('created_at'),
            completedAt: sql`${asked.now}`.as('completed_at'),
            dialogue: sql`null::jsonb`.as('dialogue'),
          })
          .from(leased)
          .innerJoin(asked, eq(asked.id, leased.id))
          .leftJoin(past, eq(past.sessionId, leased.id))
          .where(
            and(
              // Every reply the persona answers counts: the ones taken back, and the alternatives played.
              lt(
                sql`coalesce(${past.learnerTurns}, 0) + (select count(*) from ${counterfactuals} where ${counterfactuals.sessionId} = ${leased.id})`,
                asked.maxLearnerTurns,
              ),
              // A null key matches no turn: only a retry finds its reply already stored.
              sql`not exists (select 1 from ${turns} where ${turns.sessionId} = ${leased.id} and ${turns.idempotencyKey} = ${asked.idempotencyKey})`,
            ),
          ),
      )
      .returning(),
  );
  return { asked, leased, past, learner };
}

/** The statement for sessions not held: each session's row and all its turns with their verdicts. */
function openTurnsStatement(db: Database) {
  const { asked, leased, past, learner } = openingOf(db);
  return db
    .with(asked, leased, past, learner)
    .select({
      session: leased._.selectedFields,
      learner: learner._.selectedFields,
      turn: turns,
      score: turnScores,
    })
    .from(leased)
    .leftJoin(learner, eq(learner.sessionId, leased.id))
    .leftJoin(turns, eq(turns.sessionId, leased.id))
    .leftJoin(turnScores, eq(turnScores.turnId, turns.id))
    .orderBy(asc(leased.id), asc(turns.seq));
}

/**
 * The statement for sessions whose turns this process holds: one row for each session whose lease it took, with
 * where the reply was stored (no learner turn when it was not). What was held is the rest of what a turn reads;
 * the reply stored as the turn after the newest one held confirms that no other writer added a turn meanwhile.
 */
function openHeldTurnsStatement(db: Database) {
  const { asked, leased, past, learner } = openingOf(db);
  return db
    .with(asked, leased, past, learner)
    .select({
      sessionId: leased.id,
      learnerId: learner.id,
      seq: learner.seq,
      parentSeq: learner.parentSeq,
    })
    .from(leased)
    .leftJoin(learner, eq(learner.sessionId, leased.id));
}
