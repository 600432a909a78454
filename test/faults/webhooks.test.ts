import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyWebhook } from '../../src/webhooks/signature.ts';
import { startFakeReceiver } from '../fake-receiver.ts';
import { type ServerProcess, startServer } from '../process.ts';
import { LEARNER_REPLIES, LOAD_SCENARIO_ID } from '../session-client.ts';

// The delivery queue outlives the process: events queued by a server killed with SIGKILL while the receiver was
// down reach it, once each and in order, from the server started again on the same data.

const dirs: string[] = [];
const running = new Set<ServerProcess>();
afterAll(async () => {
  for (const server of running) server.child.kill('SIGTERM');
  await Promise.all([...running].map((server) => server.exited));
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function start(dataDir: string) {
  const server = await startServer({
    DATA_DIR: dataDir,
    ENCRYPTION_KEY: 'an-encryption-key-for-tests-0123456789',
    ALLOW_LOOPBACK_TARGETS: 'true',
  });
  running.add(server);
  void server.exited.then(() => running.delete(server));
  return server;
}

const call = async (url: string, method: string, path: string, body?: unknown) => {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  expect(res.status, `${method} ${path}`).toBeLessThan(300);
  return res.json();
};

describe('webhook deliveries across a server restart', () => {
  it('kill -9 while the receiver is down: the restarted server delivers every event once, in order', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'rehearse-webhooks-'));
    dirs.push(dataDir);
    const receiver = await startFakeReceiver();
    try {
      await receiver.down();
      const first = await start(dataDir);
      const { secret } = await call(first.url, 'POST', '/v1/webhooks', { url: receiver.url });
      const session = await call(first.url, 'POST', '/v1/sessions', { scenarioId: LOAD_SCENARIO_ID });
      await call(first.url, 'POST', `/v1/sessions/${session.id}/turns`, { content: LEARNER_REPLIES[0] });
      await call(first.url, 'POST', `/v1/sessions/${session.id}/end`);
      process.kill(Number(readFileSync(join(dataDir, 'rehearse.lock'), 'utf8')), 'SIGKILL');
      await first.exited;
      expect(receiver.accepted).toHaveLength(0);

      await receiver.up();
      const second = await start(dataDir);
      await receiver.received(3);
      await new Promise((done) => setTimeout(done, 1500));
      expect(receiver.accepted.map((r) => r.event.type)).toEqual([
        'session.started',
        'turn.scored',
        'session.ended',
      ]);
      for (const r of receiver.accepted) {
        const signed = {
          id: String(r.headers['webhook-id']),
          timestamp: String(r.headers['webhook-timestamp']),
          signature: String(r.headers['webhook-signature']),
        };
        expect(verifyWebhook(secret, signed, r.body)).toBe(true);
      }
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
    } finally {
      await receiver.close();
    }
  }, 120_000);
});
