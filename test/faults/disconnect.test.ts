import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeOpenAI, fake, startFakeOpenAI } from '../fake-openai.ts';
import { startTestServer } from '../harness.ts';
import { createSession, LEARNER_REPLIES, PERSONA_REPLY, streamTurn } from '../session-client.ts';
import { expectLearnerKept, expectUsable, getSession } from './helpers.ts';

// The learner closes the tab mid-answer: the coach stops asking the model at once, keeps what was said,
// marks nothing half-said as complete, and frees the session for the next turn.

const SLOW = fake.text(`${PERSONA_REPLY} ${PERSONA_REPLY}`, {
  firstTokenDelayMs: 10,
  interTokenDelayMs: 100,
});

describe('a client that disconnects mid-stream', () => {
  let upstream: FakeOpenAI;
  let server: Awaited<ReturnType<typeof startTestServer>>;

  beforeAll(async () => {
    upstream = await startFakeOpenAI({ behaviour: fake.text(PERSONA_REPLY) });
    server = await startTestServer({ env: { OPENAI_BASE_URL: upstream.url, ROLEPLAY_MODEL: 'fake' } });
  });
  afterAll(async () => {
    await server?.close();
    await upstream?.close();
  });

  it('aborts the upstream request within a second and leaves the session usable', async () => {
    const id = await createSession(server.url);
    upstream.enqueue(SLOW);
    const client = new AbortController();
    let leftAt = 0;
    const turn = streamTurn(server.url, id, LEARNER_REPLIES[0]!, {
      signal: client.signal,
      onEvent: (event) => {
        if (event.event === 'delta' && !leftAt) {
          leftAt = Date.now();
          client.abort();
        }
      },
    });
    await expect(turn).rejects.toThrow();
    expect(leftAt).toBeGreaterThan(0);

    const request = upstream.requests.at(-1)!;
    for (let waited = 0; !request.aborted && waited < 2000; waited += 20) await sleep(20);
    expect(request.aborted).toBe(true);
    expect(request.abortedAt! - leftAt).toBeLessThan(1000);
    expect(request.finishedAt).toBeUndefined();

    // The server notices, stores what it has, and releases the session: the next turn goes through.
    let view = await getSession(server.url, id);
    for (let waited = 0; waited < 2000; waited += 50) {
      view = await getSession(server.url, id);
      if (view.turns.at(-1)?.role === 'persona') break;
      await sleep(50);
    }
    expectLearnerKept(view, LEARNER_REPLIES[0]!);
    let next = await streamTurn(server.url, id, LEARNER_REPLIES[1]!);
    for (let waited = 0; next.status === 409 && waited < 2000; waited += 100) {
      await sleep(100);
      next = await streamTurn(server.url, id, LEARNER_REPLIES[1]!);
    }
    expect(next.status).toBe(200);
    const after = await getSession(server.url, id);
    await expectUsable(server.url, id, after);
  });
});
