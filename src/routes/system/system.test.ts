import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshPglite } from '../../../test/db.ts';
import { createTestApp, LIBRARY_DIR, startTestServer } from '../../../test/harness.ts';
import { createLogger } from '../../logger.ts';
import { createScenarioRegistry } from '../../scenarios/registry.ts';

describe('system routes', () => {
  it('answers /healthz', async () => {
    const { app } = await createTestApp();
    const res = await app.request('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
    expect(res.headers.get('x-request-id')).toBeTruthy();
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('is ready when the database answers and scenarios are loaded', async () => {
    const { app } = await createTestApp();
    const res = await app.request('/readyz');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.status).toBe('ready');
    expect(body.checks.database).toEqual({ ok: true, kind: 'pglite' });
    expect(body.checks.scenarios).toMatchObject({
      ok: true,
      drafts: 0,
      problems: [],
      servedFromLastGood: [],
    });
    expect(body.checks.scenarios.loaded).toBeGreaterThan(0);
  });

  it('is degraded, still serving, when a scenario file has errors, and says which file is served from its last good version', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'readyz-'));
    const file = join(dir, 'saying-no-extra-project.yaml');
    const good = readFileSync(join(LIBRARY_DIR, 'en', 'saying-no-extra-project.yaml'), 'utf8').replace(
      'translations: { nl: nee-zeggen-extra-project }',
      'translations: {}',
    );
    writeFileSync(file, good);
    const scenarios = await createScenarioRegistry({ dir, watch: false });
    try {
      const { app } = await createTestApp({ scenarios });
      writeFileSync(file, good.replace('difficulty: medium', 'difficulty: seven'));
      await scenarios.reload();
      const res = await app.request('/readyz');
      expect(res.status).toBe(200);
      const body = await res.json();
      expect(body.status).toBe('degraded');
      expect(body.checks.scenarios).toMatchObject({
        ok: false,
        loaded: 1,
        problems: [
          {
            file: 'saying-no-extra-project.yaml',
            path: 'difficulty',
            severity: 'error',
            message: "`difficulty` must be easy, medium or hard — found 'seven'",
          },
        ],
        servedFromLastGood: [{ file: 'saying-no-extra-project.yaml', id: 'saying-no-extra-project' }],
      });
    } finally {
      scenarios.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is not ready, with the error shape, when the database is gone', async () => {
    const db = await freshPglite();
    const { app } = await createTestApp({ db });
    await db.close();
    const res = await app.request('/readyz');
    expect(res.status).toBe(503);
    const body = await res.json();
    expect(body.error.code).toBe('not_ready');
    expect(body.error.details.database.ok).toBe(false);
    expect(body.error.requestId).toBe(res.headers.get('x-request-id'));
  });
});

describe('errors', () => {
  it('answers an unknown route with 404 in the error shape', async () => {
    const { app } = await createTestApp();
    const res = await app.request('/nope');
    expect(res.status).toBe(404);
    const body = await res.json();
    expect(body).toEqual({
      error: { code: 'not_found', message: 'No route for GET /nope.', requestId: expect.any(String) },
    });
  });

  it('answers a body over 1 MB with 413 in the error shape', async () => {
    const { app } = await createTestApp();
    const res = await app.request('/v1/anything', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(2 * 1024 * 1024) },
      body: 'x'.repeat(2 * 1024 * 1024),
    });
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe('payload_too_large');
  });

  it('counts a body sent without a declared length (chunked) as it is read: over 1 MB it is refused', async () => {
    const server = await startTestServer();
    const send = (chunks: Buffer[]) =>
      new Promise<{ status: number; code: string | undefined }>((resolve, reject) => {
        const req = request(
          `${server.url}/v1/sessions`,
          { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } },
          (res) => {
            let body = '';
            res.on('data', (chunk: Buffer) => (body += chunk));
            res.on('end', () => resolve({ status: res.statusCode!, code: JSON.parse(body).error?.code }));
          },
        );
        req.on('error', reject);
        for (const chunk of chunks) req.write(chunk);
        req.end();
      });
    try {
      const big = await send([Buffer.alloc(700 * 1024, ' '), Buffer.alloc(700 * 1024, ' ')]);
      expect(big).toEqual({ status: 413, code: 'payload_too_large' });
      // Under the limit the body is read: an unknown scenario, not a refused body.
      const small = await send([Buffer.from('{"scenarioId":'), Buffer.from('"no-such-scenario"}')]);
      expect(small.status).not.toBe(413);
      expect(small.code).toBeDefined();
    } finally {
      await server.close();
    }
  });

  it('closes the connection with a 413, so a kept-alive client sends its next request on a new one', async () => {
    const server = await startTestServer();
    // One socket, kept alive: the next request goes on the same connection unless the server closed it.
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const send = (method: string, path: string, body?: Buffer) =>
      new Promise<{ status: number; connection: string | undefined }>((resolve, reject) => {
        const headers = body ? { 'content-type': 'application/json', 'content-length': body.length } : {};
        const req = request(`${server.url}${path}`, { method, agent, headers }, (res) => {
          res.resume();
          res.on('end', () => resolve({ status: res.statusCode!, connection: res.headers.connection }));
        });
        req.on('error', reject);
        req.end(body);
      });
    try {
      const refused = await send('POST', '/v1/sessions', Buffer.alloc(2 * 1024 * 1024, 'x'));
      expect(refused).toEqual({ status: 413, connection: 'close' });
      expect((await send('GET', '/healthz')).status).toBe(200);
    } finally {
      agent.destroy();
      await server.close();
    }
  });
});

describe('API reference page', () => {
  it('serves the reference page and its assets from the installed package', async () => {
    const { app } = await createTestApp();
    const page = await app.request('/docs');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).not.toMatch(/https?:\/\//);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const bundle = await app.request('/docs/assets/swagger-ui-bundle.js');
    expect(bundle.status).toBe(200);
    expect((await bundle.text()).length).toBeGreaterThan(100_000);
    expect((await app.request('/docs/assets/..%2Fpackage.json')).status).toBe(404);
  });

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'])(
    'answers /docs/assets/%s with 404 in the error shape, and logs no error',
    async (name) => {
      const lines: string[] = [];
      const { app } = await createTestApp({ logger: createLogger('info', (line) => lines.push(line)) });
      const res = await app.request(`/docs/assets/${name}`);
      expect(res.status).toBe(404);
      expect((await res.json()).error.code).toBe('not_found');
      expect(lines.filter((line) => line.includes('"level":"error"'))).toEqual([]);
    },
  );
});
