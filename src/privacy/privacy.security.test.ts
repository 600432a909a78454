import { describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test/db.ts';
import { createTestApp } from '../../test/harness.ts';
import { parseSse } from '../../test/sse.ts';
import { createKeyStore } from '../auth/key-store.ts';
import { createLogger } from '../logger.ts';
import type { RolePlayer } from '../roleplay/types.ts';
import { createTokenBudget } from '../sessions/token-budget.ts';

const REPLY =
  'Ik hoor hoe zwaar dit voor je is. Wat heb je nu het meest nodig? Zullen we morgen om tien uur afspreken?';
const PERSONA = 'Dank je, dat helpt me echt.';

/** A persona that reports model tokens like an LLM does, without one; it may take its time. */
const tokenSpendingPersona = (tokens: number, thinkMs = 0): RolePlayer => ({
  kind: 'llm',
  respond: async (_input, { onDelta }) => {
    await new Promise((done) => setTimeout(done, thinkMs));
    onDelta(PERSONA);
    return {
      text: PERSONA,
      usage: { promptTokens: tokens - 10, completionTokens: 10 },
      source: 'llm',
      closing: false,
      replaced: false,
    };
  },
});

const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

describe.each(databaseKinds())('privacy on %s', (kind) => {
  async function setup(options: Parameters<typeof createTestApp>[0] = {}) {
    const { app, deps } = await createTestApp({
      kind,
      ...options,
      env: { PUBLIC_URL: 'https://coach.example.org', ...options.env },
    });
    const scenario = deps.scenarios.list({ language: 'nl' })[0]!;
    const learnerId = `learner-${crypto.randomUUID()}`;
    const start = async (headers: Record<string, string> = {}) => {
      const res = await app.request('/v1/sessions', json({ scenarioId: scenario.id, learnerId }, headers));
      expect(res.status).toBe(201);
      return (await res.json()) as { id: string };
    };
    return { app, deps, learnerId, start };
  }

  it('erases a session: everything about it is gone, and it stays gone', async () => {
    const { app, start, learnerId } = await setup();
    const session = await start();
    expect((await app.request(`/v1/sessions/${session.id}/turns`, json({ content: REPLY }))).status).toBe(
      200,
    );
    expect((await app.request(`/v1/sessions/${session.id}/end`, { method: 'POST' })).status).toBe(200);

    const erased = await app.request(`/v1/sessions/${session.id}`, { method: 'DELETE' });
    expect(erased.status).toBe(204);
    expect(await erased.text()).toBe('');
    for (const path of ['', '/report', '/xapi']) {
      expect((await app.request(`/v1/sessions/${session.id}${path}`)).status).toBe(404);
    }
    expect((await app.request(`/v1/sessions/${session.id}/turns`, json({ content: REPLY }))).status).toBe(
      404,
    );
    const progress = await (await app.request(`/v1/learners/${learnerId}/progress`)).json();
    expect(progress.sessions).toEqual([]);
    expect((await app.request(`/v1/sessions/${session.id}`, { method: 'DELETE' })).status).toBe(404);
  });

  it('erases a learner with all their sessions', async () => {
    const { app, start, learnerId } = await setup();
    const [first, second] = [await start(), await start()];
    await app.request(`/v1/sessions/${first.id}/end`, { method: 'POST' });
    expect((await app.request(`/v1/learners/${learnerId}`, { method: 'DELETE' })).status).toBe(204);
    for (const id of [first.id, second.id])
      expect((await app.request(`/v1/sessions/${id}`)).status).toBe(404);
    expect((await app.request(`/v1/learners/${learnerId}/progress`)).status).toBe(404);
    expect((await app.request(`/v1/learners/${learnerId}`, { method: 'DELETE' })).status).toBe(404);
    expect(
      (await app.request(`/v1/learners/${encodeURIComponent(' padded ')}`, { method: 'DELETE' })).status,
    ).toBe(400);
  });

  it('never logs reply text, persona text or keys', async () => {
    const lines: string[] = [];
    const logger = createLogger('debug', (line) => lines.push(line));
    const ADMIN_TOKEN = 'admin-token-for-tests-0123456789';
    const { app, deps } = await createTestApp({
      kind,
      logger,
      rolePlayer: tokenSpendingPersona(50),
      env: { AUTH: 'api-key', ADMIN_TOKEN },
    });
    const created = await app.request(
      '/v1/admin/keys',
      json({ name: 'logged?' }, { authorization: `Bearer ${ADMIN_TOKEN}` }),
    );
    const { key } = await created.json();
    const auth = { authorization: `Bearer ${key}` };
    const scenario = deps.scenarios.list({ language: 'nl' })[0]!;
    const session = await (await app.request('/v1/sessions', json({ scenarioId: scenario.id }, auth))).json();
    expect(
      (await app.request(`/v1/sessions/${session.id}/turns`, json({ content: REPLY }, auth))).status,
    ).toBe(200);
    await app.request(
      `/v1/sessions/${session.id}/turns?key=${key}`,
      json({ content: REPLY }, { authorization: 'Bearer nope' }),
    );
    await app.request(`/v1/sessions/${session.id}/end`, { method: 'POST', headers: auth });

    const log = lines.join('\n');
    expect(lines.length).toBeGreaterThan(3);
    expect(log).not.toContain(key);
    expect(log).not.toContain(key.slice(3, 23));
    expect(log).not.toContain(ADMIN_TOKEN);
    expect(log).not.toContain(REPLY.slice(0, 24));
    expect(log).not.toContain(PERSONA);
  });

  it.each([
    ['the session', 'streamed'],
    ['the learner', 'answered as JSON'],
  ] as const)(
    'ends a turn with session_erased when %s is erased while it is %s, logs why, and counts what the model spent',
    async (what, how) => {
      const lines: string[] = [];
      let asked!: () => void;
      const persona = new Promise<void>((resolve) => {
        asked = resolve;
      });
      let answer!: () => void;
      const answered = new Promise<void>((resolve) => {
        answer = resolve;
      });
      const spending = tokenSpendingPersona(70);
      const { app, deps } = await createTestApp({
        kind,
        logger: createLogger('info', (line) => lines.push(line)),
        rolePlayer: {
          kind: 'llm',
          respond: async (input, options) => {
            asked();
            await answered;
            return spending.respond(input, options);
          },
        },
        env: { AUTH: 'api-key', DAILY_TOKEN_BUDGET: '1000' },
      });
      const { key, tenantId } = await createKeyStore(deps.db.db).create({ name: 'erasing' });
      const auth = { authorization: `Bearer ${key}` };
      const scenario = deps.scenarios.list({ language: 'nl' })[0]!;
      const learnerId = `learner-${crypto.randomUUID()}`;
      const started = await app.request('/v1/sessions', json({ scenarioId: scenario.id, learnerId }, auth));
      const { id } = (await started.json()) as { id: string };
      const streamed: Record<string, string> = how === 'streamed' ? { accept: 'text/event-stream' } : {};
      const turn = app.request(
        `/v1/sessions/${id}/turns`,
        json({ content: REPLY }, { ...auth, ...streamed }),
      );

      await persona;
      // The persona may be asked before the reply is stored (a reply read early): erased once it is stored.
      const stored = async () => {
        const view = await app.request(`/v1/sessions/${id}`, { headers: auth });
        return JSON.stringify(await view.json()).includes(REPLY);
      };
      while (!(await stored())) await new Promise((next) => setTimeout(next, 5));
      const path = what === 'the session' ? `/v1/sessions/${id}` : `/v1/learners/${learnerId}`;
      expect((await app.request(path, { method: 'DELETE', headers: auth })).status).toBe(204);
      answer();
      const res = await turn;
      if (how === 'streamed') {
        const events = parseSse(await res.text());
        expect(events.at(-1)).toEqual({
          event: 'error',
          data: { code: 'session_erased', message: expect.stringMatching(/erased/) },
        });
      } else {
        expect(res.status).toBe(409);
        expect((await res.json()).error.code).toBe('session_erased');
      }
      const logged = lines.map((line) => JSON.parse(line)).find((line) => /erased while/.test(line.msg));
      expect(logged).toMatchObject({ level: 'warn', sessionId: id, err: { message: expect.any(String) } });
      expect(lines.join('\n')).not.toMatch(/"level":"error"/);
      // The session stays erased; what the model spent stays counted.
      expect((await app.request(`/v1/sessions/${id}`, { headers: auth })).status).toBe(404);
      const budget = createTokenBudget(deps.db.db, { dailyBudget: 1000, perTurn: 0 });
      expect(await budget.usedToday(tenantId, new Date())).toBe(70);
    },
  );

  it('never echoes or logs a key pasted into a URL path', async () => {
    const lines: string[] = [];
    const { app, deps } = await createTestApp({
      kind,
      logger: createLogger('debug', (line) => lines.push(line)),
      env: { AUTH: 'api-key' },
    });
    const { key } = await createKeyStore(deps.db.db).create({ name: 'pasted' });
    const auth = { authorization: `Bearer ${key}` };
    const answers: string[] = [];
    for (const [path, headers] of [
      [`/v1/sessions/${key}`, auth],
      [`/v1/learners/${key}/progress`, auth],
      [`/v1/scenarios/${key}`, auth],
      [`/v1/${key}`, auth],
      [`/${key}`, auth],
      [`/v1/sessions/${key.slice(0, 20)}`, auth],
      [`/v1/sessions/${key}`, {}],
    ] as const) {
      const res = await app.request(path, { headers });
      expect(res.status, path).toBeGreaterThanOrEqual(400);
      answers.push(await res.text());
    }
    const everything = [...answers, ...lines].join('\n');
    expect(everything).not.toContain(key.slice(3, 13));
    expect(everything).toContain('rh_[redacted]');
  });
});

describe.each(databaseKinds())('daily token budget on %s', (kind) => {
  it("refuses turns once the consumer's persona has spent the day's budget, other consumers unaffected", async () => {
    const { app, deps } = await createTestApp({
      kind,
      rolePlayer: tokenSpendingPersona(70),
      env: { AUTH: 'api-key', DAILY_TOKEN_BUDGET: '100' },
    });
    const keys = createKeyStore(deps.db.db);
    const [a, b] = [await keys.create({ name: 'A' }), await keys.create({ name: 'B' })];
    const scenario = deps.scenarios.list({ language: 'nl' })[0]!;
    const startAs = async (key: string) =>
      (await (
        await app.request(
          '/v1/sessions',
          json({ scenarioId: scenario.id }, { authorization: `Bearer ${key}` }),
        )
      ).json()) as {
        id: string;
      };
    const turn = (key: string, id: string) =>
      app.request(`/v1/sessions/${id}/turns`, json({ content: REPLY }, { authorization: `Bearer ${key}` }));

    const sessionA = await startAs(a.key);
    expect((await turn(a.key, sessionA.id)).status).toBe(200);
    expect((await turn(a.key, sessionA.id)).status).toBe(200);
    const refused = await turn(a.key, sessionA.id);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await refused.json()).error).toMatchObject({
      code: 'token_budget_exceeded',
      details: { budget: 100, used: 140 },
    });

    // Erasing the spent sessions does not buy a new budget.
    expect(
      (
        await app.request(`/v1/sessions/${sessionA.id}`, {
          method: 'DELETE',
          headers: { authorization: `Bearer ${a.key}` },
        })
      ).status,
    ).toBe(204);
    const fresh = await startAs(a.key);
    expect((await turn(a.key, fresh.id)).status).toBe(429);

    const sessionB = await startAs(b.key);
    expect((await turn(b.key, sessionB.id)).status).toBe(200);
  });

  it('lets only as many turns start together as the budget allows, and gives back the charge of a turn that could not start', async () => {
    const { app, deps } = await createTestApp({
      kind,
      rolePlayer: tokenSpendingPersona(70, 300),
      env: { AUTH: 'api-key', DAILY_TOKEN_BUDGET: '100' },
    });
    const { key, tenantId } = await createKeyStore(deps.db.db).create({ name: 'A' });
    const auth = { authorization: `Bearer ${key}` };
    const scenario = deps.scenarios.list({ language: 'nl' })[0]!;
    const start = async () =>
      (
        (await (await app.request('/v1/sessions', json({ scenarioId: scenario.id }, auth))).json()) as {
          id: string;
        }
      ).id;
    const turn = (id: string) => app.request(`/v1/sessions/${id}/turns`, json({ content: REPLY }, auth));
    const used = () =>
      createTokenBudget(deps.db.db, { dailyBudget: 100, perTurn: 400 }).usedToday(tenantId, new Date());

    const ids = await Promise.all(Array.from({ length: 5 }, start));
    const statuses = (await Promise.all(ids.map(turn))).map((res) => res.status);
    expect(statuses).toContain(429);
    const answered = statuses.filter((status) => status === 200).length;
    expect(answered).toBeGreaterThan(0);
    expect(await used()).toBe(70 * answered);

    // Two turns at once on one session: the one that finds the session busy gets its charge back.
    const { app: roomy, deps: roomyDeps } = await createTestApp({
      kind,
      db: deps.db,
      rolePlayer: tokenSpendingPersona(70, 300),
      env: { AUTH: 'api-key', DAILY_TOKEN_BUDGET: '100000' },
    });
    const b = await createKeyStore(roomyDeps.db.db).create({ name: 'B' });
    const bAuth = { authorization: `Bearer ${b.key}` };
    const session = (await (
      await roomy.request('/v1/sessions', json({ scenarioId: scenario.id }, bAuth))
    ).json()) as { id: string };
    const both = await Promise.all(
      [1, 2].map(() => roomy.request(`/v1/sessions/${session.id}/turns`, json({ content: REPLY }, bAuth))),
    );
    expect(both.map((res) => res.status).sort()).toEqual([200, 409]);
    expect(
      await createTokenBudget(deps.db.db, { dailyBudget: 100000, perTurn: 400 }).usedToday(
        b.tenantId,
        new Date(),
      ),
    ).toBe(70);
  });
});
