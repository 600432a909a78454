import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/db.ts';
import { type FakeOpenAI, fake, startFakeOpenAI } from '../../../test/fake-openai.ts';
import { createTestApp, type TestAppOptions } from '../../../test/harness.ts';
import { counterfactuals, sessions } from '../../db/schema/index.ts';
import { createScriptedRolePlayer, initialMood, type RolePlayer } from '../../roleplay/index.ts';
import type { SessionMode } from '../../vocabulary.ts';

// "What if I had said…": an alternative played at a learner turn, beside the real one, without leaving the
// path taken; scored and answered from the same point, kept, replayed by its key, one turn at a time.

const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

const SCENARIO = 'saying-no-extra-project';
const FIRST = "Whatever. Sort it out yourself, it's your problem.";
const SECOND = 'I can hear you are under a lot of pressure, Mark.';
const BETTER =
  "No, we can't build it by June 1st: my team is full. Shall we go to Helen together tomorrow at ten?";

type Played = {
  id: string;
  turnId: string;
  seq: number;
  source: string;
  content: string;
  feedback: { overall: number };
  moodBefore: { trust: number; tension: number; label: string };
  mood: { trust: number; tension: number; label: string };
  answer: string;
};

/** The scripted persona, counting how often it is asked. */
function countingPersona() {
  const scripted = createScriptedRolePlayer();
  const player: RolePlayer & { asked: number } = {
    kind: 'scripted',
    asked: 0,
    respond(input, options) {
      player.asked += 1;
      return scripted.respond(input, options);
    },
  };
  return player;
}

async function setup(options: TestAppOptions & { mode?: SessionMode; learnerId?: string } = {}) {
  const { mode = 'practice', learnerId, ...rest } = options;
  const made = await createTestApp(rest);
  const { app } = made;
  const res = await app.request('/v1/sessions', json({ scenarioId: SCENARIO, mode, learnerId }));
  const session = await res.json();
  const say = async (content: string) =>
    (await app.request(`/v1/sessions/${session.id}/turns`, json({ content }))).json();
  const tryAgain = async (turnId: string, content: string) =>
    app.request(`/v1/sessions/${session.id}/turns/${turnId}/attempts`, json({ content }));
  const whatIf = async (turnId: string, body: unknown, key?: string) =>
    app.request(
      `/v1/sessions/${session.id}/turns/${turnId}/counterfactuals`,
      json(body, key ? { 'idempotency-key': key } : {}),
    );
  const view = async () => (await app.request(`/v1/sessions/${session.id}`)).json();
  return { ...made, session, say, tryAgain, whatIf, view };
}

describe.each(databaseKinds())('what if I had said… on %s', (kind) => {
  it('plays an alternative from the same point, beside the real reply, and leaves the conversation as it was', async () => {
    const { app, deps, session, say, tryAgain, whatIf, view } = await setup({ kind });
    const first = await say(FIRST);
    await say(SECOND);
    const before = await view();

    const res = await whatIf(first.learner.id, { source: 'own', content: BETTER });
    expect(res.status).toBe(201);
    const played: Played = await res.json();
    const start = initialMood(deps.scenarios.get(SCENARIO)!);
    expect(played).toMatchObject({ turnId: first.learner.id, seq: 2, source: 'own', content: BETTER });
    // Heard in the mood the real first reply was heard in: the scenario's starting mood.
    expect(played.moodBefore).toEqual(start);
    expect(played.feedback.overall).toBeGreaterThan(first.feedback.overall);
    expect(played.mood.trust).toBeGreaterThan(first.mood.trust);

    // Nothing of the conversation moved: the same path, the same mood, the alternative kept on its turn.
    const after = await view();
    expect(after.mood).toEqual(before.mood);
    expect(after.turns.map((turn: { seq: number }) => turn.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(after.turns[1].counterfactuals).toEqual([played]);
    expect(after.turns[3].counterfactuals).toBeUndefined();

    // The same reply tried for real at that point gets the same verdict, mood and answer: the same point.
    const real = await (await tryAgain(first.learner.id, BETTER)).json();
    expect(real.feedback.overall).toBe(played.feedback.overall);
    expect(real.mood).toEqual(played.mood);
    expect(real.persona.content).toBe(played.answer);
    // Taken back, the reply keeps what was played at it, as an attempt; its alternatives stay in the store.
    const gone = await whatIf(first.learner.id, { source: 'golden' });
    expect(gone.status).toBe(409);
    expect((await gone.json()).error.code).toBe('conflict');

    // The report sets it beside the reply said, scores, answers and moods.
    const third = await say(SECOND);
    const suggested: Played = await (await whatIf(third.learner.id, { source: 'suggested' })).json();
    const golden: Played = await (await whatIf(third.learner.id, { source: 'golden' })).json();
    const goldenAgain: Played = await (await whatIf(third.learner.id, { source: 'golden' })).json();
    expect(suggested.content.length).toBeGreaterThan(10);
    expect(suggested.content).not.toBe(SECOND);
    expect(golden.content).toMatch(/^I can hear you're in a tight spot, Mark/);
    expect(goldenAgain.content).not.toBe(golden.content);
    const report = await (await app.request(`/v1/sessions/${session.id}/end`, { method: 'POST' })).json();
    expect(report.counterfactuals.map((entry: { source: string }) => entry.source)).toEqual([
      'suggested',
      'golden',
      'golden',
    ]);
    const [entry] = report.counterfactuals;
    expect(entry).toMatchObject({
      seq: third.learner.seq,
      before: { reply: SECOND, overall: third.feedback.overall, answer: third.persona.content },
      after: { reply: suggested.content, overall: suggested.feedback.overall, answer: suggested.answer },
      mood: { before: suggested.moodBefore, said: third.mood, alternative: suggested.mood },
    });
    expect(entry.principles).toHaveLength(5);
    // The alternatives played at the reply taken back are not on the path: the report reads the path.
    expect(report.counterfactuals.some((one: { seq: number }) => one.seq === 2)).toBe(false);
    expect(report.learnerTurnCount).toBe(2);
  });

  it('replays by its key without asking the persona again, refuses a reused key, and keeps one turn at a time', async () => {
    const persona = countingPersona();
    const { deps, session, say, whatIf } = await setup({ kind, rolePlayer: persona });
    const first = await say(FIRST);
    const asked = persona.asked;
    const key = crypto.randomUUID();
    const made = await whatIf(first.learner.id, { source: 'own', content: BETTER }, key);
    expect(made.status).toBe(201);
    const played = await made.json();
    const again = await whatIf(first.learner.id, { source: 'own', content: BETTER }, key);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(played);
    expect(persona.asked).toBe(asked + 1);
    const reused = await whatIf(first.learner.id, { source: 'own', content: SECOND }, key);
    expect(reused.status).toBe(422);
    expect((await reused.json()).error.code).toBe('idempotency_key_reused');

    // While a turn holds the session, no alternative runs; one kept before is still answered.
    await deps.db.db
      .update(sessions)
      .set({ turnLockedUntil: new Date(Date.now() + 60_000) })
      .where(eq(sessions.id, session.id));
    const busy = await whatIf(first.learner.id, { source: 'golden' });
    expect(busy.status).toBe(409);
    expect((await busy.json()).error.code).toBe('turn_in_progress');
    expect((await whatIf(first.learner.id, { source: 'own', content: BETTER }, key)).status).toBe(200);
    await deps.db.db.update(sessions).set({ turnLockedUntil: null }).where(eq(sessions.id, session.id));

    // Two at once: one runs, the other is told a turn is in progress; the lease is free again after.
    const racing = await Promise.all([
      whatIf(first.learner.id, { source: 'golden' }),
      whatIf(first.learner.id, { source: 'suggested' }),
    ]);
    expect(racing.map((res) => res.status).sort()).toEqual([201, 409]);
    const [row] = await deps.db.db.select().from(sessions).where(eq(sessions.id, session.id));
    expect(row!.turnLockedUntil).toBeNull();
    const stored = await deps.db.db
      .select()
      .from(counterfactuals)
      .where(eq(counterfactuals.sessionId, session.id));
    expect(stored).toHaveLength(2);
  });

  it('refuses what cannot be played, with a clear error', async () => {
    const { app, session, say, whatIf } = await setup({ kind });
    const first = await say(FIRST);
    const persona = await whatIf(first.persona.id, { source: 'golden' });
    expect(persona.status).toBe(422);
    expect((await persona.json()).error.code).toBe('unprocessable');
    expect((await whatIf(crypto.randomUUID(), { source: 'golden' })).status).toBe(404);
    expect((await whatIf(first.learner.id, { source: 'own' })).status).toBe(400);
    expect((await whatIf(first.learner.id, { source: 'own', content: '  ' })).status).toBe(400);
    expect((await whatIf(first.learner.id, { source: 'other' })).status).toBe(400);
    expect((await whatIf(first.learner.id, { source: 'golden', content: BETTER })).status).toBe(400);

    await app.request(`/v1/sessions/${session.id}/end`, { method: 'POST' });
    const ended = await whatIf(first.learner.id, { source: 'golden' });
    expect(ended.status).toBe(409);
    expect((await ended.json()).error.code).toBe('session_ended');

    const assessment = await setup({ kind, mode: 'assessment' });
    const taken = await assessment.say(FIRST);
    const refused = await assessment.whatIf(taken.learner.id, { source: 'golden' });
    expect(refused.status).toBe(409);
    expect((await refused.json()).error.code).toBe('counterfactuals_not_offered');
  });

  it('counts replies, tries and alternatives toward the replies a session may have', async () => {
    const env = { MAX_TURNS_PER_SESSION: '3' };
    const tries = await setup({ kind, env });
    const first = await tries.say(FIRST);
    const second = await (await tries.tryAgain(first.learner.id, SECOND)).json();
    expect((await tries.tryAgain(second.learner.id, BETTER)).status).toBe(200);
    const over = await tries.app.request(`/v1/sessions/${tries.session.id}/turns`, json({ content: BETTER }));
    expect(over.status).toBe(422);
    expect((await over.json()).error.code).toBe('turn_limit_reached');

    const mixed = await setup({ kind, env });
    const reply = await mixed.say(FIRST);
    expect((await mixed.whatIf(reply.learner.id, { source: 'golden' })).status).toBe(201);
    expect((await mixed.whatIf(reply.learner.id, { source: 'suggested' })).status).toBe(201);
    const capped = await mixed.whatIf(reply.learner.id, { source: 'own', content: BETTER });
    expect(capped.status).toBe(422);
    expect((await capped.json()).error.code).toBe('turn_limit_reached');
    const turn = await mixed.app.request(`/v1/sessions/${mixed.session.id}/turns`, json({ content: BETTER }));
    expect(turn.status).toBe(422);
  });

  it('keeps alternatives over a restart, and erases them with the session or the learner', async () => {
    const learnerId = `learner-${crypto.randomUUID()}`;
    const { deps, session, say, whatIf } = await setup({ kind, learnerId });
    const first = await say(FIRST);
    const played = await (await whatIf(first.learner.id, { source: 'golden' })).json();
    const restarted = await createTestApp({ kind, db: deps.db });
    const view = await (await restarted.app.request(`/v1/sessions/${session.id}`)).json();
    expect(view.turns[1].counterfactuals).toEqual([played]);

    const rows = () =>
      deps.db.db.select().from(counterfactuals).where(eq(counterfactuals.sessionId, session.id));
    expect(await rows()).toHaveLength(1);
    const erased = await restarted.app.request(`/v1/sessions/${session.id}`, { method: 'DELETE' });
    expect(erased.status).toBe(204);
    expect(await rows()).toEqual([]);

    const other = await setup({ kind, learnerId: `learner-${crypto.randomUUID()}`, db: deps.db });
    const reply = await other.say(FIRST);
    await other.whatIf(reply.learner.id, { source: 'suggested' });
    const theirs = () =>
      deps.db.db.select().from(counterfactuals).where(eq(counterfactuals.sessionId, other.session.id));
    expect(await theirs()).toHaveLength(1);
    const learner = (await other.view()).learnerId;
    expect((await other.app.request(`/v1/learners/${learner}`, { method: 'DELETE' })).status).toBe(204);
    expect(await theirs()).toEqual([]);
  });
});

describe('what if I had said…, and trying a reply again, against the model', () => {
  let upstream: FakeOpenAI;
  beforeAll(async () => {
    upstream = await startFakeOpenAI();
  });
  afterAll(() => upstream?.close());

  const env = () => ({
    OPENAI_BASE_URL: upstream.url,
    ROLEPLAY_MODEL: 'fake-persona',
    LLM_TIMEOUT_MS: '2000',
  });
  const spoken = (request: { body: { messages: { role: string; content: string }[] } }) =>
    JSON.stringify(request.body.messages);

  it("answers an alternative with the model's words, from the conversation before the reply it stands for", async () => {
    const { say, whatIf, view } = await setup({ env: env() });
    upstream.enqueue(fake.text(['Well, ', 'if you say so.']));
    const first = await say(FIRST);
    expect(first.persona.content).toBe('Well, if you say so.');
    upstream.enqueue(fake.text('Thanks for being straight with me.'));
    const seen = upstream.requests.length;
    const res = await whatIf(first.learner.id, { source: 'own', content: BETTER });
    expect(res.status).toBe(201);
    const played: Played = await res.json();
    expect(played.answer).toBe('Thanks for being straight with me.');
    const asked = upstream.requests.slice(seen);
    expect(asked).toHaveLength(1);
    expect(spoken(asked[0]!)).toContain("can't build it by June 1st");
    expect(spoken(asked[0]!)).not.toContain('Sort it out yourself');
    expect(spoken(asked[0]!)).not.toContain('if you say so');
    expect((await view()).turns[1].counterfactuals[0].answer).toBe(played.answer);

    // A model that fails keeps nothing: the same request with its key plays it again.
    upstream.enqueue(fake.status(500), fake.status(500), fake.status(500));
    const key = crypto.randomUUID();
    const failed = await whatIf(first.learner.id, { source: 'golden' }, key);
    expect(failed.status).toBe(502);
    upstream.enqueue(fake.text('Fair enough.'));
    const retried = await whatIf(first.learner.id, { source: 'golden' }, key);
    expect(retried.status).toBe(201);
    expect((await retried.json()).answer).toBe('Fair enough.');
  });

  it('answers a reply tried again from the state before the one it replaces, with the model', async () => {
    const { session, say, tryAgain, view, app } = await setup({ env: env() });
    upstream.enqueue(fake.text('Fine. Whatever.'));
    const first = await say(FIRST);
    upstream.enqueue(fake.text('Right, I see.'));
    await say(SECOND);
    upstream.enqueue(fake.text(['OK, ', "let's go to Helen."]));
    const seen = upstream.requests.length;
    const res = await tryAgain(first.learner.id, BETTER);
    expect(res.status).toBe(200);
    const again = await res.json();
    expect(again.persona.content).toBe("OK, let's go to Helen.");
    const asked = upstream.requests.slice(seen);
    expect(asked).toHaveLength(1);
    expect(spoken(asked[0]!)).toContain("can't build it by June 1st");
    // Nothing said after the point the reply was taken back from reaches the model.
    for (const gone of [
      'Sort it out yourself',
      'Fine. Whatever.',
      'under a lot of pressure',
      'Right, I see.',
    ]) {
      expect(spoken(asked[0]!)).not.toContain(gone);
    }
    const now = await view();
    expect(now.turns.map((turn: { content: string }) => turn.content).slice(1)).toEqual([
      BETTER,
      "OK, let's go to Helen.",
    ]);
    expect(now.turns[1].attempts[0]).toMatchObject({
      content: FIRST,
      answer: { content: 'Fine. Whatever.' },
    });
    const report = await (await app.request(`/v1/sessions/${session.id}/end`, { method: 'POST' })).json();
    expect(report.comparisons[0]).toMatchObject({
      before: { reply: FIRST, answer: 'Fine. Whatever.' },
      after: { reply: BETTER, answer: "OK, let's go to Helen." },
    });
  });
});
