import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../../src/db/database.ts';
import { freshPglite } from '../db.ts';
import { type FakeOpenAI, fake, startFakeOpenAI } from '../fake-openai.ts';
import { startTestServer } from '../harness.ts';
import {
  assertComplete,
  createSession,
  LEARNER_REPLIES,
  PERSONA_REPLY,
  streamTurn,
} from '../session-client.ts';
import { expectUsable, getSession, withCommitWindow } from './helpers.ts';

// Durable before visible, not before asked: the persona model is asked while the statement that stores the
// learner's reply commits, and nothing of the turn reaches the learner before that commit. The database is
// lost in that window here: the commit fails after the model request left, the request is aborted, and
// the learner gets the usual 503 with nothing shown and nothing stored.

/** What a lost connection looks like to the app. */
const connectionLost = () =>
  Object.assign(new Error('Connection terminated unexpectedly'), { code: 'CONNECTION_CLOSED' });

describe('the database lost between the reply and the first persona word', () => {
  let upstream: FakeOpenAI;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let faulty: ReturnType<typeof withCommitWindow>;

  beforeAll(async () => {
    upstream = await startFakeOpenAI({
      behaviour: fake.text(PERSONA_REPLY, { firstTokenDelayMs: 20, interTokenDelayMs: 30 }),
    });
    faulty = withCommitWindow(await freshPglite());
    server = await startTestServer({
      db: faulty.handle,
      env: { OPENAI_BASE_URL: upstream.url, ROLEPLAY_MODEL: 'fake' },
    });
  });
  afterAll(async () => {
    await server?.close();
    await upstream?.close();
  });

  /** Resolves once the fake upstream has the next persona request. */
  const personaAsked = () => {
    const count = upstream.requests.length;
    return (async () => {
      while (!upstream.requests.slice(count).some((request) => request.body?.stream === true)) await sleep(2);
      return upstream.requests.slice(count).find((request) => request.body?.stream === true)!;
    })();
  };

  it('asks the model while the reply commits, and shows nothing before the commit', async () => {
    const id = await createSession(server.url);
    const asked = personaAsked();
    // The commit waits until the model request has reached the upstream: it cannot have waited for the commit.
    faulty.arm(async () => {
      await asked;
    });
    let firstEventAt = Number.NaN;
    const turn = await streamTurn(server.url, id, LEARNER_REPLIES[0]!, {
      onEvent: () => {
        if (Number.isNaN(firstEventAt)) firstEventAt = Date.now();
      },
    });
    assertComplete(turn);
    expect(turn.text).toBe(PERSONA_REPLY);
    expect((await asked).receivedAt).toBeLessThanOrEqual(faulty.committedAt());
    expect(firstEventAt).toBeGreaterThanOrEqual(faulty.committedAt());
  });

  it.each([
    ['streamed', { accept: 'text/event-stream' }],
    ['as one JSON answer', {}],
  ])('%s: a failed commit aborts the model request, answers 503 and stores nothing', async (_, headers) => {
    const id = await createSession(server.url);
    const before = await getSession(server.url, id);
    const asked = personaAsked();
    faulty.arm(async () => {
      await asked;
      throw connectionLost();
    });
    const res = await fetch(`${server.url}/v1/sessions/${id}/turns`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ content: LEARNER_REPLIES[0] }),
    });
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(await res.json()).toMatchObject({ error: { code: 'database_unavailable' } });
    // The model request had left; it is aborted rather than left to run for nobody.
    const request = await asked;
    for (let waited = 0; !request.aborted && waited < 2000; waited += 10) await sleep(10);
    expect(request.aborted).toBe(true);
    // Nothing of the turn was stored, and the session takes the next turn (its lease was never kept).
    expect(await getSession(server.url, id)).toEqual(before);
    await expectUsable(server.url, id, before);
  });
});

const adminUrl = process.env.TEST_DATABASE_URL;

describe.skipIf(!adminUrl)('PostgreSQL: the connection killed between the statement and its commit', () => {
  it('aborts the model request, answers 503 and stores nothing; the next turn works', async () => {
    const upstream = await startFakeOpenAI({
      behaviour: fake.text(PERSONA_REPLY, { firstTokenDelayMs: 20, interTokenDelayMs: 30 }),
    });
    const admin = postgres(adminUrl!, { max: 1, onnotice: () => {} });
    const faulty = withCommitWindow(await openPostgres(adminUrl!, { max: 3 }));
    const server = await startTestServer({
      db: faulty.handle,
      env: { OPENAI_BASE_URL: upstream.url, ROLEPLAY_MODEL: 'fake' },
    });
    try {
      const id = await createSession(server.url);
      const before = await getSession(server.url, id);
      const count = upstream.requests.length;
      faulty.arm(async (tx) => {
        const [row] = (await tx.execute(sql`select pg_backend_pid() as pid`)) as unknown as { pid: number }[];
        while (!upstream.requests.slice(count).some((request) => request.body?.stream === true))
          await sleep(2);
        await admin`select pg_terminate_backend(${row!.pid})`;
      });
      const turn = await streamTurn(server.url, id, LEARNER_REPLIES[0]!);
      expect(turn.status).toBe(503);
      expect(turn.events).toEqual([
        {
          event: 'http-error',
          data: expect.objectContaining({ error: expect.objectContaining({ code: 'database_unavailable' }) }),
        },
      ]);
      const request = upstream.requests.slice(count).find((r) => r.body?.stream === true)!;
      for (let waited = 0; !request.aborted && waited < 2000; waited += 10) await sleep(10);
      expect(request.aborted).toBe(true);
      expect(await getSession(server.url, id)).toEqual(before);
      await expectUsable(server.url, id, before);
    } finally {
      await server.close();
      await faulty.handle.close();
      await admin.end({ timeout: 5 });
      await upstream.close();
    }
  });
});
