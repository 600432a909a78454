import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnServer, startServer } from './process.ts';

// The real entry point as a process: start-up, the data dir lock, clean shutdown and data kept across restarts.

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'rehearse-start-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

// A fresh server process per test; on a loaded machine a start now and then dies before listening.
// A retry runs the whole test again, every assertion included.
describe('the server process', { retry: 2 }, () => {
  it('refuses a wrong environment, naming the variable', async () => {
    const server = spawnServer({ PORT: 'eighty', DATA_DIR: tempDir() });
    server.listening.catch(() => {});
    expect(await server.exited).not.toBe(0);
    expect(server.output()).toMatch(/PORT/);
  });

  it('opens its port before its database: /healthz answers at once, the API once the database is open', async () => {
    const server = spawnServer({ DATA_DIR: tempDir() });
    const url = await server.listening;
    try {
      // Asked together the moment the port opens: the first request of a fresh data dir finds it still migrating.
      const [health, scenarios, ready] = await Promise.all([
        fetch(`${url}/healthz`),
        fetch(`${url}/v1/scenarios?language=nl`),
        fetch(`${url}/readyz`),
      ]);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: 'ok' });
      expect(scenarios.status).toBe(200);
      expect((await scenarios.json()).scenarios.length).toBeGreaterThan(0);
      // Not ready (503) until the scenarios are in, never an error of the opening itself.
      expect([200, 503]).toContain(ready.status);
      expect(server.output()).toMatch(/"msg":"Rehearse is ready","readyMs":\d+/);
    } finally {
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
    }
  }, 120_000);

  it('keeps its data across a restart, closes cleanly on SIGTERM, and refuses a second process on its data dir', async () => {
    const dataDir = tempDir();
    const first = await startServer({ DATA_DIR: dataDir });
    const scenarios = (await (await fetch(`${first.url}/v1/scenarios?language=en`)).json()).scenarios;
    const created = await fetch(`${first.url}/v1/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ scenarioId: scenarios[0].id }),
    });
    expect(created.status).toBe(201);
    const session = await created.json();
    // What the server finds beside its own files, as bundled: the UI's sources and the API reference's assets.
    expect((await fetch(`${first.url}/assets/app.js`)).status).toBe(200);
    expect((await fetch(`${first.url}/docs/assets/swagger-ui.css`)).status).toBe(200);

    const second = spawnServer({ DATA_DIR: dataDir });
    second.listening.catch(() => {});
    expect(await second.exited).not.toBe(0);
    expect(second.output()).toMatch(/in use by another Rehearse process/);

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(first.output()).toMatch(/"msg":"stopped"/);

    const again = await startServer({ DATA_DIR: dataDir });
    try {
      const res = await fetch(`${again.url}/v1/sessions/${session.id}`);
      expect(res.status).toBe(200);
      expect((await res.json()).id).toBe(session.id);
    } finally {
      again.child.kill('SIGTERM');
      expect(await again.exited).toBe(0);
    }
  }, 240_000);
});
