import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/db.ts';
import { type FakeOpenAI, fake, startFakeOpenAI } from '../../../test/fake-openai.ts';
import { createTestApp } from '../../../test/harness.ts';
import { validateStatement } from '../../../test/xapi-validator.ts';
import { sessions } from '../../db/schema/index.ts';
import { RolePlayError, type RolePlayer } from '../../roleplay/index.ts';
import type { SessionMode } from '../../vocabulary.ts';

// "What could I say?": the hint route over a real database, offline and with a model that phrases it.

const json = (body: unknown) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});
const post = { method: 'POST' };

const SCENARIO = 'saying-no-extra-project';
const PUBLIC_URL = 'https://coach.example.org';
const REPLY = "No, we can't build it by June 1st.";

describe.each(databaseKinds())('hints on %s', (kind) => {
  async function setup(
    options: { mode?: SessionMode; env?: Record<string, string>; rolePlayer?: RolePlayer } = {},
  ) {
    const { app, deps } = await createTestApp({
      kind,
      env: { PUBLIC_URL, ...options.env },
      ...(options.rolePlayer ? { rolePlayer: options.rolePlayer } : {}),
    });
    const learnerId = `learner-${crypto.randomUUID()}`;
    const res = await app.request(
      '/v1/sessions',
      json({ scenarioId: SCENARIO, mode: options.mode ?? 'practice', learnerId }),
    );
    expect(res.status).toBe(201);
    const session = await res.json();
    const scenario = deps.scenarios.get(SCENARIO)!;
    return { app, deps, session, scenario, learnerId };
  }

  it('gives a hint before a reply, the same one when asked again, and keeps it with the reply', async () => {
    const { app, session, scenario } = await setup();
    const first = await app.request(`/v1/sessions/${session.id}/hints`, post);
    expect(first.status).toBe(201);
    const hint = await first.json();
    expect(hint).toMatchObject({
      turnSeq: 2,
      language: 'en',
      principle: 'courage',
      mean: null,
      stage: 'start',
      needs: [],
      openingFrom: 'scenario-hint',
      opening: "I'll be straight with you, Mark: June 1st isn't going to happen.",
      source: 'offline',
    });
    expect(hint.text).toContain('Most worth working on now: courage.');
    for (const need of scenario.persona.hiddenNeeds) expect(hint.text).not.toContain(need);

    const again = await app.request(`/v1/sessions/${session.id}/hints`, post);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(hint);

    const turn = await app.request(`/v1/sessions/${session.id}/turns`, json({ content: REPLY }));
    expect(turn.status).toBe(200);
    const view = await (await app.request(`/v1/sessions/${session.id}`)).json();
    const [learner] = view.turns.filter((t: { role: string }) => t.role === 'learner');
    expect(learner).toMatchObject({ seq: 2, hint: { id: hint.id, principle: 'courage' } });
    expect(view.turns.filter((t: { hint?: unknown }) => t.hint)).toHaveLength(1);

    // After the reply, a new hint for the next one, from the scores so far.
    const next = await app.request(`/v1/sessions/${session.id}/hints`, post);
    expect(next.status).toBe(201);
    const second = await next.json();
    expect(second.turnSeq).toBe(4);
    expect(second.id).not.toBe(hint.id);
    expect(second.stage).toBe('middle');
    expect(second.mean).toEqual(expect.any(Number));
  });

  it('gives a hint asked while trying a reply again for the point that reply followed', async () => {
    const { app, session } = await setup();
    const say = async (content: string) =>
      (await app.request(`/v1/sessions/${session.id}/turns`, json({ content }))).json();
    const first = await say(REPLY);
    await say('What would help you most?');
    const hintAt = async (replaces?: string) =>
      app.request(`/v1/sessions/${session.id}/hints${replaces ? `?replaces=${replaces}` : ''}`, post);

    // At the end: from the two replies' scores.
    const atEnd = await (await hintAt()).json();
    expect(atEnd).toMatchObject({ turnSeq: 6, stage: 'middle', mean: expect.any(Number) });

    // Taking the first reply back: the hint is the one before any reply, and replaces the one at the end.
    const retrying = await hintAt(first.learner.id);
    expect(retrying.status).toBe(201);
    const atPoint = await retrying.json();
    expect(atPoint).toMatchObject({ turnSeq: 6, stage: 'start', mean: null, principle: 'courage' });
    expect(atPoint.id).not.toBe(atEnd.id);
    const same = await hintAt(first.learner.id);
    expect(same.status).toBe(200);
    expect((await same.json()).id).toBe(atPoint.id);

    // The reply tried again carries it.
    const again = await app.request(
      `/v1/sessions/${session.id}/turns/${first.learner.id}/attempts`,
      json({ content: "I'll be straight with you, Mark: June 1st isn't going to happen." }),
    );
    expect(again.status).toBe(200);
    const view = await (await app.request(`/v1/sessions/${session.id}`)).json();
    expect(view.turns[1]).toMatchObject({ seq: 6, hint: { id: atPoint.id, stage: 'start' } });

    // A hint for a reply that is not one of the conversation as it stands is refused as the retry would be.
    const gone = await hintAt(first.learner.id);
    expect(gone.status).toBe(409);
    expect((await gone.json()).error.code).toBe('conflict');
    expect((await hintAt(crypto.randomUUID())).status).toBe(404);
  });

  it('names only the hidden needs the persona has revealed', async () => {
    const { app, deps, session, scenario } = await setup();
    await deps.db.db
      .update(sessions)
      .set({ dialogue: { ...emptyDialogue, revealed: [2] } })
      .where(eq(sessions.id, session.id));
    const hint = await (await app.request(`/v1/sessions/${session.id}/hints`, post)).json();
    const [first, second, third] = scenario.persona.hiddenNeeds;
    expect(hint.needs).toEqual([third]);
    expect(hint.text).toContain(third);
    expect(hint.text).not.toContain(first);
    expect(hint.text).not.toContain(second);
  });

  it('counts the hints in the report, the progress and the learning records', async () => {
    const { app, session, learnerId } = await setup();
    await app.request(`/v1/sessions/${session.id}/hints`, post);
    await app.request(`/v1/sessions/${session.id}/turns`, json({ content: REPLY }));
    await app.request(`/v1/sessions/${session.id}/turns`, json({ content: 'What would help you most?' }));

    const report = await (await app.request(`/v1/sessions/${session.id}/end`, post)).json();
    expect(report.hintCount).toBe(1);
    expect(report.hints).toEqual([{ seq: 2, principle: 'courage' }]);
    expect((await (await app.request(`/v1/sessions/${session.id}/report`)).json()).hintCount).toBe(1);

    const progress = await (await app.request(`/v1/learners/${learnerId}/progress`)).json();
    expect(progress.reports).toMatchObject([{ sessionId: session.id, hintCount: 1 }]);

    const { statements } = await (await app.request(`/v1/sessions/${session.id}/xapi`)).json();
    const responded = statements.filter((s: { verb: { id: string } }) => s.verb.id.endsWith('/responded'));
    const hintsUsed = `${PUBLIC_URL}/xapi/extensions/hints-used`;
    expect(
      responded.map(
        (s: { result: { extensions: Record<string, number> } }) => s.result.extensions[hintsUsed],
      ),
    ).toEqual([1, 0]);
    for (const statement of statements) expect(validateStatement(statement)).toEqual([]);
  });

  it('offers no hint in an assessment, after the end, for an unknown session or before a lost answer', async () => {
    const assessment = await setup({ mode: 'assessment' });
    const refused = await assessment.app.request(`/v1/sessions/${assessment.session.id}/hints`, post);
    expect(refused.status).toBe(409);
    expect((await refused.json()).error).toMatchObject({
      code: 'hints_not_offered',
      message: 'Hints are offered in practice mode only: this session is an assessment.',
    });

    const { app, session } = await setup();
    const unknown = await app.request(`/v1/sessions/${crypto.randomUUID()}/hints`, post);
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error.code).toBe('not_found');
    expect((await app.request('/v1/sessions/not-a-uuid/hints', post)).status).toBe(404);
    await app.request(`/v1/sessions/${session.id}/end`, post);
    const ended = await app.request(`/v1/sessions/${session.id}/hints`, post);
    expect(ended.status).toBe(409);
    expect((await ended.json()).error.code).toBe('session_ended');

    const failing: RolePlayer = {
      kind: 'scripted',
      respond: async () => {
        throw new RolePlayError('upstream_error', 'down');
      },
    };
    const lost = await setup({ rolePlayer: failing });
    expect(
      (await lost.app.request(`/v1/sessions/${lost.session.id}/turns`, json({ content: REPLY }))).status,
    ).toBe(502);
    const waiting = await lost.app.request(`/v1/sessions/${lost.session.id}/hints`, post);
    expect(waiting.status).toBe(409);
    expect((await waiting.json()).error).toMatchObject({
      code: 'conflict',
      message: "The persona's answer to your last reply did not come through: send that reply again first.",
    });
  });

  it('keeps one hint per reply when two requests race', async () => {
    const { app, session } = await setup();
    const answers = await Promise.all(
      [1, 2, 3].map(() => app.request(`/v1/sessions/${session.id}/hints`, post)),
    );
    const bodies = await Promise.all(answers.map((res) => res.json()));
    expect(new Set(bodies.map((body) => body.id)).size).toBe(1);
    expect(answers.filter((res) => res.status === 201)).toHaveLength(1);
  });
});

describe('hints phrased by the model', () => {
  let upstream: FakeOpenAI;
  beforeAll(async () => {
    upstream = await startFakeOpenAI();
  });
  afterAll(() => upstream?.close());

  async function hintWith(behaviour: Parameters<FakeOpenAI['enqueue']>[0]) {
    const { app } = await createTestApp({
      env: { OPENAI_BASE_URL: upstream.url, ROLEPLAY_MODEL: 'fake-persona', LLM_TIMEOUT_MS: '2000' },
    });
    const session = await (await app.request('/v1/sessions', json({ scenarioId: SCENARIO }))).json();
    upstream.enqueue(behaviour);
    const res = await app.request(`/v1/sessions/${session.id}/hints`, post);
    expect(res.status).toBe(201);
    return res.json();
  }

  it('keeps the facts and takes the words', async () => {
    const seen = upstream.requests.length;
    const hint = await hintWith(
      fake.json({
        text: "Courage first: tell Mark plainly that June 1st won't happen. Try: “Mark, I'll be honest: June 1st is off.”",
        opening: "Mark, I'll be honest: June 1st is off.",
      }),
    );
    expect(hint).toMatchObject({
      source: 'llm',
      principle: 'courage',
      needs: [],
      opening: "Mark, I'll be honest: June 1st is off.",
    });
    expect(hint.text).toMatch(/^Courage first/);
    const asked = upstream.requests.slice(seen).find((request) => request.body?.response_format);
    expect(asked?.body.model).toBe('fake-persona');
    const prompt = JSON.stringify(asked?.body.messages);
    expect(prompt).toContain('Principle to work on now: courage');
    // The model is never told what the learner has not earned.
    expect(prompt).not.toContain('scared to go back with a no');
  });

  it('falls back to the offline hint when the model fails, answers nonsense or gives a hidden need away', async () => {
    const failed = await hintWith(fake.status(500));
    expect(failed).toMatchObject({ source: 'offline', principle: 'courage' });
    const nonsense = await hintWith(fake.rawJson('{"text": '));
    expect(nonsense.source).toBe('offline');
    const leaked = await hintWith(
      fake.json({
        text: 'He already promised Helen and is scared to go back with a no. Reassure him.',
        opening: 'Mark, I know you promised Helen.',
      }),
    );
    expect(leaked.source).toBe('offline');
    expect(leaked.text).not.toContain('scared to go back');
  });
});

const emptyDialogue = {
  turn: 0,
  moves: [],
  asked: [],
  offered: [],
  promised: [],
  refused: [],
  owned: [],
  acknowledged: [],
  revealed: [],
  usedLines: [],
  agreement: null,
  repeats: 0,
  addressed: null,
  closed: false,
};
