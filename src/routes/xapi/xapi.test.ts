import { describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/db.ts';
import { startFakeLrs } from '../../../test/fake-lrs.ts';
import { createTestApp } from '../../../test/harness.ts';
import { validateStatement } from '../../../test/xapi-validator.ts';
import { createKeyStore } from '../../auth/key-store.ts';
import { consumerXapi } from '../../db/schema/index.ts';
import type { RolePlayer } from '../../roleplay/types.ts';

const REPLY =
  "I understand this matters to you. I can't take the project on, but shall we look at who can, tomorrow at ten?";

const json = (body: unknown, method = 'POST') => ({
  method,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});
const PUBLIC_URL = 'https://coach.example.org';
const ENCRYPTION_KEY = 'an-encryption-key-for-tests-0123456789';
const verbs = (statements: { verb: { id: string } }[]) => statements.map((s) => s.verb.id.split('/').at(-1));

describe.each(databaseKinds())('xAPI on %s', (kind) => {
  async function rehearse(env: Record<string, string> = {}) {
    const { app, deps } = await createTestApp({ kind, env: { PUBLIC_URL, ...env } });
    const scenario = deps.scenarios.list({ language: 'en' })[0]!;
    const learnerId = `learner-${crypto.randomUUID()}`;
    const session = await (
      await app.request('/v1/sessions', json({ scenarioId: scenario.id, learnerId }))
    ).json();
    expect((await app.request(`/v1/sessions/${session.id}/turns`, json({ content: REPLY }))).status).toBe(
      200,
    );
    return { app, scenario, session, learnerId };
  }

  it('exports a session as valid xAPI 1.0.3 statements', async () => {
    const { app, scenario, session, learnerId } = await rehearse({ PUBLIC_URL: 'https://coach.example.org' });
    const before = await (await app.request(`/v1/sessions/${session.id}/xapi`)).json();
    expect(before.statements.map((s: { verb: { id: string } }) => s.verb.id.split('/').at(-1))).toEqual([
      'attempted',
      'responded',
    ]);
    expect((await app.request(`/v1/sessions/${session.id}/end`, { method: 'POST' })).status).toBe(200);

    const res = await app.request(`/v1/sessions/${session.id}/xapi`);
    expect(res.status).toBe(200);
    const { statements } = await res.json();
    expect(statements.map((s: { verb: { id: string } }) => s.verb.id.split('/').at(-1))).toEqual([
      'attempted',
      'responded',
      'completed',
    ]);
    for (const statement of statements) expect(validateStatement(statement)).toEqual([]);
    expect(statements[0].actor.account).toEqual({
      homePage: 'https://coach.example.org/consumers/local',
      name: learnerId,
    });
    expect(statements[0].object.id).toBe(
      `https://coach.example.org/xapi/activities/scenarios/${scenario.id}`,
    );
    expect(statements[0].object.definition.name).toEqual({ 'en-US': scenario.title });
    expect(statements[1].result.score.scaled).toBeGreaterThanOrEqual(0);
    expect(statements[1].result.score.scaled).toBeLessThanOrEqual(1);
    expect(statements[2].result.completion).toBe(true);
    // The one reply's confidence level, counted in the completed statement as the report counts it.
    const level = statements[1].result.extensions['https://coach.example.org/xapi/extensions/confidence'];
    expect(
      statements[2].result.extensions['https://coach.example.org/xapi/extensions/confidence-of-replies'],
    ).toEqual({ high: 0, medium: 0, low: 0, [level]: 1 });
    expect(JSON.stringify(statements)).not.toContain(REPLY.slice(0, 20));
  });

  it('forwards the statements to the LRS when a session ends', async () => {
    const lrs = await startFakeLrs();
    try {
      const { app, session } = await rehearse({
        XAPI_ENDPOINT: lrs.endpoint,
        XAPI_AUTH: 'Basic dGVzdDp0ZXN0',
      });
      const received = lrs.next();
      expect((await app.request(`/v1/sessions/${session.id}/end`, { method: 'POST' })).status).toBe(200);
      const request = await received;
      expect(request.url).toBe('/xapi/statements');
      expect(request.headers['x-experience-api-version']).toBe('1.0.3');
      expect(request.headers.authorization).toBe('Basic dGVzdDp0ZXN0');
      const exported = await (await app.request(`/v1/sessions/${session.id}/xapi`)).json();
      expect(request.body).toEqual(exported.statements);
    } finally {
      await lrs.close();
    }
  });

  it('forwards when the persona closes the session at the end of a streamed turn', async () => {
    const lrs = await startFakeLrs();
    try {
      const closing: RolePlayer = {
        kind: 'scripted',
        respond: async (_input, { onDelta }) => {
          onDelta('Goodbye.');
          return { text: 'Goodbye.', usage: null, source: 'script', closing: true, replaced: false };
        },
      };
      const { app, deps } = await createTestApp({
        kind,
        rolePlayer: closing,
        env: { XAPI_ENDPOINT: lrs.endpoint, PUBLIC_URL },
      });
      const scenario = deps.scenarios.list({ language: 'en' })[0]!;
      const session = await (await app.request('/v1/sessions', json({ scenarioId: scenario.id }))).json();
      const received = lrs.next();
      const res = await app.request(`/v1/sessions/${session.id}/turns`, {
        ...json({ content: REPLY }),
        headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      });
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('event: done');
      const request = await received;
      const verbs = (request.body as { verb: { id: string } }[]).map((s) => s.verb.id.split('/').at(-1));
      expect(verbs).toEqual(['attempted', 'responded', 'completed']);
    } finally {
      await lrs.close();
    }
  });

  it('builds every IRI on PUBLIC_URL whatever Host the request names, and needs it', async () => {
    const { app, session } = await rehearse();
    const hosts = ['http://127.0.0.1', 'http://localhost:3000', 'http://attacker.example'];
    const answers = await Promise.all(
      hosts.map(async (host) => (await app.request(`${host}/v1/sessions/${session.id}/xapi`)).json()),
    );
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    expect(JSON.stringify(answers[0])).not.toMatch(/attacker|localhost|127\.0\.0\.1/);

    const { app: unset } = await createTestApp({ kind });
    const res = await unset.request(`/v1/sessions/${session.id}/xapi`);
    expect(res.status).toBe(503);
    expect((await res.json()).error).toMatchObject({ code: 'not_configured', message: /PUBLIC_URL/ });
  });

  it('names the learner by the actor the consumer set, validated, in every statement', async () => {
    const { app, session, learnerId } = await rehearse();
    const actorPath = `/v1/learners/${learnerId}/actor`;
    expect(await (await app.request(actorPath)).json()).toMatchObject({
      source: 'default',
      actor: { account: { homePage: `${PUBLIC_URL}/consumers/local`, name: learnerId } },
    });

    for (const bad of [
      { mbox: 'mailto:jan@example.org' },
      { account: { homePage: 'not a url', name: 'x' } },
      { account: { homePage: 'https://lms.example.org' } },
      { mbox_sha1sum: 'abc' },
      { account: { homePage: 'https://lms.example.org', name: 'x' }, mbox_sha1sum: 'a'.repeat(40) },
    ]) {
      const res = await app.request(actorPath, json(bad, 'PUT'));
      expect(res.status, JSON.stringify(bad)).toBe(400);
      expect((await res.json()).error.code).toBe('invalid_request');
    }

    const account = { account: { homePage: 'https://lms.example.org', name: 'lms-user-42' } };
    const set = await app.request(actorPath, json(account, 'PUT'));
    expect(set.status).toBe(200);
    expect(await set.json()).toMatchObject({ source: 'learner', actor: { objectType: 'Agent', ...account } });
    const { statements } = await (await app.request(`/v1/sessions/${session.id}/xapi`)).json();
    expect(statements.length).toBeGreaterThan(1);
    for (const statement of statements) {
      expect(statement.actor).toEqual({ objectType: 'Agent', ...account });
      expect(validateStatement(statement)).toEqual([]);
    }

    const hashed = { mbox_sha1sum: 'A94A8FE5CCB19BA61C4C0873D391E987982FBBD3' };
    expect((await app.request(actorPath, json(hashed, 'PUT'))).status).toBe(200);
    const again = await (await app.request(`/v1/sessions/${session.id}/xapi`)).json();
    expect(again.statements[0].actor).toEqual({
      objectType: 'Agent',
      mbox_sha1sum: 'a94a8fe5ccb19ba61c4c0873d391e987982fbbd3',
    });

    expect((await app.request(actorPath, { method: 'DELETE' })).status).toBe(204);
    expect((await (await app.request(actorPath)).json()).source).toBe('default');
  });

  it("names every learner of a consumer as an account under the consumer's home page", async () => {
    const ADMIN_TOKEN = 'an-admin-token-for-tests-0123456789';
    const { app, session, learnerId } = await rehearse({ ADMIN_TOKEN });
    const admin = { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` };
    const put = await app.request('/v1/admin/consumers/local/xapi', {
      method: 'PUT',
      headers: admin,
      body: JSON.stringify({ actorHomePage: 'https://lms.example.org' }),
    });
    expect(put.status).toBe(200);
    try {
      const { statements } = await (await app.request(`/v1/sessions/${session.id}/xapi`)).json();
      expect(statements[0].actor).toEqual({
        objectType: 'Agent',
        account: { homePage: 'https://lms.example.org', name: learnerId },
      });
      expect((await (await app.request(`/v1/learners/${learnerId}/actor`)).json()).source).toBe('consumer');
    } finally {
      await app.request('/v1/admin/consumers/local/xapi', { method: 'DELETE', headers: admin });
    }
  });

  it('reports a session ended without a reply as abandoned: no completed statement, no score', async () => {
    const { app, deps } = await createTestApp({ kind, env: { PUBLIC_URL } });
    const scenario = deps.scenarios.list({ language: 'en' })[0]!;
    const session = await (await app.request('/v1/sessions', json({ scenarioId: scenario.id }))).json();
    const report = await (await app.request(`/v1/sessions/${session.id}/end`, { method: 'POST' })).json();
    expect(report.outcome).toBe('abandoned');
    const { statements } = await (await app.request(`/v1/sessions/${session.id}/xapi`)).json();
    expect(verbs(statements)).toEqual(['attempted', 'terminated']);
    expect(statements[1].result).toEqual({ completion: false });
    expect(JSON.stringify(statements)).not.toContain('"score"');
  });

  it("sends each consumer's statements to its own LRS, whose credentials are stored sealed and shown as a hint", async () => {
    const [own, shared] = [await startFakeLrs(), await startFakeLrs()];
    try {
      const ADMIN_TOKEN = 'an-admin-token-for-tests-0123456789';
      const { app, deps } = await createTestApp({
        kind,
        env: {
          AUTH: 'api-key',
          ADMIN_TOKEN,
          PUBLIC_URL,
          ENCRYPTION_KEY,
          ALLOW_LOOPBACK_TARGETS: 'true',
          XAPI_ENDPOINT: shared.endpoint,
        },
      });
      const keys = createKeyStore(deps.db.db);
      const [a, b] = await Promise.all([keys.create({ name: 'A' }), keys.create({ name: 'B' })]);
      const admin = (method: string, body?: unknown) =>
        app.request(`/v1/admin/consumers/${a.tenantId}/xapi`, {
          method,
          headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
          ...(body ? { body: JSON.stringify(body) } : {}),
        });
      const secret = 'Basic YS1scnM6cy1lLWMtci1lLXQ=';
      const refused = await admin('PUT', { lrs: { endpoint: 'http://lrs.example.org/xapi/' } });
      expect(refused.status).toBe(400);
      expect((await refused.json()).error.details.issues[0].path).toBe('lrs.endpoint');
      const put = await admin('PUT', { lrs: { endpoint: own.endpoint, authorization: secret } });
      expect(put.status).toBe(200);
      const shown = await put.json();
      expect(shown.lrs).toEqual({ endpoint: own.endpoint, authorization: 'Basic …LXQ=' });
      expect(JSON.stringify(await (await admin('GET')).json())).not.toContain('YS1scnM6');
      const rows = await deps.db.db.select().from(consumerXapi);
      expect(JSON.stringify(rows)).toContain(own.endpoint);
      expect(JSON.stringify(rows)).not.toContain('YS1scnM6');
      expect(
        (
          await app.request('/v1/admin/consumers/nobody/xapi', {
            headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
          })
        ).status,
      ).toBe(404);

      const scenario = deps.scenarios.list({ language: 'en' })[0]!;
      const endOne = async (key: string) => {
        const headers = { authorization: `Bearer ${key}`, 'content-type': 'application/json' };
        const session = await (
          await app.request('/v1/sessions', {
            method: 'POST',
            headers,
            body: JSON.stringify({ scenarioId: scenario.id }),
          })
        ).json();
        await app.request(`/v1/sessions/${session.id}/turns`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ content: REPLY }),
        });
        await app.request(`/v1/sessions/${session.id}/end`, { method: 'POST', headers });
        return session.id as string;
      };
      const toOwn = own.next();
      const idA = await endOne(a.key);
      const receivedA = await toOwn;
      expect(receivedA.headers.authorization).toBe(secret);
      expect((receivedA.body as { context: { registration: string } }[])[0]!.context.registration).toBe(idA);
      const toShared = shared.next();
      const idB = await endOne(b.key);
      const receivedB = await toShared;
      expect((receivedB.body as { context: { registration: string } }[])[0]!.context.registration).toBe(idB);
      expect(own.received).toHaveLength(1);
      expect(shared.received.every((request) => !JSON.stringify(request.body).includes(idA))).toBe(true);
    } finally {
      await Promise.all([own.close(), shared.close()]);
    }
  });

  it('ends the session normally when the LRS is down', async () => {
    const lrs = await startFakeLrs();
    await lrs.close();
    const { app, session } = await rehearse({ XAPI_ENDPOINT: lrs.endpoint });
    const res = await app.request(`/v1/sessions/${session.id}/end`, { method: 'POST' });
    expect(res.status).toBe(200);
    expect((await res.json()).sessionId).toBe(session.id);
  });
});
