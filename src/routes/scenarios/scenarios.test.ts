import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTestApp, LIBRARY_DIR, startTestServer } from '../../../test/harness.ts';
import { MAX_SCENARIO_BYTES } from '../../scenarios/index.ts';
import { createScenarioRegistry } from '../../scenarios/registry.ts';
import { renderScaffold } from '../../scenarios/scaffold.ts';

const yaml = (body: string) => ({
  method: 'POST',
  headers: { 'content-type': 'application/yaml' },
  body,
});

describe('scenario routes', () => {
  it('lists the library, filtered by language, category and difficulty', async () => {
    const { app, deps } = await createTestApp();
    const all = (await (await app.request('/v1/scenarios')).json()).scenarios;
    expect(all.length).toBe(deps.scenarios.size);
    const dutch = (await (await app.request('/v1/scenarios?language=nl')).json()).scenarios;
    expect(dutch.length).toBeGreaterThan(0);
    expect(dutch.every((s: { language: string }) => s.language === 'nl')).toBe(true);
    const first = all[0];
    const filtered = (
      await (
        await app.request(`/v1/scenarios?category=${first.category}&difficulty=${first.difficulty}`)
      ).json()
    ).scenarios;
    expect(filtered.map((s: { id: string }) => s.id)).toContain(first.id);
    expect(filtered.every((s: { category: string }) => s.category === first.category)).toBe(true);
  });

  it('refuses an unknown filter value with the field path', async () => {
    const { app } = await createTestApp();
    const res = await app.request('/v1/scenarios?difficulty=seven');
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe('invalid_request');
    expect(body.error.details.issues[0].path).toBe('difficulty');
  });

  it("shows a learner the briefing but never the persona's hidden needs or the script", async () => {
    const { app, deps } = await createTestApp();
    const scenario = deps.scenarios.list()[0]!;
    const res = await app.request(`/v1/scenarios/${scenario.id}`);
    expect(res.status).toBe(200);
    const text = await res.text();
    const body = JSON.parse(text);
    expect(body.briefing.goal).toBe(scenario.briefing.goal);
    expect(body.persona.name).toBe(scenario.persona.name);
    expect(body.script).toBeUndefined();
    for (const need of scenario.persona.hiddenNeeds) expect(text).not.toContain(need);
    expect((await app.request('/v1/scenarios/no-such-thing')).status).toBe(404);
  });

  it('validates a library file as valid', async () => {
    const { app, deps } = await createTestApp();
    const scenario = deps.scenarios.list()[0]!;
    const file = join(LIBRARY_DIR, scenario.language, `${scenario.id}.yaml`);
    const res = await app.request('/v1/scenarios/validate', yaml(readFileSync(file, 'utf8')));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ valid: true, scenario: { id: scenario.id }, warnings: [] });
  });

  it('validates a draft with its warnings, and refuses a published file with a TODO left', async () => {
    const { app } = await createTestApp();
    const text = renderScaffold({ id: 'nieuw', language: 'nl', category: 'saying-no' });
    const draft = await app.request('/v1/scenarios/validate', yaml(text));
    expect(draft.status).toBe(200);
    expect(await draft.json()).toMatchObject({
      valid: true,
      scenario: { id: 'nieuw', status: 'draft' },
      warnings: [
        {
          path: 'title',
          line: 13,
          column: 8,
          message:
            'This draft has 35 TODO placeholders still to write, the first here; it stays out of the library until it is finished and set to `status: published`',
        },
      ],
    });
    const early = await app.request(
      '/v1/scenarios/validate',
      yaml(text.replace('status: draft', 'status: published')),
    );
    expect(early.status).toBe(422);
    const body = await early.json();
    expect(body.error.code).toBe('invalid_scenario');
    expect(body.error.details.errors).toHaveLength(35);
    expect(body.error.details.errors[0]).toMatchObject({
      path: 'title',
      message: expect.stringMatching(/still holds a TODO/),
    });
  });

  it('never lists or starts a draft', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scenarios-drafts-'));
    try {
      writeFileSync(
        join(dir, 'nieuw.yaml'),
        renderScaffold({ id: 'nieuw', language: 'nl', category: 'saying-no' }),
      );
      const library = readFileSync(join(LIBRARY_DIR, 'en', 'saying-no-extra-project.yaml'), 'utf8');
      writeFileSync(
        join(dir, 'saying-no-extra-project.yaml'),
        library.replace('translations: { nl: nee-zeggen-extra-project }', 'translations: {}'),
      );
      const scenarios = await createScenarioRegistry({ dir, watch: false });
      const { app } = await createTestApp({ scenarios });
      const list = (await (await app.request('/v1/scenarios')).json()).scenarios;
      expect(list.map((s: { id: string }) => s.id)).toEqual(['saying-no-extra-project']);
      expect((await app.request('/v1/scenarios/nieuw')).status).toBe(404);
      const start = await app.request('/v1/sessions', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ scenarioId: 'nieuw' }),
      });
      expect(start.status).toBe(404);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    ['a wrong value', 'id: x\ndifficulty: seven\n', /difficulty/],
    ['a custom tag', 'id: !!js/function "function () { return 1 }"\n', /tag/i],
    ['a duplicate key', 'id: a\nid: b\n', /id/],
    ['deep nesting', `${'['.repeat(20_000)}${']'.repeat(20_000)}`, /./],
  ])('answers %s with 422 in the error shape, and where it is', async (_name, body, message) => {
    const { app } = await createTestApp();
    const res = await app.request('/v1/scenarios/validate', yaml(body));
    expect(res.status).toBe(422);
    const { error } = await res.json();
    expect(error).toMatchObject({
      code: 'invalid_scenario',
      message: expect.any(String),
      requestId: expect.any(String),
    });
    const errors: { message: string }[] = error.details.errors;
    expect(errors[0]).toMatchObject({ line: expect.any(Number), column: expect.any(Number) });
    expect(error.message).toContain(errors[0]!.message);
    expect(errors.map((e) => e.message).join(' ')).toMatch(message);
  });

  it('refuses a body over the size limit with 413 and a wrong content type with 415', async () => {
    const { app } = await createTestApp();
    const big = await app.request('/v1/scenarios/validate', yaml(`a: "${'x'.repeat(300 * 1024)}"`));
    expect(big.status).toBe(413);
    expect((await big.json()).error.code).toBe('payload_too_large');
    const huge = await app.request('/v1/scenarios/validate', yaml('x'.repeat(5 * 1024 * 1024)));
    expect(huge.status).toBe(413);
    const wrong = await app.request('/v1/scenarios/validate', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(wrong.status).toBe(415);
    expect((await wrong.json()).error.code).toBe('unsupported_media_type');
  });

  it('answers a file of tens of thousands of empty keys at once, and /healthz answers beside it', async () => {
    const server = await startTestServer();
    try {
      let text = '';
      for (let i = 0; text.length + 10 < MAX_SCENARIO_BYTES; i++) text += `k${i}:\n`;
      const [validated, health] = await Promise.all([
        fetch(`${server.url}/v1/scenarios/validate`, yaml(text)),
        fetch(`${server.url}/healthz`),
      ]);
      expect(health.status).toBe(200);
      expect(validated.status).toBe(422);
      const { error } = await validated.json();
      expect(error.code).toBe('invalid_scenario');
      expect(error.message).toMatch(/more than 1,000 lines/);
    } finally {
      await server.close();
    }
  });
});
