import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { turns } from '../src/db/schema/index.ts';
import { type FakeOpenAI, fake, startFakeOpenAI } from './fake-openai.ts';
import { startTestServer } from './harness.ts';
import { createSession, eventNames, LEARNER_REPLIES, PERSONA_REPLY, streamTurn } from './session-client.ts';

// A class of a hundred learners at once: every streamed turn answered, every word stored.

const SESSIONS = 100;
const TURNS = 3;

describe('load: 100 concurrent sessions × 3 streamed turns against the fake upstream', () => {
  let upstream: FakeOpenAI;
  let server: Awaited<ReturnType<typeof startTestServer>>;

  beforeAll(async () => {
    upstream = await startFakeOpenAI({ behaviour: fake.text(PERSONA_REPLY, { firstTokenDelayMs: 5 }) });
    server = await startTestServer({ env: { OPENAI_BASE_URL: upstream.url, ROLEPLAY_MODEL: 'fake' } });
  });
  afterAll(async () => {
    await server?.close();
    await upstream?.close();
  });

  it('answers every turn without an error and stores every learner and persona turn', async () => {
    const ids = await Promise.all(Array.from({ length: SESSIONS }, () => createSession(server.url)));
    const failures: string[] = [];
    await Promise.all(
      ids.map(async (id) => {
        for (let turn = 0; turn < TURNS; turn++) {
          const result = await streamTurn(server.url, id, LEARNER_REPLIES[turn]!);
          const names = eventNames(result);
          if (result.status !== 200 || names.at(-1) !== 'done' || names.includes('error')) {
            failures.push(`${id} turn ${turn + 1}: ${result.status} ${JSON.stringify(result.events.at(-1))}`);
          } else if (result.text !== PERSONA_REPLY) {
            failures.push(`${id} turn ${turn + 1}: streamed ${JSON.stringify(result.text)}`);
          }
        }
      }),
    );
    expect(failures).toEqual([]);

    const rows = await server.deps.db.db
      .select({ sessionId: turns.sessionId, seq: turns.seq, role: turns.role, content: turns.content })
      .from(turns)
      .where(and(inArray(turns.sessionId, ids), eq(turns.status, 'complete')))
      .orderBy(turns.sessionId, turns.seq);
    for (const id of ids) {
      const own = rows.filter((row) => row.sessionId === id);
      const learner = own.filter((row) => row.role === 'learner').map((row) => row.content);
      expect(learner).toEqual(LEARNER_REPLIES.slice(0, TURNS));
      // Every learner turn is followed by the persona's complete answer (after the opening, if any).
      const answers = own.filter(
        (row) => row.role === 'persona' && row.seq > own.find((r) => r.role === 'learner')!.seq,
      );
      expect(answers.map((row) => row.content)).toEqual(Array(TURNS).fill(PERSONA_REPLY));
      expect(own.map((row) => row.seq)).toEqual(own.map((_, index) => index + 1));
    }
    const streamed = upstream.requests.filter((request) => request.body?.stream === true);
    expect(streamed.length).toBe(SESSIONS * TURNS);
  }, 180_000);
});
