import { setTimeout as sleep } from 'node:timers/promises';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeBehaviour, type FakeOpenAI, fake, startFakeOpenAI } from '../../test/fake-openai.ts';
import { startTestServer } from '../../test/harness.ts';
import {
  assertComplete,
  createSession,
  eventNames,
  LEARNER_REPLIES,
  PERSONA_REPLY,
  streamTurn,
} from '../../test/session-client.ts';
import { createRehearseClient } from '../client/index.ts';
import { turnScores } from '../db/schema/index.ts';
import { PRINCIPLE_IDS } from '../rubric/index.ts';

// The persona starts at once: the mood moves from the heuristic's reading, the persona model is asked
// straight away, and the LLM judge once the persona's first word is out; its verdict goes out as `feedback`
// when it answers and is stored with the turn. The fake upstream serves both: the persona streams, the judge
// answers JSON.

const JUDGE_MS = 1000;

const verdict = {
  criteria: PRINCIPLE_IDS.map((id) => ({
    id,
    score: 3,
    quotes: ['I have to say no to the extra project'],
    costs: [],
    feedback: 'Judged.',
  })),
  tips: ['A judged tip.'],
};
const slowJudge: FakeBehaviour = { type: 'json', value: verdict, firstTokenDelayMs: JUDGE_MS };
/** The persona's first word comes well after its request: a judge asked beside it would arrive before. */
const steadyPersona = fake.text(PERSONA_REPLY, { firstTokenDelayMs: 20, interTokenDelayMs: 2 });

describe('a turn with an LLM judge', () => {
  let upstream: FakeOpenAI;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let judge: () => FakeBehaviour = () => slowJudge;
  let persona: () => FakeBehaviour = () => steadyPersona;

  beforeAll(async () => {
    upstream = await startFakeOpenAI({
      handler: (request) => (request.body?.stream === true ? persona() : judge()),
    });
    server = await startTestServer({
      env: { OPENAI_BASE_URL: upstream.url, ROLEPLAY_MODEL: 'fake', JUDGE_MODEL: 'fake-judge' },
    });
    // One turn first, so the timings below are not a cold process's.
    judge = () => fake.status(500);
    assertComplete(await streamTurn(server.url, await createSession(server.url), LEARNER_REPLIES[0]!));
  });
  afterAll(async () => {
    await server?.close();
    await upstream?.close();
  });
  beforeEach(() => {
    persona = () => steadyPersona;
  });

  const storedVerdicts = async (turnId: string) =>
    server.deps.db.db.select().from(turnScores).where(eq(turnScores.turnId, turnId));

  it("asks the persona at once: its first words come before a slow judge's feedback, which is stored", async () => {
    judge = () => slowJudge;
    const id = await createSession(server.url);
    const arrived: string[] = [];
    let firstDeltaAt = Number.NaN;
    const turn = await streamTurn(server.url, id, LEARNER_REPLIES[0]!, {
      onEvent: (event) => {
        if (event.event === 'delta' && Number.isNaN(firstDeltaAt)) firstDeltaAt = Date.now();
        arrived.push(event.event);
      },
    });
    assertComplete(turn);
    // learner, mood, the deltas, then the judge's verdict, the stored persona turn, done.
    expect(arrived[0]).toBe('learner');
    expect(arrived.indexOf('delta')).toBeGreaterThan(0);
    expect(arrived.indexOf('delta')).toBeLessThan(arrived.indexOf('feedback'));
    expect(arrived.filter((name) => name === 'feedback')).toHaveLength(1);
    expect(eventNames(turn)).toEqual(['learner', 'mood', 'feedback', 'persona', 'done']);

    const feedback = turn.events.find((event) => event.event === 'feedback')!.data as {
      engine: string;
      tips: string[];
    };
    expect(feedback).toMatchObject({ engine: 'llm', tips: ['A judged tip.'] });
    const learner = turn.events[0]!.data as { id: string };
    const [stored] = await storedVerdicts(learner.id);
    expect(stored).toMatchObject({ engine: 'llm', overall: (feedback as { overall?: number }).overall });

    // The judge was asked only once the persona's first word had gone out, and that word reached the learner
    // long before the judge answered.
    const [judged, persona] = [
      upstream.requests.findLast((request) => request.body?.model === 'fake-judge')!,
      upstream.requests.findLast((request) => request.body?.stream === true)!,
    ];
    expect(judged.receivedAt).toBeGreaterThanOrEqual(persona.firstChunkAt!);
    expect(firstDeltaAt).toBeLessThan(judged.finishedAt!);

    // A retry with the same key replays the stored verdict.
    const key = crypto.randomUUID();
    const first = await streamTurn(server.url, id, LEARNER_REPLIES[1]!, {
      idempotencyKey: key,
    });
    assertComplete(first);
    const replay = await streamTurn(server.url, id, LEARNER_REPLIES[1]!, {
      idempotencyKey: key,
    });
    expect(eventNames(replay)).toEqual(['learner', 'feedback', 'mood', 'persona', 'done']);
    expect(replay.events[1]!.data).toEqual(first.events.find((event) => event.event === 'feedback')!.data);
  });

  it('answers the judge’s verdict in the JSON answer too', async () => {
    judge = () => slowJudge;
    const id = await createSession(server.url);
    const res = await fetch(`${server.url}/v1/sessions/${id}/turns`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ content: LEARNER_REPLIES[0] }),
    });
    expect(res.status).toBe(200);
    const answer = await res.json();
    expect(answer.feedback.engine).toBe('llm');
    expect(answer.persona.content).toBe(PERSONA_REPLY);
  });

  it('the typed client yields the judge’s feedback after the deltas', async () => {
    judge = () => slowJudge;
    const client = createRehearseClient(server.url);
    const session = await client.createSession({ scenarioId: 'saying-no-extra-project' });
    const types: string[] = [];
    for await (const event of client.streamTurn(session.id, LEARNER_REPLIES[0]!)) types.push(event.type);
    expect(types.indexOf('delta')).toBeLessThan(types.indexOf('feedback'));
    expect(types.at(-1)).toBe('done');
  });

  it('falls back to the heuristic verdict when the judge fails, and keeps the turn', async () => {
    judge = () => fake.status(500);
    const id = await createSession(server.url);
    const turn = await streamTurn(server.url, id, LEARNER_REPLIES[0]!);
    assertComplete(turn);
    expect(turn.text).toBe(PERSONA_REPLY);
    const feedback = turn.events.find((event) => event.event === 'feedback')!.data as { engine: string };
    expect(feedback.engine).toBe('heuristic-fallback');
    const learner = turn.events[0]!.data as { id: string };
    expect(await storedVerdicts(learner.id)).toEqual([
      expect.objectContaining({ engine: 'heuristic-fallback' }),
    ]);
  });

  it('stores the judge’s verdict in assessment mode without sending it', async () => {
    judge = () => slowJudge;
    const created = await fetch(`${server.url}/v1/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ scenarioId: 'saying-no-extra-project', mode: 'assessment' }),
    });
    const { id } = await created.json();
    const turn = await streamTurn(server.url, id, LEARNER_REPLIES[0]!);
    assertComplete(turn);
    expect(eventNames(turn)).toEqual(['learner', 'mood', 'persona', 'done']);
    const learner = turn.events[0]!.data as { id: string };
    expect(await storedVerdicts(learner.id)).toEqual([expect.objectContaining({ engine: 'llm' })]);
  });

  it('asks the judge when the persona fails without a word, and keeps its verdict', async () => {
    judge = () => ({ type: 'json', value: verdict });
    persona = () => fake.status(400);
    const id = await createSession(server.url);
    const turn = await streamTurn(server.url, id, LEARNER_REPLIES[0]!);
    expect(eventNames(turn)).toEqual(['learner', 'mood', 'feedback', 'error']);
    const learner = turn.events[0]!.data as { id: string };
    expect(await storedVerdicts(learner.id)).toEqual([expect.objectContaining({ engine: 'llm' })]);
  });

  it('stops asking both the persona and the judge when the learner leaves', async () => {
    judge = () => slowJudge;
    // Slow enough that the learner leaves mid-answer, once the judge has been asked.
    persona = () => fake.text(PERSONA_REPLY, { firstTokenDelayMs: 20, interTokenDelayMs: 100 });
    const id = await createSession(server.url);
    const sent = upstream.requests.length;
    const client = new AbortController();
    let deltas = 0;
    let learnerId = '';
    const turn = streamTurn(server.url, id, LEARNER_REPLIES[0]!, {
      signal: client.signal,
      onEvent: (event) => {
        if (event.event === 'learner') learnerId = (event.data as { id: string }).id;
        if (event.event === 'delta' && ++deltas === 2) client.abort();
      },
    });
    await expect(turn).rejects.toThrow();
    const asked = upstream.requests.slice(sent);
    expect(asked.map((request) => request.body?.model)).toEqual(['fake', 'fake-judge']);
    for (let waited = 0; !asked.every((request) => request.aborted) && waited < 2000; waited += 20) {
      await sleep(20);
    }
    expect(asked.map((request) => [request.aborted, request.finishedAt])).toEqual([
      [true, undefined],
      [true, undefined],
    ]);
    // The judge was stopped, not failed: the rules' verdict is stored as theirs, not as a fallback.
    let stored = await storedVerdicts(learnerId);
    for (let waited = 0; stored.length === 0 && waited < 2000; waited += 20) {
      await sleep(20);
      stored = await storedVerdicts(learnerId);
    }
    expect(stored).toEqual([expect.objectContaining({ engine: 'heuristic' })]);
  });
});

describe('a turn without a judge', () => {
  it('sends the heuristic verdict first, before the mood and the persona', async () => {
    const upstream = await startFakeOpenAI({ behaviour: fake.text(PERSONA_REPLY) });
    const server = await startTestServer({ env: { OPENAI_BASE_URL: upstream.url, ROLEPLAY_MODEL: 'fake' } });
    try {
      const id = await createSession(server.url);
      const turn = await streamTurn(server.url, id, LEARNER_REPLIES[0]!);
      expect(eventNames(turn)).toEqual(['learner', 'feedback', 'mood', 'persona', 'done']);
      expect((turn.events[1]!.data as { engine: string }).engine).toBe('heuristic');
    } finally {
      await server.close();
      await upstream.close();
    }
  });
});
