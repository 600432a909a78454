import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/harness.ts';

// The published contract: structurally valid OpenAPI 3.1, complete enough to generate a client from.

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

describe('/openapi.json', () => {
  it('is a structurally valid OpenAPI 3.1 document with the bearer scheme on every /v1 route', async () => {
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
        expect(op.security, where).toEqual(
          path.startsWith('/v1/admin/') ? [{ adminToken: [] }] : [{ bearer: [] }],
        );
        expect(responses['401'], `${where} 401`).toBeDefined();
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
