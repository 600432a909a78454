import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeBehaviour, type FakeOpenAI, fake, startFakeOpenAI, tokenize } from '../fake-openai.ts';
import { startTestServer } from '../harness.ts';
import {
  assertComplete,
  createSession,
  LEARNER_REPLIES,
  PERSONA_REPLY,
  streamTurn,
} from '../session-client.ts';
import { errorEvent, expectLearnerKept, expectUsable, getSession } from './helpers.ts';

// The upstream model failing in every way the fake can: the SDK's bounded retries, then an `error`
// event; the learner's turn stays stored and the session stays usable.

const IDLE_MS = 300;

describe('upstream faults during a streamed turn', () => {
  let upstream: FakeOpenAI;
  let server: Awaited<ReturnType<typeof startTestServer>>;

  beforeAll(async () => {
    upstream = await startFakeOpenAI({ behaviour: fake.text(PERSONA_REPLY) });
    server = await startTestServer({
      env: {
        OPENAI_BASE_URL: upstream.url,
        ROLEPLAY_MODEL: 'fake',
        LLM_IDLE_TIMEOUT_MS: String(IDLE_MS),
        LLM_TIMEOUT_MS: '5000',
      },
    });
  });
  afterAll(async () => {
    await server?.close();
    await upstream?.close();
  });

  /** A session with one good turn behind it, so the fault hits a conversation in progress. */
  async function conversation() {
    const id = await createSession(server.url);
    assertComplete(await streamTurn(server.url, id, LEARNER_REPLIES[0]!));
    return { id, before: await getSession(server.url, id) };
  }

  const failing: [string, FakeBehaviour[], string][] = [
    ['500 on every attempt', [fake.status(500), fake.status(500), fake.status(500)], 'upstream_error'],
    [
      '429 on every attempt',
      [fake.rateLimited('0'), fake.rateLimited('0'), fake.rateLimited('0')],
      'upstream_rate_limited',
    ],
    ['a connection reset on every attempt', [fake.reset(), fake.reset(), fake.reset()], 'upstream_error'],
  ];

  it.each(failing)(
    '%s: bounded retries, then an error event; the session stays usable',
    async (_, behaviours, code) => {
      const { id, before } = await conversation();
      const sent = upstream.requests.length;
      upstream.enqueue(...behaviours);
      const turn = await streamTurn(server.url, id, LEARNER_REPLIES[1]!);
      expect(turn.status).toBe(200);
      expect(errorEvent(turn).code).toBe(code);
      // The SDK's retries are bounded: the first attempt and two more, no further.
      expect(upstream.requests.length - sent).toBe(3);
      const view = await getSession(server.url, id);
      expect(view.turns.slice(0, before.turns.length)).toEqual(before.turns);
      const { learner, after } = expectLearnerKept(view, LEARNER_REPLIES[1]!);
      expect(after).toEqual([]);
      // The verdict stays with the learner turn, and the mood it moved is the session's.
      expect(learner.mood).toEqual(view.mood);
      expect(learner.mood).not.toEqual(before.mood);
      await expectUsable(server.url, id, view);
    },
  );

  it.each([
    ['a single 500', fake.status(500)],
    ['a single connection reset', fake.reset()],
  ])('%s is retried and the turn completes', async (_, behaviour) => {
    const { id } = await conversation();
    upstream.enqueue(behaviour);
    const turn = await streamTurn(server.url, id, LEARNER_REPLIES[1]!);
    assertComplete(turn);
    expect(turn.text).toBe(PERSONA_REPLY);
  });

  it('429 with retry-after: waits as told, then completes', async () => {
    const { id } = await conversation();
    const sent = upstream.requests.length;
    upstream.enqueue(fake.rateLimited('1'));
    const turn = await streamTurn(server.url, id, LEARNER_REPLIES[1]!);
    assertComplete(turn);
    const [limited, retried] = upstream.requests.slice(sent);
    expect(retried!.receivedAt - limited!.receivedAt).toBeGreaterThanOrEqual(900);
  });

  it('a cut stream: the persona turn is stored as interrupted with what came, error event, next turn works', async () => {
    const { id, before } = await conversation();
    upstream.enqueue(fake.cut(PERSONA_REPLY, 4));
    const turn = await streamTurn(server.url, id, LEARNER_REPLIES[1]!);
    expect(errorEvent(turn).code).toBe('upstream_interrupted');
    const partial = tokenize(PERSONA_REPLY).slice(0, 4).join('');
    expect(turn.text).toBe(partial);
    const view = await getSession(server.url, id);
    const { after } = expectLearnerKept(view, LEARNER_REPLIES[1]!);
    expect(after).toEqual([expect.objectContaining({ content: partial.trim(), status: 'interrupted' })]);
    expect(view.turns.slice(0, before.turns.length)).toEqual(before.turns);
    await expectUsable(server.url, id, view);
  });

  it('a stalled stream: the idle watchdog aborts the upstream request and sends an error event', async () => {
    const { id } = await conversation();
    upstream.enqueue({ type: 'stall', chunks: ['Well,'] });
    const started = Date.now();
    const turn = await streamTurn(server.url, id, LEARNER_REPLIES[1]!);
    expect(errorEvent(turn).code).toBe('upstream_timeout');
    expect(Date.now() - started).toBeLessThan(IDLE_MS + 3000);
    const stalled = upstream.requests.at(-1)!;
    expect(stalled.behaviour).toBe('stall');
    for (let waited = 0; !stalled.aborted && waited < 1000; waited += 20) await sleep(20);
    expect(stalled.aborted).toBe(true);
    const view = await getSession(server.url, id);
    expect(expectLearnerKept(view, LEARNER_REPLIES[1]!).after).toEqual([
      expect.objectContaining({ content: 'Well,', status: 'interrupted' }),
    ]);
    await expectUsable(server.url, id, view);
  });

  it('without streaming, a failed upstream answers 502 in the error shape and names the stored learner turn', async () => {
    const { id } = await conversation();
    upstream.enqueue(fake.status(500), fake.status(500), fake.status(500));
    const res = await fetch(`${server.url}/v1/sessions/${id}/turns`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ content: LEARNER_REPLIES[1] }),
    });
    expect(res.status).toBe(502);
    const body = await res.json();
    expect(body).toMatchObject({
      error: {
        code: 'upstream_error',
        message: expect.any(String),
        requestId: expect.any(String),
        details: { learner: { role: 'learner', content: LEARNER_REPLIES[1], status: 'complete' } },
      },
    });
    const view = await getSession(server.url, id);
    expectLearnerKept(view, LEARNER_REPLIES[1]!);
    await expectUsable(server.url, id, view);
  });
});

describe('the judge answering nonsense', () => {
  let upstream: FakeOpenAI;
  let server: Awaited<ReturnType<typeof startTestServer>>;

  beforeAll(async () => {
    // The role-player streams; the judge asks for structured JSON and gets something that is not.
    upstream = await startFakeOpenAI({
      handler: (request) =>
        request.body?.stream === true ? fake.text(PERSONA_REPLY) : fake.rawJson('{"criteria": [ {"id": '),
    });
    server = await startTestServer({
      env: { OPENAI_BASE_URL: upstream.url, ROLEPLAY_MODEL: 'fake', JUDGE_MODEL: 'fake-judge' },
    });
  });
  afterAll(async () => {
    await server?.close();
    await upstream?.close();
  });

  it('falls back to the heuristic rubric, says so, and the turn completes', async () => {
    const id = await createSession(server.url);
    const turn = await streamTurn(server.url, id, LEARNER_REPLIES[0]!);
    assertComplete(turn);
    const feedback = turn.events.find((event) => event.event === 'feedback')!.data as { engine: string };
    expect(feedback.engine).toBe('heuristic-fallback');
    expect(upstream.requests.some((request) => request.body?.model === 'fake-judge')).toBe(true);
    const view = await getSession(server.url, id);
    expect(view.turns.filter((t) => t.role === 'learner')).toEqual([
      expect.objectContaining({ content: LEARNER_REPLIES[0], status: 'complete' }),
    ]);
  });
});
