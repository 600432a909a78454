import { sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { databaseKinds, testDatabase } from '../../test/db.ts';
import { createTestApp } from '../../test/harness.ts';
import type { AppEnv } from '../app-env.ts';
import { type AppError, errorBody } from '../errors.ts';
import type { ApiScope } from '../vocabulary.ts';
import { generateApiKey, hashApiKey } from './api-key.ts';
import { createKeyStore } from './key-store.ts';
import { runKeysCommand } from './keys-cli.ts';
import { requireScope, scopesForPath } from './scopes.ts';

// What each scope opens and what it does not: a key without the scope a route needs gets 403 in the one error
// shape, whatever the route; a scope never reaches another consumer's data.

const ADMIN_TOKEN = 'admin-token-for-tests-0123456789';
const REPLY = 'I hear that this is hard for you. What would help you most? Shall we agree on a next step?';

async function setup(kind: 'pglite' | 'postgres' = 'pglite', env: Record<string, string> = {}) {
  const { app, deps } = await createTestApp({ kind, env: { AUTH: 'api-key', ADMIN_TOKEN, ...env } });
  const keys = createKeyStore(deps.db.db);
  const call = (key: string, method: string, path: string, body?: unknown) =>
    app.request(path, {
      method,
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const keyWith = async (...scopes: ApiScope[]) =>
    (await keys.create({ name: `scopes ${scopes.join(',')}`, scopes })).key;
  const scenario = deps.scenarios.list({ language: 'en' })[0]!;
  return { app, deps, keys, call, keyWith, scenario };
}

const expectForbidden = async (res: Response, scope: string) => {
  expect(res.status).toBe(403);
  const body = await res.json();
  expect(body).toEqual({
    error: { code: 'forbidden', message: expect.any(String), requestId: expect.any(String) },
  });
  expect(body.error.message).toContain(`\`${scope}\``);
};

describe('which scope opens which path', () => {
  it.each([
    ['/v1/sessions', ['learner']],
    ['/v1/sessions/{id}/turns', ['learner']],
    ['/v1/learners/{learnerId}/progress', ['learner']],
    ['/v1/webhooks', ['learner']],
    ['/v1/no-such-route', ['learner']],
    ['/v1/scenarios', ['learner', 'author']],
    ['/v1/scenarios/validate', ['learner', 'author']],
    ['/v1/rubric/score', ['learner', 'author']],
    ['/v1/scenariosx', ['learner']],
    ['/v1/studio/play', ['author']],
    ['/v1/analytics/scenarios', ['analytics']],
    ['/v1/analyticsx', ['learner']],
    ['/v1/admin/keys', []],
    ['/healthz', []],
  ])('%s needs any of %j', (path, scopes) => {
    expect(scopesForPath(path)).toEqual(scopes);
  });
});

describe.each(databaseKinds())('scopes on %s', (kind) => {
  it('gives a key made without scopes, and a key stored before scopes existed, the learner scope', async () => {
    const { keys, call, scenario, deps } = await setup(kind);
    const made = await keys.create({ name: 'no scopes named' });
    expect(made.scopes).toEqual(['learner']);

    // As the migration left the keys it found: a row written without the column takes its default.
    const old = generateApiKey();
    const id = crypto.randomUUID();
    await deps.db.db.execute(
      // Milliseconds, as the store writes them: the key list pages on them.
      sql`insert into api_keys (id, tenant_id, name, key_hash, key_prefix, created_at) values (${id}, ${id}, 'old', ${hashApiKey(old)}, 'rh_old', date_trunc('milliseconds', now()))`,
    );
    expect(await keys.authenticate(old)).toEqual({ keyId: id, tenantId: id, scopes: ['learner'] });
    for (const key of [made.key, old]) {
      expect((await call(key, 'POST', '/v1/sessions', { scenarioId: scenario.id })).status).toBe(201);
      await expectForbidden(await call(key, 'GET', '/v1/analytics/scenarios'), 'analytics');
      await expectForbidden(await call(key, 'GET', '/v1/studio/anything'), 'author');
    }
  });

  it('refuses an analytics-only key every learner route, with 403 and nothing of the data', async () => {
    const { call, keyWith, scenario } = await setup(kind);
    const learner = await keyWith('learner');
    const session = await (await call(learner, 'POST', '/v1/sessions', { scenarioId: scenario.id })).json();
    const analytics = await keyWith('analytics');
    for (const [method, path, body] of [
      ['POST', '/v1/sessions', { scenarioId: scenario.id }],
      ['GET', `/v1/sessions/${session.id}`],
      ['POST', `/v1/sessions/${session.id}/turns`, { content: REPLY }],
      ['GET', '/v1/learners/someone/progress'],
      ['DELETE', `/v1/sessions/${session.id}`],
      ['GET', '/v1/webhooks'],
      ['GET', '/v1/scenarios'],
      ['POST', '/v1/rubric/score', { reply: REPLY }],
      ['GET', '/v1/studio/anything'],
    ] as const) {
      const res = await call(analytics, method, path, body);
      expect(res.status, `${method} ${path}`).toBe(403);
      expect((await res.json()).error.code).toBe('forbidden');
    }
    // The session is untouched: the refused turn and delete never ran.
    const kept = await (await call(learner, 'GET', `/v1/sessions/${session.id}`)).json();
    expect(kept.turns.filter((turn: { role: string }) => turn.role === 'learner')).toHaveLength(0);
  });

  it('lets an author read the library and score replies, but not rehearse as a learner', async () => {
    const { call, keyWith, scenario } = await setup(kind);
    const author = await keyWith('author');
    expect((await call(author, 'GET', '/v1/scenarios')).status).toBe(200);
    expect((await call(author, 'GET', `/v1/scenarios/${scenario.id}`)).status).toBe(200);
    expect((await call(author, 'GET', '/v1/principles')).status).toBe(200);
    expect((await call(author, 'POST', '/v1/rubric/score', { reply: REPLY })).status).toBe(200);
    await expectForbidden(await call(author, 'POST', '/v1/sessions', { scenarioId: scenario.id }), 'learner');
    await expectForbidden(await call(author, 'GET', '/v1/analytics/scenarios'), 'analytics');
    // The gate stands before routing: an unknown studio path is a 404 only for a key that may ask.
    expect((await call(author, 'GET', '/v1/studio/no-such-thing')).status).toBe(404);
  });

  it("gives admin every scope of its own consumer, never another consumer's data", async () => {
    const { call, keyWith, keys, scenario } = await setup(kind);
    const a = await keyWith('learner');
    const started = await call(a, 'POST', '/v1/sessions', { scenarioId: scenario.id, learnerId: 'ann' });
    const session = await started.json();
    expect((await call(a, 'POST', `/v1/sessions/${session.id}/turns`, { content: REPLY })).status).toBe(200);

    const admin = (await keys.create({ name: 'B admin', scopes: ['admin'] })).key;
    expect((await call(admin, 'POST', '/v1/sessions', { scenarioId: scenario.id })).status).toBe(201);
    expect((await call(admin, 'GET', '/v1/scenarios')).status).toBe(200);
    for (const [method, path] of [
      ['GET', `/v1/sessions/${session.id}`],
      ['GET', `/v1/sessions/${session.id}/report`],
      ['POST', `/v1/sessions/${session.id}/end`],
      ['DELETE', `/v1/sessions/${session.id}`],
    ] as const) {
      expect((await call(admin, method, path)).status, `${method} ${path}`).toBe(404);
    }
    const progress = await (await call(admin, 'GET', '/v1/learners/ann/progress')).json();
    expect(JSON.stringify(progress)).not.toContain(session.id);
    expect((await call(a, 'GET', `/v1/sessions/${session.id}`)).status).toBe(200);
  });

  it('never lets an odd spelling of a path slip past the gate', async () => {
    const { call, keyWith } = await setup(kind);
    const analytics = await keyWith('analytics');
    for (const path of [
      '//v1/sessions',
      '/v1//sessions',
      '/v1/sessions/',
      '/v1/./sessions',
      '/v1/x/../sessions',
    ]) {
      const res = await call(analytics, 'GET', path);
      expect([403, 404], path).toContain(res.status);
    }
  });
});

describe('setting scopes', () => {
  const adminCall = (
    app: Awaited<ReturnType<typeof setup>>['app'],
    method: string,
    path: string,
    body?: unknown,
  ) =>
    app.request(path, {
      method,
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  it('through the admin API: at creation, and changed later with effect on the next request', async () => {
    const { app, call } = await setup();
    const created = await (
      await adminCall(app, 'POST', '/v1/admin/keys', { name: 'Studio', scopes: ['author', 'learner'] })
    ).json();
    expect(created.scopes).toEqual(['learner', 'author']);
    expect((await call(created.key, 'GET', '/v1/scenarios')).status).toBe(200);

    const changed = await adminCall(app, 'PATCH', `/v1/admin/keys/${created.id}`, { scopes: ['analytics'] });
    expect(changed.status).toBe(200);
    const body = await changed.json();
    expect(body).toMatchObject({ id: created.id, scopes: ['analytics'] });
    expect(body).not.toHaveProperty('key');
    await expectForbidden(await call(created.key, 'GET', '/v1/scenarios'), 'learner');

    const plain = await (await adminCall(app, 'POST', '/v1/admin/keys', { name: 'Plain' })).json();
    expect(plain.scopes).toEqual(['learner']);
  });

  it.each([
    [{ scopes: [] }],
    [{ scopes: ['root'] }],
    [{ scopes: ['learner', 'learner'] }],
    [{ scopes: 'admin' }],
    [{}],
  ])('refuses the scopes %j with 400', async (input) => {
    const { app, keys } = await setup();
    const key = await keys.create({ name: 'x' });
    const res = await adminCall(app, 'PATCH', `/v1/admin/keys/${key.id}`, input);
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('invalid_request');
    const created = await adminCall(app, 'POST', '/v1/admin/keys', { name: 'x', ...input });
    expect(created.status).toBe(Object.keys(input).length === 0 ? 201 : 400);
  });

  it('answers 404 for a key that does not exist, and the admin API stays closed to consumer keys', async () => {
    const { app, call, keyWith } = await setup();
    const res = await adminCall(app, 'PATCH', `/v1/admin/keys/${crypto.randomUUID()}`, {
      scopes: ['learner'],
    });
    expect(res.status).toBe(404);
    const admin = await keyWith('admin');
    const mine = await call(admin, 'PATCH', `/v1/admin/keys/${crypto.randomUUID()}`, { scopes: ['admin'] });
    expect(mine.status).toBe(401);
  });

  it('through the keys command', async () => {
    const db = await testDatabase();
    let out = '';
    let err = '';
    const io = { out: (text: string) => (out = text), err: (text: string) => (err += text) };
    expect(await runKeysCommand(['create', '--name', 'BI', '--scopes', 'analytics'], db.db, io)).toBe(0);
    const created = JSON.parse(out);
    expect(created.scopes).toEqual(['analytics']);
    expect(await runKeysCommand(['scopes', created.id, '--scopes', 'learner, author'], db.db, io)).toBe(0);
    expect(JSON.parse(out).scopes).toEqual(['learner', 'author']);
    expect((await createKeyStore(db.db).authenticate(created.key))?.scopes).toEqual(['learner', 'author']);

    for (const argv of [
      ['create', '--name', 'x', '--scopes', 'root'],
      ['create', '--name', 'x', '--scopes', ''],
      ['scopes', created.id],
      ['scopes', '--scopes', 'learner'],
    ]) {
      err = '';
      expect(await runKeysCommand(argv, db.db, io), argv.join(' ')).toBe(2);
      expect(err).toMatch(/scope/i);
    }
    expect(await runKeysCommand(['scopes', crypto.randomUUID(), '--scopes', 'admin'], db.db, io)).toBe(1);
  });
});

describe('requireScope', () => {
  // A throwaway app: the scopes a caller has come from a header here, as they come from the key in the API.
  function probe() {
    const app = new Hono<AppEnv>();
    app.use(async (c, next) => {
      c.set('scopes', (c.req.header('x-scopes') ?? '').split(',').filter(Boolean) as ApiScope[]);
      await next();
    });
    app.post('/save', requireScope('author'), (c) => c.json({ saved: true }));
    app.get('/either', requireScope('author', 'analytics'), (c) => c.json({ ok: true }));
    app.onError((error, c) => {
      const appError = error as AppError;
      return c.json(errorBody(appError, 'req'), appError.status);
    });
    return app;
  }

  it.each([
    ['POST', '/save', 'author', 200],
    ['POST', '/save', 'learner,analytics', 403],
    ['POST', '/save', 'admin', 200],
    ['POST', '/save', '', 403],
    ['GET', '/either', 'analytics', 200],
    ['GET', '/either', 'learner', 403],
  ])('%s %s with scopes %j answers %i', async (method, path, scopes, status) => {
    const res = await probe().request(path, { method, headers: { 'x-scopes': scopes } });
    expect(res.status).toBe(status);
    if (status === 403) expect((await res.json()).error.code).toBe('forbidden');
  });

  it('passes everything on a server without keys', async () => {
    const { app, deps } = await createTestApp({ env: { AUTH: 'none' } });
    app.get('/v1/studio/probe', requireScope('author'), (c) => c.json({ ok: true }));
    expect((await app.request('/v1/studio/probe')).status).toBe(200);
    expect((await app.request('/v1/analytics/none-yet')).status).toBe(404);
    const scenarioId = deps.scenarios.list({ language: 'en' })[0]!.id;
    const res = await app.request('/v1/sessions', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ scenarioId }),
    });
    expect(res.status).toBe(201);
  });
});
