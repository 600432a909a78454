import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../harness.ts';
import {
  anyJson,
  expectClientError,
  headerValue,
  nastyString,
  objectWith,
  type Probe,
  runs,
} from './fuzz-helpers.ts';

// Every route that takes a body, fed generated bad bodies: wrong JSON types, the route's own field names
// with wrong values, text that is not JSON, wrong content types. Never a 5xx; 4xx in the error shape.

const ADMIN_TOKEN = 'fuzz-admin-token-0123456789-abcdef';

let app: Awaited<ReturnType<typeof createTestApp>>['app'];
let sessionId: string;

beforeAll(async () => {
  ({ app } = await createTestApp({ env: { ADMIN_TOKEN } }));
  const res = await app.request('/v1/sessions', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ scenarioId: 'saying-no-extra-project' }),
  });
  sessionId = (await res.json()).id;
});

type Target = {
  name: string;
  path: () => string;
  fields: string[];
  /** Bodies of the right shape with hostile values, so validation passes and the handler runs. */
  shaped: fc.Arbitrary<unknown>;
  headers?: Record<string, string>;
};

const text = fc.oneof(nastyString, fc.string({ maxLength: 5000 }));

const targets: Target[] = [
  {
    name: 'POST /v1/sessions',
    path: () => '/v1/sessions',
    fields: ['scenarioId', 'mode', 'learnerId'],
    shaped: fc.record(
      {
        scenarioId: fc.oneof(text, fc.constantFrom('saying-no-extra-project', 'nee-zeggen-extra-project')),
        mode: fc.constantFrom('practice', 'assessment'),
        learnerId: text,
      },
      { requiredKeys: ['scenarioId'] },
    ),
  },
  {
    name: 'POST /v1/sessions/{id}/turns',
    path: () => `/v1/sessions/${sessionId}/turns`,
    fields: ['content'],
    shaped: fc.record({ content: text }),
  },
  {
    name: 'POST /v1/rubric/score',
    path: () => '/v1/rubric/score',
    fields: ['reply', 'scenarioId', 'language', 'history', 'engine'],
    // `engine: "llm"` is left out: with no judge configured it is a 503 by design, not a bad input.
    shaped: fc.record(
      {
        reply: text,
        scenarioId: fc.oneof(text, fc.constant('saying-no-extra-project')),
        language: fc.constantFrom('nl', 'en'),
        history: fc.array(fc.record({ role: fc.constantFrom('learner', 'persona'), content: text }), {
          maxLength: 4,
        }),
        engine: fc.constantFrom('auto', 'heuristic'),
      },
      { requiredKeys: ['reply'] },
    ),
  },
  {
    name: 'POST /v1/admin/keys',
    path: () => '/v1/admin/keys',
    fields: ['name', 'tenantId'],
    shaped: fc.record({ name: text, tenantId: text }, { requiredKeys: ['name'] }),
    headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
  },
];

async function send(target: Target, body: string, contentType = 'application/json') {
  const probe: Probe = {
    path: target.path(),
    init: { method: 'POST', headers: { 'content-type': contentType, ...target.headers }, body },
  };
  await expectClientError(await app.request(probe.path, probe.init), probe);
}

describe.each(targets)('$name with generated bodies', (target) => {
  it('any JSON value', async () => {
    await fc.assert(
      fc.asyncProperty(anyJson, (value) => send(target, JSON.stringify(value) ?? 'null')),
      runs(250),
    );
  });

  it('its own fields with wrong values', async () => {
    await fc.assert(
      fc.asyncProperty(objectWith(target.fields), (value) => send(target, JSON.stringify(value))),
      runs(250),
    );
  });

  it('the right shape with hostile values', async () => {
    await fc.assert(
      fc.asyncProperty(target.shaped, (value) => send(target, JSON.stringify(value))),
      runs(150),
    );
  });

  it('text that is not JSON', async () => {
    await fc.assert(
      fc.asyncProperty(nastyString, (text) => send(target, text)),
      runs(120),
    );
  });

  it('other content types', async () => {
    await fc.assert(
      fc.asyncProperty(headerValue, anyJson, (type, value) =>
        send(target, JSON.stringify(value) ?? '', type),
      ),
      runs(120),
    );
  });
});

describe('found by fuzzing, kept as examples', () => {
  it.each([['\u0000'], ['I hear you.\u0000'], ['\u0000\u0000 ']])(
    'a reply holding NUL (%j) is a 400, not a 500',
    async (content) => {
      const target = targets.find((t) => t.name === 'POST /v1/sessions/{id}/turns')!;
      await send(target, JSON.stringify({ content }));
      const res = await app.request(target.path(), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ content }),
      });
      expect(res.status).toBe(400);
    },
  );
});

describe('POST /v1/scenarios/validate with generated YAML and non-YAML', () => {
  const path = '/v1/scenarios/validate';
  const sendYaml = async (body: string, type = 'application/yaml') => {
    const probe: Probe = {
      path,
      init: { method: 'POST', headers: { 'content-type': type }, body },
    };
    await expectClientError(await app.request(probe.path, probe.init), probe);
  };
  const yamlish = fc.oneof(
    nastyString,
    anyJson.map((value) => JSON.stringify(value) ?? ''),
    fc.constantFrom(
      'a: &x [*x]',
      '!!js/function "f() {}"',
      'a: !!binary AAAA',
      `${'- '.repeat(500)}x`,
      'x: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]',
      'id: x\nid: y',
      '%YAML 9.9\n---\na: 1',
      'a: *unknown',
    ),
  );
  it('YAML-looking text', async () => {
    await fc.assert(
      fc.asyncProperty(yamlish, (text) => sendYaml(text)),
      runs(300),
    );
  });
  it('other content types', async () => {
    await fc.assert(
      fc.asyncProperty(headerValue, yamlish, (type, text) => sendYaml(text, type)),
      runs(100),
    );
  });
});
