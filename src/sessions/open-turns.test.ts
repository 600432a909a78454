import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { databaseKinds, freshPglite, testDatabase } from '../../test/db.ts';
import { createTestApp } from '../../test/harness.ts';
import { LEARNER_REPLIES } from '../../test/session-client.ts';
import type { Database, DatabaseHandle } from '../db/database.ts';
import { createSessionStore } from './store.ts';

// The turns asked for in the same tick are opened by one statement for the group; a row that fails fails
// only its own turn.

/** The database, counting the transactions begun on it. */
function counting(db: Database) {
  const counted = { transactions: 0 };
  const proxy = new Proxy(db, {
    get(target, property, receiver) {
      if (property === 'transaction') counted.transactions++;
      return Reflect.get(target, property, receiver);
    },
  });
  return { db: proxy as Database, counted };
}

async function startSessions(db: Database, count: number) {
  const store = createSessionStore(db);
  const tenantId = `open-turns-${crypto.randomUUID()}`;
  const now = new Date();
  const started = await Promise.all(
    Array.from({ length: count }, () =>
      store.insertSession(
        {
          tenantId,
          scenarioId: 'open-turns-test',
          language: 'en',
          mode: 'practice',
          trust: 50,
          tension: 50,
          moodLabel: 'neutral',
          createdAt: now,
          updatedAt: now,
        },
        'Hello.',
      ),
    ),
  );
  return { tenantId, ids: started.map((session) => session.id) };
}

const reply = (content: string) => ({ content, idempotencyKey: null, maxLearnerTurns: 10 });

describe.each(databaseKinds())('opening turns together on %s', (kind) => {
  it('opens the turns asked in the same tick with one statement, each with its own rows', async () => {
    const { db: base } = await testDatabase(kind);
    const { tenantId, ids } = await startSessions(base, 3);
    const { db, counted } = counting(base);
    const store = createSessionStore(db);
    const opened = await Promise.all(
      ids.map((id, i) => store.openTurn(tenantId, id, reply(LEARNER_REPLIES[i]!), new Date())),
    );
    expect(counted.transactions).toBe(1);
    for (const [i, turn] of opened.entries()) {
      await turn!.committed;
      expect(turn!.session.id).toBe(ids[i]);
      expect(turn!.learner).toMatchObject({ sessionId: ids[i], seq: 2, content: LEARNER_REPLIES[i] });
      // The turns as they were before the statement: the opening line.
      expect(turn!.history.map((spoken) => [spoken.seq, spoken.role])).toEqual([[1, 'persona']]);
    }
  });

  it('opens one turn of a session per statement: a second reply meanwhile finds the turn taken', async () => {
    const { db } = await testDatabase(kind);
    const { tenantId, ids } = await startSessions(db, 1);
    const store = createSessionStore(db);
    const both = await Promise.all(
      [0, 1].map((i) => store.openTurn(tenantId, ids[0]!, reply(LEARNER_REPLIES[i]!), new Date())),
    );
    // On a server the second statement may run beside the first on another connection: either wins, once.
    const opened = both.filter((turn) => turn !== null);
    expect(opened).toHaveLength(1);
    await opened[0]!.committed;
    expect(opened[0]!.learner).toMatchObject({ seq: 2 });
  });

  it("leaves out another tenant's session and one that is busy", async () => {
    const { db } = await testDatabase(kind);
    const { tenantId, ids } = await startSessions(db, 2);
    const store = createSessionStore(db);
    const busy = await store.openTurn(tenantId, ids[1]!, reply('First.'), new Date());
    await busy!.committed;
    const [ours, theirs, taken] = await Promise.all([
      store.openTurn(tenantId, ids[0]!, reply('Mine.'), new Date()),
      store.openTurn('another-tenant', ids[0]!, reply('Not mine.'), new Date()),
      store.openTurn(tenantId, ids[1]!, reply('Second.'), new Date()),
    ]);
    expect(ours!.learner).toMatchObject({ content: 'Mine.' });
    expect(theirs).toBeNull();
    expect(taken).toBeNull();
  });
});

/** A reply the database refuses: a check that only this test's turns meet. */
async function refusing(handle: DatabaseHandle, content: string) {
  await handle.db.execute(
    sql`alter table turns add constraint refused_reply check (content <> ${sql.raw(`'${content}'`)})`,
  );
}

describe('a row of the group that fails', () => {
  it('fails its own turn with its error; the others are stored; the session opens the next turn', async () => {
    const handle = await freshPglite();
    const refused = `refused-${crypto.randomUUID()}`;
    await refusing(handle, refused);
    const { tenantId, ids } = await startSessions(handle.db, 3);
    const store = createSessionStore(handle.db);
    const opened = await Promise.allSettled(
      ids.map((id, i) =>
        store.openTurn(tenantId, id, reply(i === 1 ? refused : LEARNER_REPLIES[i]!), new Date()),
      ),
    );
    expect(opened[1]).toMatchObject({ status: 'rejected', reason: { cause: { code: '23514' } } });
    for (const i of [0, 2]) {
      const turn = (opened[i] as PromiseFulfilledResult<Awaited<ReturnType<typeof store.openTurn>>>).value;
      await turn!.committed;
      expect(turn!.learner).toMatchObject({ sessionId: ids[i], content: LEARNER_REPLIES[i] });
    }
    // Nothing of the refused turn was kept, not even its lease.
    const next = await store.openTurn(tenantId, ids[1]!, reply(LEARNER_REPLIES[1]!), new Date());
    await next!.committed;
    expect(next!.learner).toMatchObject({ seq: 2, content: LEARNER_REPLIES[1] });
    await handle.close();
  });

  it('over HTTP: that learner gets the usual error, the others their answers, and the session goes on', async () => {
    const handle = await freshPglite();
    const refused = `refused-${crypto.randomUUID()}`;
    await refusing(handle, refused);
    const { app, deps } = await createTestApp({ db: handle });
    const scenarioId = deps.scenarios.list({ language: 'en' })[0]!.id;
    const post = (path: string, body: unknown) =>
      app.request(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const ids = await Promise.all(
      [0, 1, 2].map(
        async () => ((await (await post('/v1/sessions', { scenarioId })).json()) as { id: string }).id,
      ),
    );
    const answers = await Promise.all(
      ids.map((id, i) =>
        post(`/v1/sessions/${id}/turns`, { content: i === 1 ? refused : LEARNER_REPLIES[i] }),
      ),
    );
    expect(answers.map((res) => res.status)).toEqual([200, 500, 200]);
    expect(await answers[1]!.json()).toMatchObject({ error: { code: 'internal' } });
    const next = await post(`/v1/sessions/${ids[1]}/turns`, { content: LEARNER_REPLIES[1] });
    expect(next.status).toBe(200);
    expect(await next.json()).toMatchObject({ learner: { content: LEARNER_REPLIES[1] } });
    await handle.close();
  });
});
