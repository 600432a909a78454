import { setTimeout as sleep } from 'node:timers/promises';
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../../src/db/database.ts';
import { freshPglite } from '../db.ts';
import { fake, startFakeOpenAI } from '../fake-openai.ts';
import { createTestApp, startTestServer } from '../harness.ts';
import { createSession, LEARNER_REPLIES, PERSONA_REPLY, streamTurn } from '../session-client.ts';
import { errorEvent } from './helpers.ts';

// The database going away under a running server: requests get 503 in the error shape, the process
// keeps serving what it can (health), and on PostgreSQL it comes back once the server is reachable.

const json = (body: unknown) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

const errorShape = (code: string) => ({
  error: { code, message: expect.any(String), requestId: expect.any(String) },
});

describe('PGlite: the database handle closed under the app', () => {
  it('answers 503 database_unavailable in the error shape, never crashes, health still answers', async () => {
    const db = await freshPglite();
    const { app, deps } = await createTestApp({ db });
    const scenarioId = deps.scenarios.list({ language: 'en' })[0]!.id;
    const created = await app.request('/v1/sessions', json({ scenarioId }));
    expect(created.status).toBe(201);
    const { id } = await created.json();

    await db.close();
    const requests: [string, RequestInit][] = [
      [`/v1/sessions/${id}`, {}],
      ['/v1/sessions', json({ scenarioId })],
      [`/v1/sessions/${id}/turns`, json({ content: LEARNER_REPLIES[0] })],
      [`/v1/sessions/${id}/end`, { method: 'POST' }],
      ['/v1/learners/someone/progress', {}],
    ];
    for (const [path, init] of requests) {
      const res = await app.request(path, init);
      expect(res.status, path).toBe(503);
      expect(await res.json(), path).toMatchObject(errorShape('database_unavailable'));
    }
    const ready = await app.request('/readyz');
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject(errorShape('not_ready'));
    expect((await app.request('/healthz')).status).toBe(200);
  });

  it('closed mid-stream: the stream ends with an error event and the server keeps serving', async () => {
    const db = await freshPglite();
    const upstream = await startFakeOpenAI({
      behaviour: fake.text(PERSONA_REPLY, { firstTokenDelayMs: 5, interTokenDelayMs: 30 }),
    });
    const server = await startTestServer({
      db,
      env: { OPENAI_BASE_URL: upstream.url, ROLEPLAY_MODEL: 'fake' },
    });
    try {
      const id = await createSession(server.url);
      let closing: Promise<void> | undefined;
      const turn = await streamTurn(server.url, id, LEARNER_REPLIES[0]!, {
        onEvent: (event) => {
          if (event.event === 'delta') closing ??= db.close();
        },
      });
      await closing;
      expect(errorEvent(turn).code).toBe('database_unavailable');
      const health = await fetch(`${server.url}/healthz`);
      expect(health.status).toBe(200);
      const res = await fetch(`${server.url}/v1/sessions/${id}`);
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject(errorShape('database_unavailable'));
    } finally {
      await server.close();
      await upstream.close();
    }
  });
});

const adminUrl = process.env.TEST_DATABASE_URL;

describe.skipIf(!adminUrl)('PostgreSQL: connections terminated under the app, then back', () => {
  // A database of its own, so terminating its connections touches no other test.
  const name = `rehearse_fault_${process.pid}_${Date.now()}`;
  const admin = adminUrl ? postgres(adminUrl, { max: 1, onnotice: () => {} }) : undefined;
  const url = () => {
    const parsed = new URL(adminUrl!);
    parsed.pathname = `/${name}`;
    return parsed.toString();
  };

  afterAll(async () => {
    if (!admin) return;
    await admin.unsafe(`drop database if exists ${name} with (force)`).catch(() => {});
    await admin.end({ timeout: 5 });
  });

  it('fails requests with 503 while the connections are gone, then serves them again', async () => {
    await admin!.unsafe(`create database ${name}`);
    const db = await openPostgres(url(), { max: 3 });
    await db.migrate();
    const { app, deps } = await createTestApp({ db });
    try {
      const scenarioId = deps.scenarios.list({ language: 'en' })[0]!.id;
      const created = await app.request('/v1/sessions', json({ scenarioId }));
      expect(created.status).toBe(201);
      const { id } = await created.json();

      const killed = await admin!`
        select pg_terminate_backend(pid) as done from pg_stat_activity
        where datname = ${name} and pid <> pg_backend_pid()`;
      expect(killed.length).toBeGreaterThan(0);

      const statuses: number[] = [];
      for (let attempt = 0; attempt < 20; attempt++) {
        const res = await app.request(`/v1/sessions/${id}`);
        statuses.push(res.status);
        if (res.status === 200) break;
        expect(await res.json()).toMatchObject(errorShape('database_unavailable'));
        await sleep(100);
      }
      expect(statuses.at(-1)).toBe(200);
      expect(statuses.every((status) => status === 200 || status === 503)).toBe(true);
      // Each pooled connection that was cut fails the one query that finds it so: the pool is back once a
      // round of parallel reads, one per connection, all succeed.
      for (let round = 0; round < 10; round++) {
        const reads = await Promise.all([1, 2, 3].map(() => app.request(`/v1/sessions/${id}`)));
        for (const res of reads) expect([200, 503]).toContain(res.status);
        if (reads.every((res) => res.status === 200)) break;
        await sleep(100);
      }
      const turn = await app.request(`/v1/sessions/${id}/turns`, json({ content: LEARNER_REPLIES[0] }));
      expect(turn.status).toBe(200);
    } finally {
      await db.close();
    }
  });
});
