import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/db.ts';
import { createTestApp } from '../../../test/harness.ts';
import { parseSse } from '../../../test/sse.ts';
import { validateStatement } from '../../../test/xapi-validator.ts';
import { sessions, turns as turnRows } from '../../db/schema/index.ts';
import type { SessionMode } from '../../vocabulary.ts';

// Take a reply back and try another: the turns become a tree of attempts, nothing is deleted, the persona
// answers the new reply from the state before the one it replaces, and the report compares the two.

const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

const SCENARIO = 'saying-no-extra-project';
const PUBLIC_URL = 'https://coach.example.org';
const FIRST = 'I can hear you are under a lot of pressure, Mark.';
const SECOND = "Whatever. Sort it out yourself, it's your problem.";
const BETTER =
  "No, we can't build it by June 1st: my team is full. Shall we go to Helen together tomorrow at ten?";

type View = {
  id: string;
  turns: {
    id: string;
    seq: number;
    role: string;
    content: string;
    mood?: { trust: number; tension: number };
    attempts?: { id: string; seq: number; content: string; answer: { content: string } | null }[];
  }[];
};

describe.each(databaseKinds())('trying a reply again on %s', (kind) => {
  async function setup(mode: SessionMode = 'practice') {
    const made = await createTestApp({ kind, env: { PUBLIC_URL } });
    const { app } = made;
    const res = await app.request('/v1/sessions', json({ scenarioId: SCENARIO, mode }));
    const session = await res.json();
    const say = async (content: string, key?: string) =>
      app.request(
        `/v1/sessions/${session.id}/turns`,
        json({ content }, key ? { 'idempotency-key': key } : {}),
      );
    const tryAgain = async (turnId: string, content: string, key?: string) =>
      app.request(
        `/v1/sessions/${session.id}/turns/${turnId}/attempts`,
        json({ content }, key ? { 'idempotency-key': key } : {}),
      );
    const view = async (): Promise<View> => (await app.request(`/v1/sessions/${session.id}`)).json();
    return { ...made, session, say, tryAgain, view };
  }

  it('answers a reply tried again from the state before the one it replaces, and keeps both', async () => {
    const { say, tryAgain, view } = await setup();
    await say(FIRST);
    const taken = await (await say(SECOND)).json();
    const before = await view();
    expect(before.turns.map((turn) => turn.seq)).toEqual([1, 2, 3, 4, 5]);

    // The same words again: with the state rewound, the same verdict, mood and answer as the first time.
    // (Heard after the reply it replaces, they would count as said twice, and the persona would move on.)
    const same = await tryAgain(taken.learner.id, SECOND);
    expect(same.status).toBe(200);
    const again = await same.json();
    expect(again.learner).toMatchObject({ seq: 6, content: SECOND });
    expect(again.mood).toEqual(taken.mood);
    expect(again.feedback.overall).toBe(taken.feedback.overall);
    expect(again.persona.content).toBe(taken.persona.content);

    const after = await view();
    expect(after.turns.map((turn) => turn.seq)).toEqual([1, 2, 3, 6, 7]);
    expect(after.turns[3]!.attempts).toMatchObject([
      { seq: 4, content: SECOND, answer: { content: taken.persona.content } },
    ]);
    expect(after.turns[1]!.attempts).toBeUndefined();
  });

  it('tries any earlier reply again, scores the path taken, and compares the tries side by side', async () => {
    const { app, session, say, tryAgain, view } = await setup();
    const first = await (await say(SECOND)).json();
    await say(FIRST);
    const better = await (await tryAgain(first.learner.id, BETTER)).json();
    expect(better.learner.seq).toBe(6);
    const now = await view();
    expect(now.turns.map((turn) => [turn.seq, turn.role])).toEqual([
      [1, 'persona'],
      [6, 'learner'],
      [7, 'persona'],
    ]);
    expect(now.turns[1]!.attempts!.map((attempt) => attempt.seq)).toEqual([2]);

    const report = await (await app.request(`/v1/sessions/${session.id}/end`, { method: 'POST' })).json();
    expect(report.learnerTurnCount).toBe(1);
    expect(report.overall).toBe(better.feedback.overall);
    expect(report.comparisons).toHaveLength(1);
    const [comparison] = report.comparisons;
    expect(comparison).toMatchObject({
      seq: 6,
      before: { seq: 2, reply: SECOND, overall: first.feedback.overall, answer: first.persona.content },
      after: { seq: 6, reply: BETTER, overall: better.feedback.overall, answer: better.persona.content },
    });
    expect(comparison.after.overall).toBeGreaterThan(comparison.before.overall);
    const courage = comparison.principles.find((p: { id: string }) => p.id === 'courage');
    const score = (result: { criteria: { id: string; score: number | null }[] }) =>
      result.criteria.find((c) => c.id === 'courage')!.score;
    expect(courage).toEqual({
      id: 'courage',
      before: score(first.feedback),
      after: score(better.feedback),
      difference: score(better.feedback)! - score(first.feedback)!,
    });
    expect(comparison.evidence.length).toBeGreaterThan(0);
    expect(JSON.stringify(comparison.evidence)).toContain("can't build it by June 1st");

    // Every try is a response of the same registration.
    const { statements } = await (await app.request(`/v1/sessions/${session.id}/xapi`)).json();
    const responded = statements.filter((s: { verb: { id: string } }) => s.verb.id.endsWith('/responded'));
    expect(responded).toHaveLength(3);
    expect(
      new Set(statements.map((s: { context: { registration: string } }) => s.context.registration)),
    ).toEqual(new Set([session.id]));
    const attempt = `${PUBLIC_URL}/xapi/extensions/attempt`;
    expect(
      responded.map(
        (s: { context: { extensions: Record<string, number> } }) => s.context.extensions[attempt],
      ),
    ).toEqual([undefined, undefined, 2]);
    for (const statement of statements) expect(validateStatement(statement)).toEqual([]);
  });

  it('replays a retried attempt, refuses a reused key, and keeps one turn at a time', async () => {
    const { deps, session, say, tryAgain, view } = await setup();
    const first = await (await say(FIRST)).json();
    const key = crypto.randomUUID();
    const made = await (await tryAgain(first.learner.id, BETTER, key)).json();
    const replayed = await tryAgain(first.learner.id, BETTER, key);
    expect(replayed.status).toBe(200);
    expect((await replayed.json()).persona.id).toBe(made.persona.id);
    const reused = await tryAgain(made.learner.id, 'Something else', key);
    expect(reused.status).toBe(422);
    expect((await reused.json()).error.code).toBe('idempotency_key_reused');
    expect((await view()).turns).toHaveLength(3);

    // Streamed, the same events as a turn.
    const streamed = await deps.db.db.select().from(turnRows).where(eq(turnRows.sessionId, session.id));
    expect(streamed).toHaveLength(5);
    await deps.db.db
      .update(sessions)
      .set({ turnLockedUntil: new Date(Date.now() + 60_000) })
      .where(eq(sessions.id, session.id));
    const busy = await tryAgain(made.learner.id, FIRST);
    expect(busy.status).toBe(409);
    expect((await busy.json()).error.code).toBe('turn_in_progress');
    await deps.db.db.update(sessions).set({ turnLockedUntil: null }).where(eq(sessions.id, session.id));
    const res = await tryAgain(made.learner.id, FIRST, undefined);
    expect(res.status).toBe(200);
  });

  it('streams a reply tried again like any turn', async () => {
    const { app, session, say } = await setup();
    const first = await (await say(FIRST)).json();
    const res = await app.request(`/v1/sessions/${session.id}/turns/${first.learner.id}/attempts`, {
      ...json({ content: BETTER }),
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    });
    const events = parseSse(await res.text()).map((event) => event.event);
    expect(events.filter((event) => event !== 'delta')).toEqual([
      'learner',
      'feedback',
      'mood',
      'persona',
      'done',
    ]);
  });

  it('refuses what cannot be taken back, with a clear error', async () => {
    const { say, tryAgain, view } = await setup();
    const first = await (await say(FIRST)).json();
    await tryAgain(first.learner.id, BETTER);

    const gone = await tryAgain(first.learner.id, SECOND);
    expect(gone.status).toBe(409);
    expect((await gone.json()).error).toMatchObject({
      code: 'conflict',
      message: 'That reply was taken back already: try again from a reply of the conversation as it stands.',
    });
    const persona = await tryAgain(first.persona.id, SECOND);
    expect(persona.status).toBe(422);
    expect((await persona.json()).error.code).toBe('unprocessable');
    const unknown = await tryAgain(crypto.randomUUID(), SECOND);
    expect(unknown.status).toBe(404);
    expect((await tryAgain('not-a-turn', SECOND)).status).toBe(404);
    const empty = await tryAgain((await view()).turns[1]!.id, '   ');
    expect(empty.status).toBe(400);
    expect((await view()).turns).toHaveLength(3);

    const assessment = await setup('assessment');
    const taken = await (await assessment.say(FIRST)).json();
    const refused = await assessment.tryAgain(taken.learner.id, BETTER);
    expect(refused.status).toBe(409);
    expect((await refused.json()).error.code).toBe('attempts_not_offered');
  });

  it('keeps the tree over a restart, and erases it with the session', async () => {
    const { deps, session, say, tryAgain } = await setup();
    const first = await (await say(FIRST)).json();
    await tryAgain(first.learner.id, BETTER);
    const restarted = await createTestApp({ kind, db: deps.db });
    const view = await (await restarted.app.request(`/v1/sessions/${session.id}`)).json();
    expect(view.turns.map((turn: { seq: number }) => turn.seq)).toEqual([1, 4, 5]);
    expect(view.turns[1].attempts.map((attempt: { seq: number }) => attempt.seq)).toEqual([2]);

    const erased = await restarted.app.request(`/v1/sessions/${session.id}`, { method: 'DELETE' });
    expect(erased.status).toBe(204);
    expect(await deps.db.db.select().from(turnRows).where(eq(turnRows.sessionId, session.id))).toEqual([]);
  });
});
