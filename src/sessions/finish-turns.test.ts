import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { databaseKinds, testDatabase } from '../../test/db.ts';
import { LEARNER_REPLIES } from '../../test/session-client.ts';
import type { Database } from '../db/database.ts';
import { sessions, tokenUsage, turnScores, turns, webhookDeliveries } from '../db/schema/index.ts';
import { scoreHeuristic } from '../rubric/index.ts';
import { createWebhookStore, deliveriesOf } from '../webhooks/store.ts';
import type { RehearsalEvent } from './events.ts';
import { createSessionStore } from './store.ts';
import type { TokenSettlement } from './token-budget.ts';

// A turn's finish stores the verdict, the mood, the persona's turn and the lease's release, and queues the
// verdict's webhook event, in one statement: the event is queued with the change or not at all.

const result = scoreHeuristic({ reply: LEARNER_REPLIES[0]!, language: 'en' });

/** A tenant with a webhook that wants turn.scored, a store that queues in its statements, and open turns. */
async function openTurns(db: Database, count: number) {
  const webhooks = createWebhookStore(db);
  const store = createSessionStore(db, {
    queue: (deliveries) => webhooks.queueWith(deliveries),
    deliveriesOf,
    others: async () => {},
  });
  const tenantId = `finish-turns-${crypto.randomUUID()}`;
  await webhooks.create({
    tenantId,
    url: 'https://lms.example.org/hooks',
    events: ['turn.scored'],
    secretSealed: 'sealed',
  });
  const now = new Date();
  const opened = await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const session = await store.insertSession(
        {
          tenantId,
          scenarioId: 'finish-turns-test',
          language: 'en',
          mode: 'practice',
          trust: 50,
          tension: 50,
          moodLabel: 'neutral',
          createdAt: now,
          updatedAt: now,
        },
        'Hello.',
      );
      const turn = await store.openTurn(
        tenantId,
        session.id,
        { content: LEARNER_REPLIES[i % LEARNER_REPLIES.length]!, idempotencyKey: null, maxLearnerTurns: 10 },
        now,
      );
      await turn!.committed;
      return turn!;
    }),
  );
  return { store, tenantId, opened };
}

type Opened = Awaited<ReturnType<typeof openTurns>>['opened'][number];

/** Finishes the turn with the persona's answer at `seq` (the next one unless given) and its verdict. */
function finish(
  store: ReturnType<typeof createSessionStore>,
  { session, learner }: Opened,
  seq?: number,
  tokens?: TokenSettlement,
) {
  const event: RehearsalEvent = {
    type: 'turn.scored',
    tenantId: session.tenantId,
    sessionId: session.id,
    data: { sessionId: session.id, turnId: learner!.id, seq: learner!.seq, overall: 61, principles: [] },
  };
  const now = new Date();
  return store.finishTurn(
    session,
    {
      seq: seq ?? learner!.seq + 1,
      parentSeq: learner!.seq,
      role: 'persona',
      content: `An answer to ${learner!.seq}.`,
      status: 'complete',
      source: 'llm',
      createdAt: now,
      completedAt: now,
    },
    {
      turnId: learner!.id,
      engine: 'heuristic',
      overall: 61,
      result,
      trust: 62,
      tension: 38,
      moodLabel: 'open',
    },
    now,
    { keepLease: false, events: [event], tokens: tokens ?? null },
  );
}

async function storedOf(db: Database, sessionId: string, learnerId: string) {
  const [session] = await db.select().from(sessions).where(eq(sessions.id, sessionId));
  const persona = await db.select().from(turns).where(eq(turns.sessionId, sessionId));
  const verdict = await db.select().from(turnScores).where(eq(turnScores.turnId, learnerId));
  const queued = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.sessionId, sessionId));
  return { session: session!, turns: persona.length, verdicts: verdict.length, queued };
}

describe.each(databaseKinds())('finishing a turn on %s', (kind) => {
  it('stores the answer, the verdict, the mood and the free lease, and queues the event, together', async () => {
    const { db } = await testDatabase(kind);
    const { store, opened } = await openTurns(db, 1);
    const turn = opened[0]!;
    const persona = await finish(store, turn);
    expect(persona).toMatchObject({ sessionId: turn.session.id, seq: 3, role: 'persona' });
    const stored = await storedOf(db, turn.session.id, turn.learner!.id);
    expect(stored.session).toMatchObject({
      trust: 62,
      tension: 38,
      moodLabel: 'open',
      turnLockedUntil: null,
    });
    expect(stored).toMatchObject({ turns: 3, verdicts: 1 });
    expect(stored.queued).toHaveLength(1);
    expect(JSON.parse(stored.queued[0]!.body!)).toMatchObject({
      type: 'turn.scored',
      data: { turnId: turn.learner!.id, seq: 2, overall: 61 },
    });
  });

  it('queues nothing when the statement fails: no event tells of a change that was not stored', async () => {
    const { db } = await testDatabase(kind);
    const { store, opened } = await openTurns(db, 1);
    const turn = opened[0]!;
    // Seq 1 is the persona's opening: the answer's row is refused.
    await expect(finish(store, turn, 1)).rejects.toMatchObject({ cause: { code: '23505' } });
    const stored = await storedOf(db, turn.session.id, turn.learner!.id);
    expect(stored).toMatchObject({ turns: 2, verdicts: 0, queued: [] });
    expect(stored.session.turnLockedUntil).not.toBeNull();
  });
});

/** The database, counting the statements begun with a WITH on it: each turn finish is one. */
function counting(db: Database) {
  const counted = { statements: 0 };
  const proxy = new Proxy(db, {
    get(target, property, receiver) {
      if (property === 'with') counted.statements++;
      return Reflect.get(target, property, receiver);
    },
  });
  return { db: proxy as Database, counted };
}

describe.each(databaseKinds())('finishing turns together on %s', (kind) => {
  it('finishes the turns answered in the same tick with one statement, each with its own rows', async () => {
    const { db: base } = await testDatabase(kind);
    const { db, counted } = counting(base);
    const { store, opened } = await openTurns(db, 4);
    counted.statements = 0;
    const personas = await Promise.all(opened.map((turn) => finish(store, turn)));
    expect(counted.statements).toBe(1);
    for (const [i, turn] of opened.entries()) {
      expect(personas[i]).toMatchObject({ sessionId: turn.session.id, seq: 3, content: 'An answer to 2.' });
      const stored = await storedOf(base, turn.session.id, turn.learner!.id);
      expect(stored).toMatchObject({ turns: 3, verdicts: 1 });
      expect(stored.session).toMatchObject({ trust: 62, moodLabel: 'open', turnLockedUntil: null });
      expect(stored.queued.map((row) => JSON.parse(row.body!).data.turnId)).toEqual([turn.learner!.id]);
    }
  });

  it('fails only the turn whose row fails; the others are stored and their events queued', async () => {
    const { db } = await testDatabase(kind);
    const { store, opened } = await openTurns(db, 3);
    const finished = await Promise.allSettled(
      opened.map((turn, i) => finish(store, turn, i === 1 ? 1 : undefined)),
    );
    expect(finished[1]).toMatchObject({ status: 'rejected', reason: { cause: { code: '23505' } } });
    for (const i of [0, 2]) {
      expect(finished[i]).toMatchObject({ status: 'fulfilled', value: { seq: 3 } });
      const turn = opened[i]!;
      const stored = await storedOf(db, turn.session.id, turn.learner!.id);
      expect(stored).toMatchObject({ turns: 3, verdicts: 1 });
      expect(stored.queued).toHaveLength(1);
    }
    const refused = await storedOf(db, opened[1]!.session.id, opened[1]!.learner!.id);
    expect(refused).toMatchObject({ turns: 2, verdicts: 0, queued: [] });
  });

  it("adds up the token settlements of one tenant's turns in a group", async () => {
    const { db } = await testDatabase(kind);
    const { store, tenantId, opened } = await openTurns(db, 3);
    const day = '2026-12-03';
    await db.insert(tokenUsage).values({ tenantId, day, tokens: 3000 });
    await Promise.all(
      opened.map((turn, i) => finish(store, turn, undefined, { tenantId, day, delta: -100 * (i + 1) })),
    );
    const [usage] = await db
      .select()
      .from(tokenUsage)
      .where(and(eq(tokenUsage.tenantId, tenantId), eq(tokenUsage.day, day)));
    expect(usage!.tokens).toBe(3000 - 100 - 200 - 300);
  });
});
