import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { databaseKinds } from '../../../test/db.ts';
import { createTestApp, libraryScenarios } from '../../../test/harness.ts';
import { parseSse } from '../../../test/sse.ts';
import { sessions } from '../../db/schema/index.ts';
import { createLogger } from '../../logger.ts';
import { createScriptedRolePlayer, RolePlayError } from '../../roleplay/index.ts';
import type { ScenarioRegistry } from '../../scenarios/registry.ts';
import { createSessionStore, TURN_LEASE_RENEW_MS, TURN_LEASE_SECONDS } from '../../sessions/store.ts';
import type { SessionMode } from '../../vocabulary.ts';

const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

const GOOD_REPLY_EN =
  "I can hear how frustrated you are, and that makes sense. I'm sorry: I should have told you sooner. " +
  'What would help you most right now? Shall we sit down tomorrow at 10 to agree on the next steps?';

describe.each(databaseKinds())('sessions on %s', (kind) => {
  async function setup(mode: SessionMode = 'practice', learnerId = `learner-${crypto.randomUUID()}`) {
    const { app, deps } = await createTestApp({ kind });
    const scenario = deps.scenarios.list({ language: 'en' })[0]!;
    const res = await app.request('/v1/sessions', json({ scenarioId: scenario.id, mode, learnerId }));
    expect(res.status).toBe(201);
    const session = await res.json();
    return { app, deps, scenario, session, learnerId };
  }

  it('starts a session with the persona speaking first', async () => {
    const { session, scenario, learnerId } = await setup();
    expect(session).toMatchObject({
      scenarioId: scenario.id,
      language: 'en',
      mode: 'practice',
      status: 'active',
      learnerId,
      mood: { trust: expect.any(Number), tension: expect.any(Number), label: expect.any(String) },
    });
    expect(scenario.opening.speaker).toBe('persona');
    expect(session.turns).toHaveLength(1);
    expect(session.turns[0]).toMatchObject({ seq: 1, role: 'persona', status: 'complete' });
    expect(session.turns[0].content).toBe(scenario.opening.lines.join('\n\n'));
  });

  it('starts a session the learner opens with no turn, and the persona answers the first reply', async () => {
    const library = await libraryScenarios();
    const played = library.list({ language: 'en' })[0]!;
    const learnerOpens = { ...played, opening: { speaker: 'learner' as const, lines: [] } };
    const scenarios: ScenarioRegistry = Object.create(library, {
      get: { value: (id: string) => (id === played.id ? learnerOpens : library.get(id)) },
    });
    const { app } = await createTestApp({ kind, scenarios });
    const start = await app.request('/v1/sessions', json({ scenarioId: played.id }));
    expect(start.status).toBe(201);
    const session = await start.json();
    expect(session.turns).toEqual([]);

    const res = await app.request(`/v1/sessions/${session.id}/turns`, json({ content: GOOD_REPLY_EN }));
    expect(res.status).toBe(200);
    const answer = await res.json();
    expect(answer.learner).toMatchObject({ seq: 1, role: 'learner', content: GOOD_REPLY_EN });
    expect(answer.persona).toMatchObject({ seq: 2, role: 'persona', status: 'complete' });
    expect(answer.persona.content.length).toBeGreaterThan(0);
    const stored = await (await app.request(`/v1/sessions/${session.id}`)).json();
    expect(stored.turns.map((turn: { role: string }) => turn.role)).toEqual(['learner', 'persona']);
  });

  it('takes a turn as JSON: stores the learner turn, scores it, and the persona answers', async () => {
    const { app, session } = await setup();
    const res = await app.request(`/v1/sessions/${session.id}/turns`, json({ content: GOOD_REPLY_EN }));
    expect(res.status).toBe(200);
    const answer = await res.json();
    expect(answer.learner).toMatchObject({ role: 'learner', content: GOOD_REPLY_EN, status: 'complete' });
    expect(answer.feedback.criteria).toHaveLength(5);
    for (const criterion of answer.feedback.criteria) {
      for (const span of criterion.evidence)
        expect(GOOD_REPLY_EN.slice(span.start, span.end)).toBe(span.quote);
    }
    expect(answer.persona).toMatchObject({ role: 'persona', status: 'complete' });
    expect(answer.persona.content.length).toBeGreaterThan(0);

    const stored = await (await app.request(`/v1/sessions/${session.id}`)).json();
    expect(stored.turns.map((turn: { role: string }) => turn.role)).toEqual([
      ...session.turns.map((turn: { role: string }) => turn.role),
      'learner',
      'persona',
    ]);
    expect(stored.turns.map((turn: { seq: number }) => turn.seq)).toEqual(
      stored.turns.map((_: unknown, i: number) => i + 1),
    );
    expect(stored.mood).toEqual(answer.mood);
    expect(stored.turns.at(-2).feedback.overall).toBe(answer.feedback.overall);
  });

  it('streams a turn as server-sent events in the documented order', async () => {
    const { app, session } = await setup();
    const res = await app.request(
      `/v1/sessions/${session.id}/turns`,
      json({ content: GOOD_REPLY_EN }, { accept: 'text/event-stream' }),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const events = parseSse(await res.text());
    const names = events.map((event) => event.event);
    expect(names.slice(0, 3)).toEqual(['learner', 'feedback', 'mood']);
    expect(names.slice(-2)).toEqual(['persona', 'done']);
    const deltas = events.filter((event) => event.event === 'delta');
    expect(deltas.length).toBeGreaterThan(0);
    const persona = events.at(-2)!.data as { content: string };
    expect(deltas.map((event) => (event.data as { text: string }).text).join('')).toBe(persona.content);
  });

  it('keeps feedback back in assessment mode until the session ends', async () => {
    const { app, session } = await setup('assessment');
    const res = await app.request(
      `/v1/sessions/${session.id}/turns`,
      json({ content: GOOD_REPLY_EN }, { accept: 'text/event-stream' }),
    );
    const names = parseSse(await res.text()).map((event) => event.event);
    expect(names).not.toContain('feedback');
    const during = await (await app.request(`/v1/sessions/${session.id}`)).json();
    expect(during.turns.find((turn: { role: string }) => turn.role === 'learner').feedback).toBeUndefined();
    await app.request(`/v1/sessions/${session.id}/end`, { method: 'POST' });
    const after = await (await app.request(`/v1/sessions/${session.id}`)).json();
    expect(after.status).toBe('ended');
    expect(
      after.turns.find((turn: { role: string }) => turn.role === 'learner').feedback.criteria,
    ).toHaveLength(5);
  });

  it('does not create a second turn for a retried request with the same Idempotency-Key', async () => {
    const { app, session } = await setup();
    const key = crypto.randomUUID();
    const first = await (
      await app.request(
        `/v1/sessions/${session.id}/turns`,
        json({ content: GOOD_REPLY_EN }, { 'idempotency-key': key }),
      )
    ).json();
    const again = await app.request(
      `/v1/sessions/${session.id}/turns`,
      json({ content: GOOD_REPLY_EN }, { 'idempotency-key': key }),
    );
    expect(again.status).toBe(200);
    const second = await again.json();
    expect(second.learner.id).toBe(first.learner.id);
    expect(second.persona.id).toBe(first.persona.id);
    const stored = await (await app.request(`/v1/sessions/${session.id}`)).json();
    expect(stored.turns.filter((turn: { role: string }) => turn.role === 'learner')).toHaveLength(1);
  });

  it('refuses an Idempotency-Key sent again with another reply (422), and stores nothing of it', async () => {
    const { app, session } = await setup();
    const send = (content: string) =>
      app.request(`/v1/sessions/${session.id}/turns`, json({ content }, { 'idempotency-key': 'one-key' }));
    expect((await send(GOOD_REPLY_EN)).status).toBe(200);
    const reused = await send('Something else entirely.');
    expect(reused.status).toBe(422);
    expect((await reused.json()).error).toMatchObject({
      code: 'idempotency_key_reused',
      details: { path: 'content' },
    });
    const stored = await (await app.request(`/v1/sessions/${session.id}`)).json();
    expect(stored.turns.map((turn: { content: string }) => turn.content)).not.toContain(
      'Something else entirely.',
    );
    // The key still replays its own reply, and the session takes new ones.
    expect((await send(GOOD_REPLY_EN)).status).toBe(200);
    expect(
      (await app.request(`/v1/sessions/${session.id}/turns`, json({ content: 'And now?' }))).status,
    ).toBe(200);
  });

  it('never replays an answer that broke off: asked again while its reply is the latest, refused once the conversation moved on', async () => {
    const scripted = createScriptedRolePlayer();
    const cut = new Set<string>();
    const { app, deps } = await createTestApp({
      kind,
      rolePlayer: {
        kind: 'llm',
        respond: async (input, options) => {
          const last = input.transcript.at(-1)!.content;
          if (last.startsWith('[cut]') && !cut.has(last)) {
            cut.add(last);
            options.onDelta('Well, I');
            throw new RolePlayError('upstream_interrupted', 'The stream broke off.', 'Well, I');
          }
          return scripted.respond(input, options);
        },
      },
    });
    const scenario = deps.scenarios.list({ language: 'en' })[0]!;
    const { id } = await (await app.request('/v1/sessions', json({ scenarioId: scenario.id }))).json();
    const send = (content: string, key: string) =>
      app.request(`/v1/sessions/${id}/turns`, json({ content }, { 'idempotency-key': key }));

    // Broken off, retried at once: the persona is asked again, and that answer is the one replayed.
    expect((await send('[cut] first', 'k1')).status).toBe(502);
    const retried = await send('[cut] first', 'k1');
    expect(retried.status).toBe(200);
    const answer = (await retried.json()).persona;
    expect(answer).toMatchObject({ status: 'complete' });
    expect((await (await send('[cut] first', 'k1')).json()).persona.id).toBe(answer.id);

    // Broken off, then a later reply: the retry is refused, and the fragment is never given as the answer.
    expect((await send('[cut] second', 'k2')).status).toBe(502);
    expect((await send('A later reply.', 'k3')).status).toBe(200);
    const late = await send('[cut] second', 'k2');
    expect(late.status).toBe(409);
    expect((await late.json()).error.code).toBe('turn_superseded');
    const stored = await (await app.request(`/v1/sessions/${id}`)).json();
    expect(stored.turns.filter((turn: { content: string }) => turn.content === 'Well, I')).toEqual([
      expect.objectContaining({ status: 'interrupted' }),
      expect.objectContaining({ status: 'interrupted' }),
    ]);
  });

  it('refuses a second turn while one is in progress (409), and keeps nothing of it', async () => {
    const { app, deps, session } = await setup();
    const store = createSessionStore(deps.db.db);
    const tenant = 'local';
    const reply = { content: 'Held here.', idempotencyKey: null, maxLearnerTurns: 10 };
    const opened = await store.openTurn(tenant, session.id, reply, new Date());
    // The lease comes with the session's turns before this one, in order (here the persona's opening),
    // and the reply stored as the next.
    expect(opened?.session.id).toBe(session.id);
    expect(opened?.history.map((turn) => [turn.seq, turn.role])).toEqual(
      session.turns.map((turn: { seq: number; role: string }) => [turn.seq, turn.role]),
    );
    expect(opened?.learner).toMatchObject({
      seq: session.turns.length + 1,
      role: 'learner',
      content: 'Held here.',
    });
    expect(await store.openTurn(tenant, session.id, reply, new Date())).toBeNull();
    const res = await app.request(`/v1/sessions/${session.id}/turns`, json({ content: GOOD_REPLY_EN }));
    expect(res.status).toBe(409);
    expect((await res.json()).error.code).toBe('turn_in_progress');
    await store.releaseTurnLease(opened!.session);
    const stored = await (await app.request(`/v1/sessions/${session.id}`)).json();
    expect(stored.turns).toHaveLength(session.turns.length + 1);
  });

  it('keeps the dialogue state with the session: what was asked and answered, the lines used', async () => {
    const { app, deps, session } = await setup();
    const question = 'What would help you most right now?';
    const res = await app.request(`/v1/sessions/${session.id}/turns`, json({ content: question }));
    expect(res.status).toBe(200);
    const answer = await res.json();
    const [row] = await deps.db.db.select().from(sessions).where(eq(sessions.id, session.id));
    expect(row!.dialogue).toMatchObject({
      turn: 1,
      asked: [{ turn: 1, quote: question, answered: true }],
      addressed: 'question',
    });
    const usedLines = (row!.dialogue as { usedLines: string[] }).usedLines;
    expect(usedLines.length).toBeGreaterThan(0);
    for (const line of usedLines) expect(answer.persona.content).toContain(line);
  });

  it("frees the lease with the persona's turn, unless the persona is closing the session", async () => {
    const { deps, session } = await setup();
    const store = createSessionStore(deps.db.db);
    const reply = { content: GOOD_REPLY_EN, idempotencyKey: null, maxLearnerTurns: 10 };
    const open = async () => store.openTurn('local', session.id, reply, new Date());
    const row = (await store.findSession('local', session.id))!;
    const answer = async (learnerSeq: number, keepLease: boolean) =>
      store.finishTurn(
        row,
        {
          seq: learnerSeq + 1,
          role: 'persona',
          content: 'Fine.',
          status: 'complete',
          source: 'script',
        },
        null,
        new Date(),
        { keepLease },
      );
    const first = await open();
    await answer(first!.learner!.seq, false);
    // The next reply is taken at once: no separate release is needed.
    const second = await open();
    expect(second?.learner?.seq).toBe(first!.learner!.seq + 2);
    await answer(second!.learner!.seq, true);
    expect(await open()).toBeNull();
  });

  it('renews the lease while a turn runs past it, so no other turn takes the session meanwhile', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      let now = Date.now();
      let answer!: () => void;
      const answered = new Promise<void>((resolve) => {
        answer = resolve;
      });
      const slow = createScriptedRolePlayer();
      const { app, deps } = await createTestApp({
        kind,
        clock: () => new Date(now),
        rolePlayer: {
          kind: 'scripted',
          respond: async (input, options) => {
            await answered;
            return slow.respond(input, options);
          },
        },
      });
      const scenario = deps.scenarios.list({ language: 'en' })[0]!;
      const { id } = await (await app.request('/v1/sessions', json({ scenarioId: scenario.id }))).json();
      const turn = () => app.request(`/v1/sessions/${id}/turns`, json({ content: GOOD_REPLY_EN }));
      const leaseOf = async () =>
        (await deps.db.db.select().from(sessions).where(eq(sessions.id, id)))[0]!.turnLockedUntil;

      const running = turn();
      await expect.poll(leaseOf).not.toBeNull();
      for (let renewals = 0; renewals < 5; renewals++) {
        const before = (await leaseOf())!.getTime();
        now += TURN_LEASE_RENEW_MS;
        vi.advanceTimersByTime(TURN_LEASE_RENEW_MS);
        await expect.poll(async () => (await leaseOf())!.getTime()).toBeGreaterThan(before);
      }
      // Well past the lease the turn was opened with, and still its own.
      expect(now).toBeGreaterThan(Date.now() + TURN_LEASE_SECONDS * 1000);
      expect((await turn()).status).toBe(409);
      answer();
      expect((await running).status).toBe(200);
      expect(await leaseOf()).toBeNull();
      expect((await turn()).status).toBe(200);
    } finally {
      vi.useRealTimers();
    }
  });

  it('logs the cause of a streamed turn that fails unexpectedly; the client gets `internal`', async () => {
    const lines: string[] = [];
    const { app, deps } = await createTestApp({
      kind,
      logger: createLogger('info', (line) => lines.push(line)),
      rolePlayer: {
        kind: 'scripted',
        respond: async () => {
          throw new Error('the cause, for the log');
        },
      },
    });
    const scenario = deps.scenarios.list({ language: 'en' })[0]!;
    const { id } = await (await app.request('/v1/sessions', json({ scenarioId: scenario.id }))).json();
    const res = await app.request(
      `/v1/sessions/${id}/turns`,
      json({ content: GOOD_REPLY_EN }, { accept: 'text/event-stream' }),
    );
    const events = parseSse(await res.text());
    expect(events.at(-1)).toMatchObject({ event: 'error', data: { code: 'internal' } });
    expect(JSON.stringify(events)).not.toContain('the cause');
    const logged = lines.map((line) => JSON.parse(line)).find((line) => line.msg === 'a turn failed');
    expect(logged).toMatchObject({
      level: 'error',
      sessionId: id,
      err: { message: 'the cause, for the log' },
    });
  });

  it('reports a reply whose verdict was lost mid-turn, scored again by the heuristic', async () => {
    const { app, deps, session } = await setup();
    const store = createSessionStore(deps.db.db);
    // What a process that died while the persona streamed leaves: the reply stored, no verdict, the lease.
    const reply = { content: GOOD_REPLY_EN, idempotencyKey: null, maxLearnerTurns: 10 };
    const opened = await store.openTurn('local', session.id, reply, new Date());
    await store.releaseTurnLease(opened!.session);
    const res = await app.request(`/v1/sessions/${session.id}/end`, { method: 'POST' });
    expect(res.status).toBe(200);
    const report = await res.json();
    expect(report.turns).toBe(1);
    expect(report.overall).toBeGreaterThan(0);
  });

  it('refuses turns on an ended session (409) and ends idempotently', async () => {
    const { app, session } = await setup();
    const first = await app.request(`/v1/sessions/${session.id}/end`, { method: 'POST' });
    expect(first.status).toBe(200);
    const again = await app.request(`/v1/sessions/${session.id}/end`, { method: 'POST' });
    expect(await again.json()).toEqual(await first.json());
    const res = await app.request(`/v1/sessions/${session.id}/turns`, json({ content: GOOD_REPLY_EN }));
    expect(res.status).toBe(409);
    expect((await res.json()).error.code).toBe('session_ended');
  });

  it('reports on an ended session and shows it in the learner progress', async () => {
    const { app, session, learnerId } = await setup();
    await app.request(`/v1/sessions/${session.id}/turns`, json({ content: GOOD_REPLY_EN }));
    expect((await app.request(`/v1/sessions/${session.id}/report`)).status).toBe(409);
    const report = await (await app.request(`/v1/sessions/${session.id}/end`, { method: 'POST' })).json();
    expect(report.sessionId).toBe(session.id);
    expect(report.principles).toHaveLength(5);
    expect(await (await app.request(`/v1/sessions/${session.id}/report`)).json()).toEqual(report);
    const progress = await (
      await app.request(`/v1/learners/${encodeURIComponent(learnerId)}/progress`)
    ).json();
    expect(progress.sessions).toHaveLength(1);
    expect(progress.sessions[0]).toMatchObject({ sessionId: session.id, scenarioId: session.scenarioId });
    expect(Object.keys(progress.sessions[0].principles)).toHaveLength(5);
  });

  it.each([
    ['an empty reply', { content: '   ' }, 400, 'invalid_request'],
    ['a reply over 4,000 characters', { content: 'a'.repeat(4001) }, 422, 'reply_too_long'],
    ['a field a client may not set', { content: 'hello', status: 'ended' }, 400, 'invalid_request'],
    ['a missing content', {}, 400, 'invalid_request'],
  ])('refuses %s with the error shape', async (_name, body, status, code) => {
    const { app, session } = await setup();
    const res = await app.request(`/v1/sessions/${session.id}/turns`, json(body));
    expect(res.status).toBe(status);
    expect((await res.json()).error).toMatchObject({ code, requestId: expect.any(String) });
    const stored = await (await app.request(`/v1/sessions/${session.id}`)).json();
    expect(stored.turns).toHaveLength(session.turns.length);
  });

  it.each([
    ['an unknown scenario', { scenarioId: 'no-such-scenario' }, 404, 'not_found'],
    ['a wrong mode', { scenarioId: 'x', mode: 'exam' }, 400, 'invalid_request'],
    ['a client-set status', { scenarioId: 'x', status: 'ended' }, 400, 'invalid_request'],
  ])('refuses to start with %s', async (_name, body, status, code) => {
    const { app } = await createTestApp({ kind });
    const res = await app.request('/v1/sessions', json(body));
    expect(res.status).toBe(status);
    expect((await res.json()).error).toMatchObject({ code, requestId: expect.any(String) });
  });

  it('refuses an e-mail address as learner id, naming the field; other ids stay accepted', async () => {
    const { app, deps } = await createTestApp({ kind });
    const scenarioId = deps.scenarios.list({ language: 'en' })[0]!.id;
    for (const learnerId of ['jan@example.org', 'Jan.de.Vries@bedrijf.nl']) {
      const res = await app.request('/v1/sessions', json({ scenarioId, learnerId }));
      expect(res.status).toBe(400);
      const { error } = await res.json();
      expect(error.code).toBe('invalid_request');
      expect(error.message).toMatch(/learnerId.*not an e-mail address/);
      expect(error.details.issues[0].path).toBe('learnerId');
    }
    for (const learnerId of ['lms-user-42', 'team@2024', '@handle']) {
      expect((await app.request('/v1/sessions', json({ scenarioId, learnerId }))).status).toBe(201);
    }
  });

  it('answers unknown and malformed session ids with 404', async () => {
    const { app } = await createTestApp({ kind });
    for (const id of [crypto.randomUUID(), 'not-a-uuid', "1' or '1'='1"]) {
      const res = await app.request(`/v1/sessions/${encodeURIComponent(id)}`);
      expect(res.status).toBe(404);
      expect((await res.json()).error.code).toBe('not_found');
    }
  });

  it('answers malformed JSON and a wrong content type with 4xx, never 5xx', async () => {
    const { app, session } = await setup();
    const malformed = await app.request(`/v1/sessions/${session.id}/turns`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"content": ',
    });
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).error.code).toBe('invalid_json');
    const text = await app.request(`/v1/sessions/${session.id}/turns`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'hello',
    });
    expect(text.status).toBe(415);
    expect((await text.json()).error.code).toBe('unsupported_media_type');
  });

  it.each([
    ['zero-width spaces', '\u200b\u200b\u200b'],
    ['joiners and a word joiner', '\u200c\u200d\u2060'],
    ['a byte-order mark, a soft hyphen and blanks', ' \ufeff\u00ad \n\u200b '],
  ])('treats a reply of %s as empty: 400, nothing stored, the mood unmoved', async (_name, content) => {
    const { app, session } = await setup();
    const res = await app.request(`/v1/sessions/${session.id}/turns`, json({ content }));
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatchObject({
      code: 'invalid_request',
      message: 'The reply is empty.',
      details: { path: 'content' },
    });
    const after = await (await app.request(`/v1/sessions/${session.id}`)).json();
    expect(after.turns).toEqual(session.turns);
    expect(after.mood).toEqual(session.mood);
  });
});
