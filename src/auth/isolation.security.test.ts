import { describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test/db.ts';
import { createTestApp } from '../../test/harness.ts';
import { createKeyStore } from './key-store.ts';

// Two consumers on one server, each trying to reach the other's data by every route: all 404.

const REPLY =
  'I hear that this is hard for you. What would help you most? Shall we agree on a next step tomorrow?';

describe.each(databaseKinds())('isolation between consumers on %s', (kind) => {
  async function setup() {
    const { app, deps } = await createTestApp({
      kind,
      env: { AUTH: 'api-key', PUBLIC_URL: 'https://coach.example.org' },
    });
    const keys = createKeyStore(deps.db.db);
    const [a, b] = await Promise.all([keys.create({ name: 'A' }), keys.create({ name: 'B' })]);
    const call = (key: string, method: string, path: string, body?: unknown) =>
      app.request(path, {
        method,
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    const scenario = deps.scenarios.list({ language: 'en' })[0]!;
    const learnerId = `learner-${crypto.randomUUID()}`;
    const started = await call(a.key, 'POST', '/v1/sessions', { scenarioId: scenario.id, learnerId });
    expect(started.status).toBe(201);
    const session = await started.json();
    expect((await call(a.key, 'POST', `/v1/sessions/${session.id}/turns`, { content: REPLY })).status).toBe(
      200,
    );
    return { app, deps, a, b, call, scenario, session, learnerId };
  }

  it("answers 404 to every route that names another consumer's session or learner", async () => {
    const { a, b, call, session, learnerId } = await setup();
    const learnerTurn = (await (await call(a.key, 'GET', `/v1/sessions/${session.id}`)).json()).turns.find(
      (turn: { role: string }) => turn.role === 'learner',
    );
    // Before the end, so only the tenant stands between B and A's session.
    for (const [path, body] of [
      [`/v1/sessions/${session.id}/hints`, undefined],
      [`/v1/sessions/${session.id}/turns/${learnerTurn.id}/attempts`, { content: REPLY }],
      [`/v1/sessions/${session.id}/turns/${learnerTurn.id}/counterfactuals`, { source: 'golden' }],
    ] as const) {
      const res = await call(b.key, 'POST', path, body);
      expect(res.status, path).toBe(404);
      expect((await res.json()).error.code).toBe('not_found');
    }
    const ended = await call(a.key, 'POST', `/v1/sessions/${session.id}/end`);
    expect(ended.status).toBe(200);

    const attempts: [string, string, unknown?][] = [
      ['GET', `/v1/sessions/${session.id}`],
      ['POST', `/v1/sessions/${session.id}/turns`, { content: REPLY }],
      ['POST', `/v1/sessions/${session.id}/end`],
      ['GET', `/v1/sessions/${session.id}/report`],
      ['GET', `/v1/sessions/${session.id}/xapi`],
      ['GET', `/v1/learners/${learnerId}/progress`],
      ['GET', `/v1/learners/${learnerId}/actor`],
      ['DELETE', `/v1/learners/${learnerId}/actor`],
      ['DELETE', `/v1/sessions/${session.id}`],
      ['DELETE', `/v1/learners/${learnerId}`],
    ];
    for (const [method, path, body] of attempts) {
      const res = await call(b.key, method, path, body);
      expect(res.status, `${method} ${path}`).toBe(404);
      const text = await res.text();
      expect(text, `${method} ${path}`).not.toContain(REPLY.slice(0, 20));
      expect(JSON.parse(text).error.code).toBe('not_found');
    }
    // Nothing B tried changed A's data.
    const still = await (await call(a.key, 'GET', `/v1/sessions/${session.id}`)).json();
    expect(still.turns.filter((turn: { role: string }) => turn.role === 'learner')).toHaveLength(1);
    expect((await call(a.key, 'GET', `/v1/learners/${learnerId}/progress`)).status).toBe(200);
    expect((await call(a.key, 'GET', `/v1/sessions/${session.id}/xapi`)).status).toBe(200);
  });

  it('keeps learner ids per consumer: the same id at another consumer is another learner', async () => {
    const { a, b, call, scenario, learnerId } = await setup();
    const theirs = await call(b.key, 'POST', '/v1/sessions', { scenarioId: scenario.id, learnerId });
    expect(theirs.status).toBe(201);
    const theirSession = await theirs.json();
    // A reply, so the session has a score to show in progress (an abandoned one has none).
    await call(b.key, 'POST', `/v1/sessions/${theirSession.id}/turns`, { content: REPLY });
    await call(b.key, 'POST', `/v1/sessions/${theirSession.id}/end`);
    const progressB = await (await call(b.key, 'GET', `/v1/learners/${learnerId}/progress`)).json();
    expect(progressB.reports.map((s: { sessionId: string }) => s.sessionId)).toEqual([theirSession.id]);
    expect((await call(b.key, 'DELETE', `/v1/learners/${learnerId}`)).status).toBe(204);
    expect((await call(a.key, 'GET', `/v1/learners/${learnerId}/progress`)).status).toBe(200);
  });

  it('shares data between two keys of one consumer, and keeps it after a key is revoked', async () => {
    const { deps, a, call, session } = await setup();
    const keys = createKeyStore(deps.db.db);
    const rotated = await keys.create({ name: 'A, rotated', tenantId: a.tenantId });
    await keys.revoke(a.id);
    expect((await call(a.key, 'GET', `/v1/sessions/${session.id}`)).status).toBe(401);
    expect((await call(rotated.key, 'GET', `/v1/sessions/${session.id}`)).status).toBe(200);
  });

  it('refuses fields a client may not set when starting a session', async () => {
    const { b, call, scenario } = await setup();
    for (const extra of [
      { tenantId: 'local' },
      { status: 'ended' },
      { scores: [] },
      { id: crypto.randomUUID() },
    ]) {
      const res = await call(b.key, 'POST', '/v1/sessions', { scenarioId: scenario.id, ...extra });
      expect(res.status, JSON.stringify(extra)).toBe(400);
    }
  });

  it.each([
    ['a quote', "' OR '1'='1"],
    ['a statement', '1; DROP TABLE sessions; --'],
    ['the nil UUID', '00000000-0000-0000-0000-000000000000'],
    ['a NUL byte', '\u0000'],
    ['5,000 characters', 'x'.repeat(5000)],
  ])('answers 404 (never 500) for a session id with %s', async (_label, id) => {
    const { a, call } = await setup();
    for (const suffix of ['', '/report', '/xapi']) {
      const res = await call(a.key, 'GET', `/v1/sessions/${encodeURIComponent(id)}${suffix}`);
      expect(res.status).toBe(404);
    }
    expect((await call(a.key, 'DELETE', `/v1/sessions/${encodeURIComponent(id)}`)).status).toBe(404);
  });
});
