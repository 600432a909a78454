import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openPostgres } from '../../src/db/database.ts';
import { databaseKinds, freshPglite } from '../db.ts';
import { type FakeOpenAI, fake, type RecordedRequest, startFakeOpenAI } from '../fake-openai.ts';
import { startTestServer } from '../harness.ts';
import {
  assertComplete,
  createSession,
  LEARNER_REPLIES,
  LOAD_SCENARIO_ID,
  PERSONA_REPLY,
  type StreamedTurn,
  streamTurn,
} from '../session-client.ts';
import { getSession, withCommitWindow } from './helpers.ts';

// A reply that goes on is read from the session held in memory, and the persona asked, before the statement that
// opens its turn has run; the statement's rows then confirm what was held, or the early request is aborted and
// the turn goes on from the rows. Two apps on one database play two processes: what one holds, the other's turns
// make stale.

/** Words the persona never says: answered to a request made from a stale state, which must be aborted. */
const STALE = 'Stale words that nobody may ever see or keep, streamed slowly word after word after word.';

const streaming = (upstream: FakeOpenAI, from: number) =>
  upstream.requests.slice(from).filter((request) => request.body?.stream === true);

/** The next streaming request the upstream receives; undefined after `ms` without one. */
async function nextPersonaRequest(upstream: FakeOpenAI, ms = 5000): Promise<RecordedRequest | undefined> {
  const from = upstream.requests.length;
  for (let waited = 0; waited < ms; waited += 2) {
    const [request] = streaming(upstream, from);
    if (request) return request;
    await sleep(2);
  }
  return undefined;
}

const transcriptOf = (request: RecordedRequest) => JSON.stringify(request.body?.messages ?? []);

async function abortedSoon(request: RecordedRequest) {
  for (let waited = 0; !request.aborted && waited < 3000; waited += 10) await sleep(10);
  return request.aborted;
}

const noStaleWords = (turn: StreamedTurn) => {
  expect(turn.text).not.toContain('Stale');
  expect(JSON.stringify(turn.events)).not.toContain('Stale');
};

describe.each(databaseKinds())('reading a reply before its statement, on %s', (kind) => {
  let upstream: FakeOpenAI;
  let base: DatabaseHandle;
  let otherDb: DatabaseHandle;
  let faulty: ReturnType<typeof withCommitWindow>;
  /** The app whose turns are read early (it started the sessions), and another on the same database. */
  let app: Awaited<ReturnType<typeof startTestServer>>;
  let other: Awaited<ReturnType<typeof startTestServer>>;

  beforeAll(async () => {
    upstream = await startFakeOpenAI({ behaviour: fake.text(PERSONA_REPLY) });
    base =
      kind === 'pglite'
        ? await freshPglite()
        : await openPostgres(process.env.TEST_DATABASE_URL!, { max: 3 });
    faulty = withCommitWindow(base);
    const env = { OPENAI_BASE_URL: upstream.url, ROLEPLAY_MODEL: 'fake' };
    app = await startTestServer({ db: faulty.handle, env });
    otherDb = kind === 'pglite' ? base : await openPostgres(process.env.TEST_DATABASE_URL!, { max: 3 });
    other = await startTestServer({ db: otherDb, env });
  });
  afterAll(async () => {
    await app?.close();
    await other?.close();
    if (otherDb !== base) await otherDb?.close();
    await base?.close();
    await upstream?.close();
  });

  it('asks the persona before the statement that opens the turn has run, and shows what was stored', async () => {
    const id = await createSession(app.url);
    // The session's first reply (held since the session started), then the next (held since the answer).
    for (const reply of LEARNER_REPLIES.slice(0, 2)) {
      const asked = nextPersonaRequest(upstream);
      // The statement waits for the model request; read only after the rows, it would come after it.
      faulty.arm(async () => void (await asked), 'statement');
      const turn = await streamTurn(app.url, id, reply);
      assertComplete(turn);
      expect(turn.text).toBe(PERSONA_REPLY);
      const request = await asked;
      expect(request?.receivedAt).toBeLessThanOrEqual(faulty.ranAt());
      expect(transcriptOf(request!)).toContain(reply);
      // What the turn showed of the learner turn is the turn stored.
      const learner = turn.events.find((event) => event.event === 'learner')!.data as { id: string };
      const stored = (await getSession(app.url, id)).turns.find((one) => one.id === learner.id);
      expect(stored).toMatchObject(learner);
    }
    const view = await getSession(app.url, id);
    expect(view.turns.map((turn) => [turn.seq, turn.role, turn.status])).toEqual([
      [1, 'persona', 'complete'],
      [2, 'learner', 'complete'],
      [3, 'persona', 'complete'],
      [4, 'learner', 'complete'],
      [5, 'persona', 'complete'],
    ]);
  });

  it('asks the persona from what was held as it would from the rows: the same conversation, mood and state', async () => {
    const [held, read] = [await createSession(app.url), await createSession(app.url)];
    for (const reply of LEARNER_REPLIES.slice(0, 2)) {
      for (const id of [held, read]) assertComplete(await streamTurn(app.url, id, reply));
    }
    // The next reply: read early by the app that holds the session, and from its rows by the other.
    const requests: RecordedRequest[] = [];
    for (const [url, id] of [
      [app.url, held],
      [other.url, read],
    ] as const) {
      const asked = nextPersonaRequest(upstream);
      assertComplete(await streamTurn(url, id, LEARNER_REPLIES[2]!));
      requests.push((await asked)!);
    }
    expect(transcriptOf(requests[0]!)).toBe(transcriptOf(requests[1]!));
  });

  it('aborts the early request when another writer took a turn meanwhile, and answers from the rows', async () => {
    const id = await createSession(app.url);
    // Another process answers a turn: what the first app holds of the session is now stale.
    assertComplete(await streamTurn(other.url, id, LEARNER_REPLIES[0]!));
    const before = await getSession(app.url, id);
    const from = upstream.requests.length;
    upstream.enqueue(
      fake.text(STALE, { firstTokenDelayMs: 0, interTokenDelayMs: 30 }),
      fake.text(PERSONA_REPLY),
    );
    // The statement runs once the stale request's first words have come back.
    const asked = nextPersonaRequest(upstream);
    faulty.arm(async () => {
      if (await asked) await sleep(100);
    }, 'statement');
    const turn = await streamTurn(app.url, id, LEARNER_REPLIES[1]!);
    assertComplete(turn);
    expect(turn.text).toBe(PERSONA_REPLY);
    noStaleWords(turn);
    const [early, redone] = streaming(upstream, from);
    // The early request read the stale state (without the other process's turn), and was aborted.
    expect(transcriptOf(early!)).not.toContain(LEARNER_REPLIES[0]!);
    expect(early!.receivedAt).toBeLessThanOrEqual(faulty.ranAt());
    expect(await abortedSoon(early!)).toBe(true);
    // The turn was answered from the rows: the conversation with the other process's turn in it.
    expect(transcriptOf(redone!)).toContain(LEARNER_REPLIES[0]!);
    const after = await getSession(app.url, id);
    expect(after.turns.slice(0, before.turns.length)).toEqual(before.turns);
    expect(after.turns.slice(before.turns.length).map((one) => [one.role, one.content])).toEqual([
      ['learner', LEARNER_REPLIES[1]],
      ['persona', PERSONA_REPLY],
    ]);
    expect(JSON.stringify(after)).not.toContain('Stale');
    // A session another writer moves is not held again: its next reply waits for its rows, one request only.
    assertComplete(await streamTurn(app.url, id, LEARNER_REPLIES[2]!));
    expect(streaming(upstream, from)).toHaveLength(3);
  });

  it('aborts the early request when another turn holds the lease, and answers 409', async () => {
    const id = await createSession(app.url);
    upstream.enqueue(fake.text(PERSONA_REPLY, { firstTokenDelayMs: 1500 }));
    const running = streamTurn(other.url, id, LEARNER_REPLIES[0]!);
    // The other process's turn holds the lease once its request is out (its reply committed with the lease).
    const held = await nextPersonaRequest(upstream);
    expect(held).toBeDefined();
    await sleep(100);
    const from = upstream.requests.length;
    upstream.enqueue(fake.text(STALE, { firstTokenDelayMs: 0, interTokenDelayMs: 30 }));
    const asked = nextPersonaRequest(upstream);
    faulty.arm(async () => {
      if (await asked) await sleep(100);
    }, 'statement');
    const refused = await streamTurn(app.url, id, LEARNER_REPLIES[1]!);
    expect(refused.status).toBe(409);
    expect(refused.events).toEqual([
      {
        event: 'http-error',
        data: expect.objectContaining({ error: expect.objectContaining({ code: 'turn_in_progress' }) }),
      },
    ]);
    const [early] = streaming(upstream, from);
    expect(transcriptOf(early!)).toContain(LEARNER_REPLIES[1]!);
    expect(await abortedSoon(early!)).toBe(true);
    const answered = await running;
    assertComplete(answered);
    noStaleWords(answered);
    const view = await getSession(app.url, id);
    expect(view.turns.map((turn) => [turn.role, turn.content])).toEqual([
      ['persona', view.turns[0]!.content],
      ['learner', LEARNER_REPLIES[0]],
      ['persona', PERSONA_REPLY],
    ]);
  });

  it('reads no reply early for a session erased meanwhile: nothing of it reaches the model again', async () => {
    const id = await createSession(app.url);
    expect((await fetch(`${app.url}/v1/sessions/${id}`, { method: 'DELETE' })).status).toBe(204);
    const from = upstream.requests.length;
    const turn = await streamTurn(app.url, id, LEARNER_REPLIES[0]!);
    expect(turn.status).toBe(404);
    expect(upstream.requests.length).toBe(from);
  });

  // Another process can erase a session only on PostgreSQL: one process owns an embedded data dir, and every
  // erasure there goes through it (two apps on one PGlite database are not two processes).
  describe.runIf(kind === 'postgres')('another process', () => {
    it.each([
      ['the session', (id: string) => `/v1/sessions/${id}`],
      ['its learner', (_: string, learnerId: string) => `/v1/learners/${learnerId}`],
    ])(
      'reads no reply early for a session another process erased (%s): nothing of it reaches the model',
      async (_, erasing) => {
        const learnerId = `early-read-${crypto.randomUUID()}`;
        const started = await fetch(`${app.url}/v1/sessions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ scenarioId: LOAD_SCENARIO_ID, learnerId }),
        });
        const { id } = (await started.json()) as { id: string };
        // A turn answered here: the first app holds the session, its conversation with it.
        assertComplete(await streamTurn(app.url, id, LEARNER_REPLIES[0]!));
        // The other process erases it, and cannot tell the first.
        expect((await fetch(`${other.url}${erasing(id, learnerId)}`, { method: 'DELETE' })).status).toBe(204);
        const from = upstream.requests.length;
        const turn = await streamTurn(app.url, id, LEARNER_REPLIES[1]!);
        expect(turn.status).toBe(404);
        await sleep(100);
        expect(upstream.requests.slice(from)).toEqual([]);
      },
    );
  });
});
