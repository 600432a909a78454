import fc from 'fast-check';
import { beforeAll, describe, it } from 'vitest';
import { createTestApp } from '../harness.ts';
import { expectClientError, headerValue, nastyString, type Probe, runs } from './fuzz-helpers.ts';

// Every route's path parameters, query strings, headers and methods, generated: never a 5xx, and a 4xx in
// the error shape. Parameters go in percent-encoded and raw (the URL parser escapes what it must).

const ADMIN_TOKEN = 'fuzz-admin-token-0123456789-abcdef';
const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };

let app: Awaited<ReturnType<typeof createTestApp>>['app'];
let sessionId: string;

beforeAll(async () => {
  ({ app } = await createTestApp({ env: { ADMIN_TOKEN, PUBLIC_URL: 'https://coach.example.org' } }));
  const res = await app.request('/v1/sessions', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ scenarioId: 'saying-no-extra-project', learnerId: 'fuzz-learner' }),
  });
  sessionId = (await res.json()).id;
});

type Route = {
  method: string;
  path: (param: string) => string;
  headers?: Record<string, string>;
  body?: unknown;
};

const withParam: Route[] = [
  { method: 'GET', path: (id) => `/v1/sessions/${id}` },
  { method: 'POST', path: (id) => `/v1/sessions/${id}/turns`, body: { content: 'I hear you.' } },
  { method: 'POST', path: (id) => `/v1/sessions/${id}/end` },
  { method: 'GET', path: (id) => `/v1/sessions/${id}/report` },
  { method: 'GET', path: (id) => `/v1/sessions/${id}/xapi` },
  { method: 'DELETE', path: (id) => `/v1/sessions/${id}` },
  { method: 'GET', path: (id) => `/v1/learners/${id}/progress` },
  { method: 'GET', path: (id) => `/v1/learners/${id}/actor` },
  { method: 'PUT', path: (id) => `/v1/learners/${id}/actor`, body: { mbox_sha1sum: 'a'.repeat(40) } },
  { method: 'DELETE', path: (id) => `/v1/learners/${id}/actor` },
  { method: 'GET', path: (id) => `/v1/webhooks/${id}` },
  { method: 'DELETE', path: (id) => `/v1/webhooks/${id}` },
  { method: 'GET', path: (id) => `/v1/webhooks/${id}/deliveries` },
  { method: 'PUT', path: (id) => `/v1/admin/consumers/${id}/xapi`, headers: admin, body: {} },
  { method: 'DELETE', path: (id) => `/v1/learners/${id}` },
  { method: 'GET', path: (id) => `/v1/scenarios/${id}` },
  { method: 'DELETE', path: (id) => `/v1/admin/keys/${id}`, headers: admin },
];

const fixedPaths = () => [
  '/healthz',
  '/readyz',
  '/v1/principles',
  '/v1/scenarios',
  '/v1/scenarios/validate',
  '/v1/rubric/score',
  '/v1/sessions',
  `/v1/sessions/${sessionId}`,
  `/v1/sessions/${sessionId}/turns`,
  `/v1/sessions/${sessionId}/end`,
  `/v1/sessions/${sessionId}/report`,
  `/v1/sessions/${sessionId}/xapi`,
  '/v1/learners/fuzz-learner/progress',
  '/v1/admin/keys',
  '/openapi.json',
];

async function probe(route: Route, path: string, extra: Record<string, string> = {}) {
  const request: Probe = {
    path,
    init: {
      method: route.method,
      headers: { 'content-type': 'application/json', ...route.headers, ...extra },
      ...(route.body !== undefined ? { body: JSON.stringify(route.body) } : {}),
    },
  };
  await expectClientError(await app.request(request.path, request.init), request);
}

const encodings = fc.constantFrom<(value: string) => string>(
  (value) => encodeURIComponent(value),
  (value) => value.replace(/[?#]/g, ''),
  (value) => encodeURIComponent(value).replace(/%/g, '%25'),
);

describe.each(withParam.map((route) => [`${route.method} ${route.path('{param}')}`, route] as const))(
  '%s',
  (_, route) => {
    it('generated path parameters', async () => {
      await fc.assert(
        fc.asyncProperty(nastyString, encodings, (value, encode) => probe(route, route.path(encode(value)))),
        runs(120),
      );
    });
  },
);

describe('query strings', () => {
  const query = fc.dictionary(
    fc.oneof(fc.constantFrom('category', 'language', 'difficulty', 'id', 'limit'), nastyString),
    fc.oneof(nastyString, fc.constantFrom('nl', 'en', 'easy', 'saying-no', 'hard')),
    { maxKeys: 4 },
  );
  it('GET /v1/scenarios with generated filters', async () => {
    await fc.assert(
      fc.asyncProperty(query, (params) =>
        probe(
          { method: 'GET', path: () => '' },
          `/v1/scenarios?${new URLSearchParams(params as Record<string, string>)}`,
        ),
      ),
      runs(400),
    );
  });
  it('every route with a generated query string', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...fixedPaths()), query, (path, params) =>
        probe(
          { method: 'GET', path: () => '' },
          `${path}?${new URLSearchParams(params as Record<string, string>)}`,
        ),
      ),
      runs(300),
    );
  });
});

describe('headers and methods', () => {
  const headers = fc.dictionary(
    fc.constantFrom(
      'accept',
      'content-type',
      'idempotency-key',
      'x-request-id',
      'authorization',
      'origin',
      'accept-language',
      'if-none-match',
    ),
    headerValue,
    { maxKeys: 4 },
  );
  it('the turns route with generated headers', async () => {
    await fc.assert(
      fc.asyncProperty(headers, (extra) =>
        probe(
          { method: 'POST', path: () => '', body: { content: 'I hear you, and I see why.' } },
          `/v1/sessions/${sessionId}/turns`,
          extra,
        ),
      ),
      runs(200),
    );
  });
  it('every route with generated headers and any method', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...fixedPaths()),
        fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD'),
        headers,
        (path, method, extra) => probe({ method, path: () => '' }, path, extra),
      ),
      runs(400),
    );
  });
});

describe('with API keys required', () => {
  let keyed: Awaited<ReturnType<typeof createTestApp>>['app'];
  beforeAll(async () => {
    ({ app: keyed } = await createTestApp({
      env: { AUTH: 'api-key', ADMIN_TOKEN, PUBLIC_URL: 'https://coach.example.org' },
    }));
  });
  it('generated credentials on every route are refused in the error shape', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...fixedPaths()), headerValue, async (path, authorization) => {
        const request: Probe = { path, init: { method: 'GET', headers: { authorization } } };
        await expectClientError(await keyed.request(request.path, request.init), request);
      }),
      runs(300),
    );
  });
});
