import { afterEach, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/db.ts';
import { startFakeReceiver } from '../../../test/fake-receiver.ts';
import { createTestApp } from '../../../test/harness.ts';
import { createKeyStore } from '../../auth/key-store.ts';
import { createSecretBox } from '../../auth/secret-box.ts';
import { silentLogger } from '../../logger.ts';
import { createWebhookDispatcher, type WebhookDispatcher } from '../../webhooks/dispatcher.ts';
import { verifyWebhook } from '../../webhooks/signature.ts';
import { createWebhookStore } from '../../webhooks/store.ts';

// Webhooks from registration to delivery, with a real receiver on a port. Every test that runs a dispatcher is
// in this file: dispatchers share the queue of a shared database, so tests in parallel files would mix.

const ENCRYPTION_KEY = 'an-encryption-key-for-tests-0123456789';
const ENV = { ENCRYPTION_KEY, ALLOW_LOOPBACK_TARGETS: 'true', AUTH: 'api-key' };
const REPLY =
  "I can hear how frustrated you are, and that makes sense. I can't take it on, but shall we look at who can, tomorrow at ten?";
const FAST = { baseDelayMs: 40, maxDelayMs: 200, maxAttempts: 50 };

describe.each(databaseKinds())('webhooks on %s', (kind) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function setup(env: Record<string, string> = ENV) {
    const { app, deps } = await createTestApp({ kind, env });
    const keys = createKeyStore(deps.db.db);
    const [a, b] = await Promise.all([keys.create({ name: 'A' }), keys.create({ name: 'B' })]);
    const as =
      (key: string) =>
      (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
        app.request(path, {
          method,
          headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...headers },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
    const dispatcher = (retry = FAST): WebhookDispatcher => {
      const started = createWebhookDispatcher({
        store: createWebhookStore(deps.db.db),
        secrets: () => createSecretBox(ENCRYPTION_KEY),
        clock: () => new Date(),
        logger: silentLogger,
        allowLoopback: true,
        retry,
        pollMs: 20,
      });
      cleanups.push(() => started.stop());
      return started;
    };
    const scenarioId = deps.scenarios.list({ language: 'en' })[0]!.id;
    return { app, deps, a: as(a.key), b: as(b.key), dispatcher, scenarioId };
  }

  async function receiver(status?: number) {
    const started = await startFakeReceiver(status === undefined ? {} : { status });
    cleanups.push(started.close);
    return started;
  }

  it('registers HTTPS endpoints only, shows the secret once, and keeps each consumer to its own', async () => {
    const { a, b } = await setup({ ...ENV, ALLOW_LOOPBACK_TARGETS: 'false' });
    for (const [url, problem] of [
      ['http://lms.example.org/hooks', 'https'],
      ['https://127.0.0.1/hooks', 'loopback'],
      ['https://169.254.169.254/latest', 'reserved'],
      ['not a url', 'URL'],
    ] as const) {
      const res = await a('POST', '/v1/webhooks', { url });
      expect(res.status, url).toBe(400);
      const { error } = await res.json();
      expect(error.details.issues[0]).toMatchObject({
        path: 'url',
        message: expect.stringContaining(problem),
      });
    }
    expect(
      (await a('POST', '/v1/webhooks', { url: 'https://lms.example.org/h', events: ['nope'] })).status,
    ).toBe(400);

    const created = await a('POST', '/v1/webhooks', {
      url: 'https://lms.example.org/rehearse-events',
      events: ['session.ended'],
    });
    expect(created.status).toBe(201);
    const webhook = await created.json();
    expect(webhook).toMatchObject({
      url: 'https://lms.example.org/rehearse-events',
      events: ['session.ended'],
      secret: expect.stringMatching(/^whsec_[A-Za-z0-9+/]{32}$/),
    });
    expect(created.headers.get('location')).toBe(`/v1/webhooks/${webhook.id}`);

    const shown = [
      await (await a('GET', `/v1/webhooks/${webhook.id}`)).text(),
      await (await a('GET', '/v1/webhooks')).text(),
      await (await a('GET', `/v1/webhooks/${webhook.id}/deliveries`)).text(),
    ];
    for (const text of shown) expect(text).not.toContain(webhook.secret.slice(6));
    expect(JSON.parse(shown[1]!).webhooks.map((w: { id: string }) => w.id)).toContain(webhook.id);

    for (const [method, path] of [
      ['GET', `/v1/webhooks/${webhook.id}`],
      ['GET', `/v1/webhooks/${webhook.id}/deliveries`],
      ['DELETE', `/v1/webhooks/${webhook.id}`],
    ] as const) {
      expect((await b(method, path)).status, `${method} ${path}`).toBe(404);
    }
    expect((await (await b('GET', '/v1/webhooks')).json()).webhooks).toEqual([]);
    expect((await a('DELETE', `/v1/webhooks/${webhook.id}`)).status).toBe(204);
    expect((await a('GET', `/v1/webhooks/${webhook.id}`)).status).toBe(404);
  });

  it('needs ENCRYPTION_KEY to keep the secret, and says so', async () => {
    const { a } = await setup({ AUTH: 'api-key' });
    const res = await a('POST', '/v1/webhooks', { url: 'https://lms.example.org/h' });
    expect(res.status).toBe(503);
    expect((await res.json()).error).toMatchObject({ code: 'not_configured', message: /ENCRYPTION_KEY/ });
  });

  it('a receiver down for a while still gets every event once, signed, in order per session', async () => {
    const { a, b, dispatcher, scenarioId } = await setup();
    const hooks = await receiver();
    const other = await receiver();
    const { secret } = await (await a('POST', '/v1/webhooks', { url: hooks.url })).json();
    await b('POST', '/v1/webhooks', { url: other.url });
    await hooks.down();
    dispatcher().start();

    const rehearse = async (erase: boolean) => {
      const session = await (await a('POST', '/v1/sessions', { scenarioId, learnerId: 'lms-user-7' })).json();
      for (let turn = 0; turn < 2; turn++) {
        expect((await a('POST', `/v1/sessions/${session.id}/turns`, { content: REPLY })).status).toBe(200);
      }
      expect((await a('POST', `/v1/sessions/${session.id}/end`)).status).toBe(200);
      if (erase) expect((await a('DELETE', `/v1/sessions/${session.id}`)).status).toBe(204);
      return session.id as string;
    };
    const sessions = await Promise.all([rehearse(false), rehearse(true), rehearse(false)]);
    await new Promise((done) => setTimeout(done, 400)); // several attempts fail while it is down
    expect(hooks.accepted).toHaveLength(0);
    await hooks.up();
    await hooks.received(13);
    await new Promise((done) => setTimeout(done, 300)); // anything sent twice would have come by now

    expect(hooks.accepted).toHaveLength(13);
    expect(new Set(hooks.accepted.map((r) => r.event.id)).size).toBe(13);
    for (const received of hooks.accepted) {
      const header = (name: string) => String(received.headers[name]);
      expect(header('webhook-id')).toBe(received.event.id);
      const signed = {
        id: header('webhook-id'),
        timestamp: header('webhook-timestamp'),
        signature: header('webhook-signature'),
      };
      expect(verifyWebhook(secret, signed, received.body)).toBe(true);
      expect(verifyWebhook(secret, signed, received.body.replace('}', ' }'))).toBe(false);
    }
    for (const [index, sessionId] of sessions.entries()) {
      const events = hooks.accepted.filter((r) => r.event.data.sessionId === sessionId).map((r) => r.event);
      expect(events.map((event) => event.type)).toEqual([
        'session.started',
        'turn.scored',
        'turn.scored',
        'session.ended',
        ...(index === 1 ? ['session.erased'] : []),
      ]);
      expect(events[0]!.data).toMatchObject({ scenarioId, learnerId: 'lms-user-7', mode: 'practice' });
      expect(events[1]!.data).toMatchObject({ overall: expect.any(Number), seq: expect.any(Number) });
      expect(events[3]!.data).toMatchObject({ outcome: 'completed', overall: expect.any(Number) });
      expect(JSON.stringify(events)).not.toContain(REPLY.slice(0, 20));
    }
    expect(other.accepted).toHaveLength(0); // consumer B's webhook hears nothing of A

    const [webhook] = (await (await a('GET', '/v1/webhooks')).json()).webhooks;
    const { deliveries } = await (await a('GET', `/v1/webhooks/${webhook.id}/deliveries`)).json();
    expect(deliveries).toHaveLength(13);
    expect(deliveries.every((d: { status: string }) => d.status === 'delivered')).toBe(true);
    expect(Math.max(...deliveries.map((d: { attempts: number }) => d.attempts))).toBeGreaterThan(1);
    expect(deliveries.some((d: { lastError: string | null }) => d.lastError === null)).toBe(true);
  });

  it('tries again with growing waits, gives up at the limit, and the log says why', async () => {
    const { a, dispatcher, scenarioId } = await setup();
    const hooks = await receiver(500);
    await a('POST', '/v1/webhooks', { url: hooks.url, events: ['session.started'] });
    const session = await (await a('POST', '/v1/sessions', { scenarioId })).json();
    const started = dispatcher({ baseDelayMs: 30, maxDelayMs: 60, maxAttempts: 3 });
    started.start();
    const [webhook] = (await (await a('GET', '/v1/webhooks')).json()).webhooks;
    const log = async () =>
      (await (await a('GET', `/v1/webhooks/${webhook.id}/deliveries`)).json()).deliveries;
    for (let wait = 0; wait < 100 && (await log())[0]?.status !== 'failed'; wait++) {
      await new Promise((done) => setTimeout(done, 50));
    }
    expect(await log()).toEqual([
      expect.objectContaining({
        eventType: 'session.started',
        sessionId: session.id,
        status: 'failed',
        attempts: 3,
        lastStatus: 500,
        lastError: 'HTTP 500',
        nextAttemptAt: null,
      }),
    ]);
    expect(hooks.refused()).toBe(3);
  });
});
