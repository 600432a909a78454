import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/harness.ts';
import { createKeyStore } from '../auth/key-store.ts';
import { ERROR_CODES } from '../errors.ts';

// The published contract, checked here once: valid OpenAPI 3.1, complete, and fit to generate a client from.

describe('/openapi.json', () => {
  it.each([['none'], ['api-key']])('validates against the OpenAPI 3.1 schema (AUTH=%s)', async (auth) => {
    const { app } = await createTestApp({ env: { AUTH: auth } });
    const document = await (await app.request('/openapi.json')).json();
    const validator = new Validator();
    const result = await validator.validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('is checked by a validator that does reject a broken document', async () => {
    const { app } = await createTestApp();
    const { info: _info, ...broken } = await (await app.request('/openapi.json')).json();
    expect((await new Validator().validate(broken)).valid).toBe(false);
  });
});

type Json = Record<string, unknown>;
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

function refs(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) refs(item, found);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') found.push(value);
      else refs(value, found);
    }
  }
  return found;
}

function resolve(document: Json, ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined;
  return ref
    .slice(2)
    .split('/')
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<unknown>((node, part) => (node as Json | undefined)?.[part], document);
}

describe('/openapi.json contents', () => {
  it('lists every operation with its responses, path parameters and security, and every $ref resolves', async () => {
    const { app } = await createTestApp({
      env: { AUTH: 'api-key', ADMIN_TOKEN: 'an-admin-token-for-tests-0123456789' },
    });
    const res = await app.request('/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as Json & {
      paths: Record<string, Record<string, Json>>;
      components: { securitySchemes: Json; schemas: Json };
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info).toMatchObject({ title: expect.any(String), version: expect.any(String) });
    expect(doc.components.securitySchemes.bearer).toEqual(
      expect.objectContaining({ type: 'http', scheme: 'bearer' }),
    );

    const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
      METHODS.filter((method) => item[method]).map((method) => ({ path, method, op: item[method] as Json })),
    );
    const expected = [
      'post /v1/sessions',
      'get /v1/sessions/{id}',
      'post /v1/sessions/{id}/turns',
      'post /v1/sessions/{id}/end',
      'get /v1/sessions/{id}/report',
      'get /v1/sessions/{id}/xapi',
      'delete /v1/sessions/{id}',
      'get /v1/learners/{learnerId}/progress',
      'delete /v1/learners/{learnerId}',
      'post /v1/admin/keys',
      'get /v1/admin/keys',
      'delete /v1/admin/keys/{id}',
      'put /v1/admin/consumers/{tenantId}/xapi',
      'put /v1/learners/{learnerId}/actor',
      'get /v1/scenarios',
      'get /healthz',
    ];
    expect(operations.map(({ method, path }) => `${method} ${path}`)).toEqual(
      expect.arrayContaining(expected),
    );

    for (const { path, method, op } of operations) {
      const where = `${method} ${path}`;
      const responses = op.responses as Record<string, Json>;
      expect(Object.keys(responses ?? {}).length, where).toBeGreaterThan(0);
      expect(
        Object.keys(responses).some((status) => status.startsWith('2')),
        where,
      ).toBe(true);
      for (const [status, response] of Object.entries(responses)) {
        expect(response.description, `${where} ${status}`).toEqual(expect.any(String));
        if (Number(status) >= 400) {
          // The error shape, or a documented shape of its own (e.g. the scenario validator's 422).
          const schema = (response.content as Record<string, Json> | undefined)?.['application/json']?.schema;
          expect(schema, `${where} ${status} has a JSON schema`).toBeDefined();
        }
      }
      for (const name of path.match(/\{([^}]+)\}/g) ?? []) {
        const params = (op.parameters ?? []) as Json[];
        expect(
          params.some((p) => p.in === 'path' && `{${p.name}}` === name && p.required === true),
          `${where} declares ${name}`,
        ).toBe(true);
      }
      if (path.startsWith('/v1/')) {
        // Each alternative names the key scope that opens the route; `admin` opens every one.
        expect(op.security, where).toEqual(
          path.startsWith('/v1/admin/')
            ? [{ adminToken: [] }]
            : expect.arrayContaining([
                {
                  bearer: [
                    path.startsWith('/v1/analytics')
                      ? 'analytics'
                      : path.startsWith('/v1/studio')
                        ? 'author'
                        : 'learner',
                  ],
                },
                { bearer: ['admin'] },
              ]),
        );
        expect(responses['401'], `${where} 401`).toBeDefined();
        if (!path.startsWith('/v1/admin/')) expect(responses['403'], `${where} 403`).toBeDefined();
      } else {
        expect(op.security, where).toBeUndefined();
      }
      for (const requirement of (op.security ?? []) as Json[]) {
        for (const scheme of Object.keys(requirement))
          expect(doc.components.securitySchemes[scheme]).toBeDefined();
      }
    }

    const allRefs = refs(doc);
    expect(allRefs.length).toBeGreaterThan(10);
    for (const ref of allRefs) expect(resolve(doc, ref), ref).toBeDefined();
  });

  it('leaves the admin routes out when the admin API is off (no ADMIN_TOKEN), and they answer 404', async () => {
    const { app } = await createTestApp({ env: { AUTH: 'api-key' } });
    const doc = await (await app.request('/openapi.json')).json();
    expect(Object.keys(doc.paths).filter((path) => path.startsWith('/v1/admin'))).toEqual([]);
    expect(JSON.stringify(doc.components.securitySchemes)).not.toContain('adminToken');
    const res = await app.request('/v1/admin/keys', {
      headers: { authorization: 'Bearer anything-at-all-here' },
    });
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('not_found');
  });
});

type Operation = {
  operationId?: string;
  responses: Record<
    string,
    { headers?: Record<string, { $ref: string }>; content?: Record<string, { schema: unknown }> }
  >;
  'x-sse-events'?: Record<string, { $ref: string }>;
};
type Document = {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown>; headers: Record<string, unknown> };
};

describe('/openapi.json for generators', () => {
  async function documentOf(env: Record<string, string> = {}) {
    const { app } = await createTestApp({
      env: { ADMIN_TOKEN: 'an-admin-token-for-tests-0123456789', ...env },
    });
    const doc = (await (await app.request('/openapi.json')).json()) as Document;
    const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, op]) => ({ where: `${method} ${path}`, path, op })),
    );
    return { app, doc, operations };
  }

  it('names every operation, once', async () => {
    const { operations } = await documentOf();
    const ids = operations.map(({ where, op }) => {
      expect(op.operationId, where).toMatch(/^[a-z][A-Za-z]+$/);
      return op.operationId;
    });
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining(['createSession', 'takeTurn', 'getLearnerProgress', 'createWebhook']),
    );
  });

  it('makes error.code the enum of the real codes, and details a documented union', async () => {
    const { doc } = await documentOf();
    const error = doc.components.schemas.Error as {
      properties: { error: { properties: { code: { enum: string[] }; details: { $ref: string } } } };
    };
    expect(error.properties.error.properties.code.enum).toEqual(ERROR_CODES);
    expect(error.properties.error.properties.details.$ref).toBe('#/components/schemas/ErrorDetails');
    const details = doc.components.schemas.ErrorDetails as { anyOf: { $ref: string }[] };
    expect(details.anyOf.map((branch) => branch.$ref.split('/').at(-1))).toEqual(
      expect.arrayContaining(['ValidationDetails', 'FieldDetails', 'TurnFailureDetails']),
    );
  });

  it("describes each of a streamed turn's events with a schema of its own", async () => {
    const { doc } = await documentOf();
    const turn = doc.paths['/v1/sessions/{id}/turns']!.post!;
    const events = ['learner', 'feedback', 'mood', 'delta', 'persona', 'done', 'error'];
    expect(Object.keys(turn['x-sse-events'] ?? {})).toEqual(events);
    for (const [name, { $ref }] of Object.entries(turn['x-sse-events']!)) {
      const schema = doc.components.schemas[$ref.split('/').at(-1)!] as {
        properties: { event: { const?: string; enum?: string[] } };
      };
      expect(schema, name).toBeDefined();
      expect(schema.properties.event.const ?? schema.properties.event.enum?.[0]).toBe(name);
    }
    expect(turn.responses['200']!.content!['text/event-stream']!.schema).toEqual({
      $ref: '#/components/schemas/TurnStreamEvent',
    });
  });

  it('declares the headers answers carry, and the answers carry them', async () => {
    const { doc, operations } = await documentOf();
    for (const name of [
      'RateLimit-Limit',
      'RateLimit-Remaining',
      'RateLimit-Reset',
      'Retry-After',
      'WWW-Authenticate',
      'Location',
    ]) {
      expect(doc.components.headers[name], name).toBeDefined();
    }
    for (const { where, path, op } of operations.filter(({ path }) => path.startsWith('/v1/'))) {
      for (const [status, response] of Object.entries(op.responses)) {
        const headers = Object.keys(response.headers ?? {});
        if (status === '201') expect(headers, `${where} ${status}`).toContain('Location');
        if (status === '401') expect(headers, `${where} ${status}`).toContain('WWW-Authenticate');
        if (status === '429') expect(headers, `${where} ${status}`).toContain('Retry-After');
        if (status.startsWith('2') && !path.startsWith('/v1/admin/')) {
          expect(headers, `${where} ${status}`).toContain('RateLimit-Remaining');
        }
      }
    }

    const { app, deps } = await createTestApp({ env: { AUTH: 'api-key' } });
    const { key } = await createKeyStore(deps.db.db).create({ name: 'headers' });
    const created = await app.request('/v1/sessions', {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ scenarioId: deps.scenarios.list()[0]!.id }),
    });
    expect(created.status).toBe(201);
    const location = created.headers.get('location')!;
    expect(location).toBe(`/v1/sessions/${(await created.json()).id}`);
    const fetched = await app.request(location, { headers: { authorization: `Bearer ${key}` } });
    expect(fetched.status).toBe(200);
    expect(fetched.headers.get('ratelimit-remaining')).toMatch(/^\d+$/);
    expect((await app.request(location)).headers.get('www-authenticate')).toMatch(/^Bearer/);
  });
});
