import { describe, expect, it } from 'vitest';
import { freshPglite } from '../../test/db.ts';
import { createTestApp, startTestServer } from '../../test/harness.ts';
import { MAX_AUTH_FAILURES_PER_MIN } from './auth-throttle.ts';
import { createKeyStore } from './key-store.ts';

// An attacker's view of the API key layer: every way to get in without a live key must end in 401.

const ADMIN_TOKEN = 'admin-token-for-tests-0123456789';
/**
 * The rate limits count in fixed one-minute windows: on a real clock a test whose requests straddle a minute's
 * end sees its count start over. Halfway through the minute the tests started in, every request counts in one
 * window, however slow the machine.
 */
const MID_MINUTE = new Date(Math.floor(Date.now() / 60_000) * 60_000 + 30_000);
const clock = () => MID_MINUTE;

async function setup(env: Record<string, string> = {}) {
  const { app, deps } = await createTestApp({ clock, env: { AUTH: 'api-key', ...env } });
  const keys = createKeyStore(deps.db.db);
  const a = await keys.create({ name: 'consumer A' });
  const b = await keys.create({ name: 'consumer B' });
  const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers });
  const as = (key: string) => ({ authorization: `Bearer ${key}` });
  return { app, deps, keys, a, b, get, as };
}

const expectUnauthorized = async (res: Response) => {
  expect(res.status).toBe(401);
  expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
  const body = await res.json();
  expect(body).toEqual({
    error: { code: 'unauthorized', message: expect.any(String), requestId: expect.any(String) },
  });
  return body;
};

describe('AUTH=api-key', () => {
  it('keeps health, readiness, the OpenAPI document and the docs open', async () => {
    const { get } = await setup();
    for (const path of ['/healthz', '/readyz', '/openapi.json', '/docs']) {
      expect((await get(path)).status, path).toBe(200);
    }
  });

  it('serves the pages without a key, but not the studio and analytics API they call', async () => {
    const { get } = await setup();
    for (const path of ['/', '/studio', '/studio/analytics'])
      expect((await get(path)).status, path).toBe(200);
    await expectUnauthorized(await get('/v1/studio/files'));
    await expectUnauthorized(await get('/v1/analytics/scenarios'));
  });

  it('lets a live key in, with its rate limit in the headers', async () => {
    const { get, as, a } = await setup();
    const res = await get('/v1/scenarios', as(a.key));
    expect(res.status).toBe(200);
    expect(res.headers.get('ratelimit-limit')).toBe('120');
    expect(res.headers.get('ratelimit-remaining')).toBe('119');
  });

  it('refuses a request without a key', async () => {
    const { get } = await setup();
    const body = await expectUnauthorized(await get('/v1/scenarios'));
    expect(body.error.message).toMatch(/Authorization: Bearer/);
  });

  it.each([
    ['Bearer'],
    ['Bearer '],
    ['Bearer  KEY'],
    ['Basic dXNlcjpwYXNzd29yZA=='],
    ['Token KEY'],
    ['KEY'],
    ['Bearer KEY, Bearer KEY'],
    ['Bearer KEYx'],
    ['Bearer rh_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'],
    ['Bearer rh_é'],
    [`Bearer rh_${'A'.repeat(10_000)}`],
    ["Bearer ' OR '1'='1"],
  ])('refuses the header %j', async (header) => {
    const { get, a } = await setup();
    await expectUnauthorized(await get('/v1/scenarios', { authorization: header.replaceAll('KEY', a.key) }));
  });

  it('ignores keys anywhere but the Authorization header', async () => {
    const { get, a } = await setup();
    for (const query of ['key', 'api_key', 'access_token', 'token']) {
      await expectUnauthorized(await get(`/v1/scenarios?${query}=${a.key}`));
    }
    await expectUnauthorized(await get('/v1/scenarios', { 'x-api-key': a.key, cookie: `key=${a.key}` }));
  });

  it('refuses a revoked key at once, and keeps the other keys working', async () => {
    const { get, as, a, b, keys } = await setup();
    expect((await get('/v1/scenarios', as(a.key))).status).toBe(200);
    await keys.revoke(a.id);
    await expectUnauthorized(await get('/v1/scenarios', as(a.key)));
    expect((await get('/v1/scenarios', as(b.key))).status).toBe(200);
  });

  it.each([
    '//v1/scenarios',
    '/v1/scenarios/',
    '/V1/scenarios',
    '/docs/..%2Fv1%2Fscenarios',
    '/docs/%2e%2e/v1/scenarios',
    '/healthz/../v1/scenarios',
    '/assets/../v1/scenarios',
    '/v1/admin/../scenarios',
    '/v1/scenarios%00',
  ])('never serves data without a key through the path %s', async (path) => {
    const { get } = await setup();
    const res = await get(path);
    expect([401, 404]).toContain(res.status);
    expect(await res.text()).not.toContain('"scenarios"');
  });

  it('needs a key on unknown paths too, so nothing is learnt about routes without one', async () => {
    const { get } = await setup();
    await expectUnauthorized(await get('/v1/no-such-thing'));
    await expectUnauthorized(await get('/v1/sessions/../scenarios'));
  });
});

describe('rate limit', () => {
  it("answers a burst with 429 and Retry-After, and one consumer's burst never blocks another", async () => {
    const { get, as, a, b } = await setup({ RATE_LIMIT_PER_MIN: '3' });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await get('/v1/scenarios', as(a.key))).status);
    expect(statuses).toEqual([200, 200, 200]);
    const refused = await get('/v1/scenarios', as(a.key));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect(refused.headers.get('ratelimit-limit')).toBe('3');
    expect(refused.headers.get('ratelimit-remaining')).toBe('0');
    expect(refused.headers.get('ratelimit-reset')).toBe(refused.headers.get('retry-after'));
    expect((await refused.json()).error.code).toBe('rate_limited');

    const other = await get('/v1/scenarios', as(b.key));
    expect(other.status).toBe(200);
    expect(other.headers.get('ratelimit-remaining')).toBe('2');
  });

  it("counts per consumer: a consumer's second key shares the first one's allowance", async () => {
    const { get, as, a, keys } = await setup({ RATE_LIMIT_PER_MIN: '1' });
    const second = await keys.create({ name: 'A, second key', tenantId: a.tenantId });
    expect((await get('/v1/scenarios', as(a.key))).status).toBe(200);
    expect((await get('/v1/scenarios', as(a.key))).status).toBe(429);
    expect((await get('/v1/scenarios', as(second.key))).status).toBe(429);
  });

  it('holds in total over instances that share the database', async () => {
    const { get, as, a, deps } = await setup({ RATE_LIMIT_PER_MIN: '3' });
    const { app: other } = await createTestApp({
      db: deps.db,
      clock,
      env: { AUTH: 'api-key', RATE_LIMIT_PER_MIN: '3' },
    });
    const statuses = [];
    for (const request of [
      get,
      (path: string, headers: Record<string, string>) => other.request(path, { headers }),
    ]) {
      for (let i = 0; i < 2; i++) statuses.push((await request('/v1/scenarios', as(a.key))).status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
  });

  it('is off without keys (AUTH=none on loopback): there is one local user', async () => {
    const { app } = await createTestApp({ env: { RATE_LIMIT_PER_MIN: '1' } });
    expect((await app.request('/v1/scenarios')).status).toBe(200);
    const res = await app.request('/v1/scenarios');
    expect(res.status).toBe(200);
    expect(res.headers.get('ratelimit-limit')).toBeNull();
  });
});

describe('failed authentication', () => {
  // Over a real connection, so requests have a client address; on a database of their own, so the loopback
  // address's failures here never throttle another test's.
  async function serve(env: Record<string, string>) {
    const server = await startTestServer({
      db: await freshPglite(),
      clock,
      env: { AUTH: 'api-key', ...env },
    });
    const keys = createKeyStore(server.deps.db.db);
    const send = (path: string, headers: Record<string, string>) =>
      fetch(`${server.url}${path}`, { headers });
    return { ...server, keys, send };
  }
  const wrongKey = () => `rh_${'A'.repeat(42)}${Math.floor(Math.random() * 10)}`;

  it('is throttled per client address: after 20 failures a minute every credential gets 429, the right one too', async () => {
    const { keys, send, close } = await serve({ ADMIN_TOKEN });
    try {
      const live = await keys.create({ name: 'live' });
      const statuses = [];
      for (let i = 0; i < MAX_AUTH_FAILURES_PER_MIN; i++) {
        const wrong =
          i % 2 === 0 ? { authorization: `Bearer ${wrongKey()}` } : { authorization: 'Bearer nope' };
        statuses.push((await send('/v1/scenarios', wrong)).status);
      }
      expect(statuses).toEqual(statuses.map(() => 401));
      for (const [path, key] of [
        ['/v1/scenarios', wrongKey()],
        ['/v1/scenarios', live.key],
        ['/v1/admin/keys', ADMIN_TOKEN],
      ] as const) {
        const refused = await send(path, { authorization: `Bearer ${key}` });
        expect(refused.status, path).toBe(429);
        expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
        expect((await refused.json()).error).toMatchObject({
          code: 'rate_limited',
          message: expect.stringMatching(/failed attempts/),
        });
      }
      // A request without any credential is not an attempt: it still learns what is needed.
      expect((await send('/v1/scenarios', {})).status).toBe(401);
    } finally {
      await close();
    }
  });

  it('counts wrong ADMIN_TOKENs too, and with TRUST_PROXY reads the address from X-Forwarded-For', async () => {
    const { keys, send, close } = await serve({ ADMIN_TOKEN, TRUST_PROXY: '1' });
    try {
      const live = await keys.create({ name: 'live' });
      const from = (address: string, token: string) => ({
        authorization: `Bearer ${token}`,
        'x-forwarded-for': `10.9.9.9, ${address}`,
      });
      for (let i = 0; i < MAX_AUTH_FAILURES_PER_MIN; i++) {
        expect((await send('/v1/admin/keys', from('203.0.113.7', `${ADMIN_TOKEN}-${i}`))).status).toBe(401);
      }
      expect((await send('/v1/admin/keys', from('203.0.113.7', ADMIN_TOKEN))).status).toBe(429);
      expect((await send('/v1/scenarios', from('203.0.113.7', live.key))).status).toBe(429);
      expect((await send('/v1/admin/keys', from('198.51.100.9', ADMIN_TOKEN))).status).toBe(200);
      expect((await send('/v1/scenarios', from('198.51.100.9', live.key))).status).toBe(200);
    } finally {
      await close();
    }
  });
});

describe('admin API', () => {
  const json = (body: unknown, token?: string) => ({
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });

  it('does not exist without ADMIN_TOKEN (404, whatever the credential)', async () => {
    const { app, a } = await setup();
    for (const token of [undefined, ADMIN_TOKEN, a.key]) {
      const res = await app.request('/v1/admin/keys', json({ name: 'x' }, token));
      expect(res.status).toBe(404);
      expect((await res.json()).error.code).toBe('not_found');
    }
  });

  it('creates a key shown once, lists keys without secrets, revokes', async () => {
    const { app, get, as } = await setup({ ADMIN_TOKEN });
    const res = await app.request('/v1/admin/keys', json({ name: 'Acme LMS' }, ADMIN_TOKEN));
    expect(res.status).toBe(201);
    const created = await res.json();
    expect(created).toMatchObject({
      id: expect.any(String),
      name: 'Acme LMS',
      key: expect.stringMatching(/^rh_/),
    });
    expect((await get('/v1/scenarios', as(created.key))).status).toBe(200);

    // The list pages, oldest first: the new key is on the last page of a shared database.
    const listed: unknown[] = [];
    let cursor: string | null = null;
    do {
      const list = await get(`/v1/admin/keys?limit=100${cursor ? `&cursor=${cursor}` : ''}`, as(ADMIN_TOKEN));
      expect(list.status).toBe(200);
      const text = await list.text();
      expect(text).not.toContain(created.key);
      expect(text).not.toMatch(/keyHash|key_hash|"key"/);
      listed.push(...JSON.parse(text).keys);
      cursor = JSON.parse(text).nextCursor;
    } while (cursor);
    expect(listed).toContainEqual(expect.objectContaining({ id: created.id, revokedAt: null }));

    const revoked = await app.request(`/v1/admin/keys/${created.id}`, {
      method: 'DELETE',
      headers: as(ADMIN_TOKEN),
    });
    expect(revoked.status).toBe(204);
    await expectUnauthorized(await get('/v1/scenarios', as(created.key)));
    for (const id of [crypto.randomUUID(), 'not-a-uuid', "1'; drop table api_keys; --"]) {
      const res = await app.request(`/v1/admin/keys/${encodeURIComponent(id)}`, {
        method: 'DELETE',
        headers: as(ADMIN_TOKEN),
      });
      expect(res.status).toBe(404);
    }
  });

  it('never takes a consumer key, a wrong token or no token as admin', async () => {
    const { app, a } = await setup({ ADMIN_TOKEN });
    for (const token of [
      undefined,
      a.key,
      `${ADMIN_TOKEN}x`,
      ADMIN_TOKEN.slice(0, -1),
      ADMIN_TOKEN.toUpperCase(),
    ]) {
      await expectUnauthorized(await app.request('/v1/admin/keys', json({ name: 'x' }, token)));
      await expectUnauthorized(
        await app.request('/v1/admin/keys', { headers: token ? { authorization: `Bearer ${token}` } : {} }),
      );
    }
  });

  it('does not let the admin token act as a consumer', async () => {
    const { get, as } = await setup({ ADMIN_TOKEN });
    await expectUnauthorized(await get('/v1/scenarios', as(ADMIN_TOKEN)));
  });

  it('refuses fields a client may not set', async () => {
    const { app } = await setup({ ADMIN_TOKEN });
    const res = await app.request(
      '/v1/admin/keys',
      json({ name: 'x', keyHash: 'abc', revokedAt: null }, ADMIN_TOKEN),
    );
    expect(res.status).toBe(400);
  });
});

describe('CORS', () => {
  const ORIGIN = 'https://lms.example.org';

  it('allows exactly the configured origins, preflight included, before any key is checked', async () => {
    const { app, a } = await setup({ CORS_ORIGINS: `${ORIGIN}, https://intranet.example.org` });
    const preflight = await app.request('/v1/sessions', {
      method: 'OPTIONS',
      headers: {
        origin: ORIGIN,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Authorization/);

    const actual = await app.request('/v1/scenarios', {
      headers: { origin: ORIGIN, authorization: `Bearer ${a.key}` },
    });
    expect(actual.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(actual.headers.get('access-control-expose-headers')).toMatch(/RateLimit-Remaining/);
    const refused = await app.request('/v1/scenarios', { headers: { origin: ORIGIN } });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('access-control-allow-origin')).toBe(ORIGIN);
  });

  it.each(['https://evil.example', 'https://lms.example.org.evil.example', 'http://lms.example.org', 'null'])(
    'gives a preflight from %s no CORS headers',
    async (origin) => {
      const { app } = await setup({ CORS_ORIGINS: ORIGIN });
      const res = await app.request('/v1/sessions', {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST' },
      });
      for (const [name] of res.headers) expect(name).not.toMatch(/^access-control-/);
      const simple = await app.request('/healthz', { headers: { origin } });
      expect(simple.headers.get('access-control-allow-origin')).toBeNull();
    },
  );

  it('lets exactly those origins frame the UI, and names them to the page for its events', async () => {
    const { app } = await setup({ CORS_ORIGINS: ORIGIN });
    const page = await app.request('/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain(`frame-ancestors 'self' ${ORIGIN};`);
    // X-Frame-Options can only say SAMEORIGIN, which would forbid what the CSP allows.
    expect(page.headers.get('x-frame-options')).toBeNull();
    expect(await page.text()).toContain(`<meta name="rehearse-embed-origins" content="${ORIGIN}">`);

    const { app: closed } = await setup();
    const alone = await closed.request('/');
    expect(alone.headers.get('content-security-policy')).toContain("frame-ancestors 'self';");
    expect(alone.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(await alone.text()).not.toContain('rehearse-embed-origins');
  });
});
