import { describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/db.ts';
import { startFakeLrs } from '../../../test/fake-lrs.ts';
import { createTestApp } from '../../../test/harness.ts';
import { validateStatement } from '../../../test/xapi-validator.ts';
import type { RolePlayer } from '../../roleplay/types.ts';

const REPLY =
  "I understand this matters to you. I can't take the project on, but shall we look at who can, tomorrow at ten?";

const json = (body: unknown) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

describe.each(databaseKinds())('xAPI on %s', (kind) => {
  async function rehearse(env: Record<string, string> = {}) {
    const { app, deps } = await createTestApp({ kind, env });
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
        env: { XAPI_ENDPOINT: lrs.endpoint },
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

  it('ends the session normally when the LRS is down', async () => {
    const lrs = await startFakeLrs();
    await lrs.close();
    const { app, session } = await rehearse({ XAPI_ENDPOINT: lrs.endpoint });
    const res = await app.request(`/v1/sessions/${session.id}/end`, { method: 'POST' });
    expect(res.status).toBe(200);
    expect((await res.json()).sessionId).toBe(session.id);
  });
});
