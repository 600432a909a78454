import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { count, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { createStudioTestApp } from '../../../test/studio.ts';
import { createKeyStore } from '../../auth/key-store.ts';
import { sessions } from '../../db/schema/index.ts';
import { RolePlayError, type RolePlayer } from '../../roleplay/index.ts';
import { parseScenario } from '../../scenarios/parse.ts';
import { renderScaffold } from '../../scenarios/scaffold.ts';

// Templates, the schema and "Play it" previews, through the real app over a scenario folder of the test's own.

const NAME = 'saying-no-extra-project.yaml';
const REPLY =
  "I can hear you're under pressure, Mark. My answer is no for 1 June: my team is full. What did you promise Hartley exactly?";
let open: Awaited<ReturnType<typeof createStudioTestApp>>[] = [];
async function setup(...args: Parameters<typeof createStudioTestApp>) {
  const studio = await createStudioTestApp(...args);
  open.push(studio);
  return studio;
}
afterEach(async () => {
  await Promise.all(open.map((studio) => studio.close()));
  open = [];
});

describe('POST /v1/studio/templates', () => {
  it('gives the scaffold scenarios:new writes, a valid draft', async () => {
    const { call } = await setup();
    const res = await call('POST', '/v1/studio/templates', {
      kind: 'new',
      category: 'saying-no',
      language: 'nl',
      id: 'nee-tegen-overwerk',
      title: 'Nee tegen overwerk',
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      file: 'nl/nee-tegen-overwerk.yaml',
      text: renderScaffold({
        id: 'nee-tegen-overwerk',
        language: 'nl',
        category: 'saying-no',
        title: 'Nee tegen overwerk',
      }),
    });
  });

  it('starts a translation from the other file, which can be saved as a draft and linked back', async () => {
    const { call, dir, deps } = await setup();
    const res = await call('POST', '/v1/studio/templates', {
      kind: 'translation',
      from: `en/${NAME}`,
      language: 'nl',
      id: 'nee-tegen-klantproject',
    });
    expect(res.status).toBe(200);
    const { file, text } = await res.json();
    expect(file).toBe('nl/nee-tegen-klantproject.yaml');
    const parsed = parseScenario(text, file);
    const original = parseScenario(await readFile(join(dir, 'en', NAME), 'utf8'));
    if (!parsed.ok || !original.ok) throw new Error('expected both to parse');
    const [draft, source] = [parsed.scenario, original.scenario];
    expect(draft).toMatchObject({
      id: 'nee-tegen-klantproject',
      status: 'draft',
      language: 'nl',
      translations: { en: 'saying-no-extra-project' },
      category: source.category,
      difficulty: source.difficulty,
      tags: source.tags,
      focus: source.focus,
    });
    expect(draft.title).toBe(`TODO translate: ${source.title}`);
    expect(draft.persona.name).toBe(`TODO translate: ${source.persona.name}`);
    expect(draft.examples.map((e) => e.rating)).toEqual(source.examples.map((e) => e.rating));
    expect(draft.examples[0]?.reply).toBe(`TODO translate: ${source.examples[0]?.reply}`);
    expect(draft.success.map((s) => s.principle)).toEqual(source.success.map((s) => s.principle));
    expect(text).toContain('# yaml-language-server: $schema=../scenario.schema.json');

    // Saved before its original links to it: a draft waits for the link with a warning.
    const saved = await call('PUT', `/v1/studio/files/${file}`, { text, baseVersion: null });
    expect(saved.status).toBe(200);
    const opened = await (await call('GET', `/v1/studio/files/en/${NAME}`)).json();
    const linked = opened.text.replace(
      'translations: { nl: nee-zeggen-extra-project }',
      'translations: { nl: nee-tegen-klantproject }',
    );
    const check = await (await call('POST', '/v1/studio/check', { text: linked, file: `en/${NAME}` })).json();
    expect(check.valid).toBe(true);
    expect(check.problems).toContainEqual(
      expect.objectContaining({ severity: 'warning', path: 'translations.nl' }),
    );
    expect(
      (await call('PUT', `/v1/studio/files/en/${NAME}`, { text: linked, baseVersion: opened.version }))
        .status,
    ).toBe(200);
    expect(deps.scenarios.get('saying-no-extra-project')).toBeDefined();
  });

  it.each([
    ['an unknown category', { kind: 'new', category: 'gossip', language: 'en', id: 'x' }, 400],
    ['an id that is no file name', { kind: 'new', category: 'saying-no', language: 'en', id: '../x' }, 400],
    ['an unknown kind', { kind: 'copy', language: 'en', id: 'x' }, 400],
    ['a file that is not there', { kind: 'translation', from: 'en/nope.yaml', language: 'nl', id: 'x' }, 404],
    ['a file outside the folder', { kind: 'translation', from: '../x.yaml', language: 'nl', id: 'x' }, 400],
    ['the same language', { kind: 'translation', from: `en/${NAME}`, language: 'en', id: 'x' }, 400],
  ])('refuses %s', async (_what, input, status) => {
    const { call } = await setup();
    const res = await call('POST', '/v1/studio/templates', input);
    expect(res.status).toBe(status);
  });
});

describe('GET /v1/studio/schema', () => {
  it('is the JSON Schema shipped beside the scenarios', async () => {
    const { call, dir } = await setup();
    const res = await call('GET', '/v1/studio/schema');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(JSON.parse(await readFile(join(dir, 'scenario.schema.json'), 'utf8')));
  });
});

describe('previews', () => {
  const draftOf = (text: string) =>
    text.replace('status: published', 'status: draft').replace(/^title: .*$/m, 'title: Unsaved try');

  it('plays an unsaved draft with the scripted persona, and keeps nothing of it', async () => {
    const { call, dir, deps } = await setup({ AUTH: 'api-key' });
    const author = await createKeyStore(deps.db.db).create({ name: 'author', scopes: ['author'] });
    const text = draftOf(await readFile(join(dir, 'en', NAME), 'utf8'));
    const started = await call('POST', '/v1/studio/previews', { text }, author.key);
    expect(started.status).toBe(201);
    const preview = await started.json();
    expect(preview).toEqual({
      previewId: expect.any(String),
      title: 'Unsaved try',
      persona: { name: 'Mark Reynolds', role: 'Head of Customer Success' },
      opening: expect.arrayContaining([expect.any(String)]),
      language: 'en',
    });
    const res = await call(
      'POST',
      `/v1/studio/previews/${preview.previewId}/turns`,
      { reply: REPLY },
      author.key,
    );
    expect(res.status).toBe(200);
    const turn = await res.json();
    expect(turn).toEqual({
      persona: { text: expect.any(String) },
      mood: {
        value: expect.any(Number),
        label: expect.any(String),
        trust: expect.any(Number),
        tension: expect.any(Number),
      },
      feedback: expect.objectContaining({ overall: expect.any(Number), criteria: expect.any(Array) }),
      ended: false,
    });
    expect(turn.persona.text.length).toBeGreaterThan(0);
    expect(turn.mood.value).toBe(turn.mood.trust);
    expect(turn.feedback.confidence).toMatchObject({ level: expect.any(String) });

    // Nothing in the database (so nothing in the analytics), nothing in the library.
    const stored = await deps.db.db
      .select({ n: count() })
      .from(sessions)
      .where(eq(sessions.tenantId, author.tenantId));
    expect(stored[0]?.n).toBe(0);
    expect(deps.scenarios.list().map((s) => s.title)).not.toContain('Unsaved try');
    expect((await call('GET', '/v1/studio/files', undefined, author.key)).status).toBe(200);
  });

  it('answers with the script when the model fails', async () => {
    const failing: RolePlayer = {
      kind: 'llm',
      respond: async () => {
        throw new RolePlayError('upstream_error', 'the model is down');
      },
    };
    const { call, dir } = await setup({}, { rolePlayer: failing });
    const text = await readFile(join(dir, 'en', NAME), 'utf8');
    const { previewId } = await (await call('POST', '/v1/studio/previews', { text })).json();
    const res = await call('POST', `/v1/studio/previews/${previewId}/turns`, { reply: REPLY });
    expect(res.status).toBe(200);
    expect((await res.json()).persona.text.length).toBeGreaterThan(0);
  });

  it('takes one reply at a time', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const slow: RolePlayer = {
      kind: 'llm',
      respond: async () => {
        await held;
        return { text: 'Fine.', usage: null, source: 'llm', closing: false, replaced: false };
      },
    };
    const { call, dir } = await setup({}, { rolePlayer: slow });
    const text = await readFile(join(dir, 'en', NAME), 'utf8');
    const { previewId } = await (await call('POST', '/v1/studio/previews', { text })).json();
    const first = call('POST', `/v1/studio/previews/${previewId}/turns`, { reply: REPLY });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const second = await call('POST', `/v1/studio/previews/${previewId}/turns`, { reply: REPLY });
    expect(second.status).toBe(409);
    expect((await second.json()).error.code).toBe('turn_in_progress');
    release();
    expect((await first).status).toBe(200);
  });

  it.each([
    ['an empty text', { text: '' }, 400, 'invalid_request'],
    ['invalid YAML', { text: 'id: x\ntitle: [' }, 422, 'scenario_invalid'],
    ['a text that is no scenario', { text: 'id: x\n' }, 422, 'scenario_invalid'],
  ])('refuses to play %s', async (_what, input, status, code) => {
    const { call } = await setup();
    const res = await call('POST', '/v1/studio/previews', input);
    expect(res.status).toBe(status);
    const body = await res.json();
    expect(body.error.code).toBe(code);
    if (status === 422) expect(body.error.details.problems[0]).toMatchObject({ line: expect.any(Number) });
  });

  it('refuses an empty reply and answers 404 for a preview that is not there', async () => {
    const { call, dir } = await setup();
    const text = await readFile(join(dir, 'en', NAME), 'utf8');
    const { previewId } = await (await call('POST', '/v1/studio/previews', { text })).json();
    const empty = await call('POST', `/v1/studio/previews/${previewId}/turns`, { reply: '  ' });
    expect(empty.status).toBe(400);
    expect((await empty.json()).error.details).toEqual({ path: 'reply' });
    const missing = await call('POST', `/v1/studio/previews/${crypto.randomUUID()}/turns`, { reply: REPLY });
    expect(missing.status).toBe(404);
  });

  it("keeps one consumer's previews from another", async () => {
    const { call, deps, dir } = await setup({ AUTH: 'api-key' });
    const keys = createKeyStore(deps.db.db);
    const a = (await keys.create({ name: 'A', scopes: ['author'] })).key;
    const b = (await keys.create({ name: 'B', scopes: ['author'] })).key;
    const text = await readFile(join(dir, 'en', NAME), 'utf8');
    const { previewId } = await (await call('POST', '/v1/studio/previews', { text }, a)).json();
    const theirs = await call('POST', `/v1/studio/previews/${previewId}/turns`, { reply: REPLY }, b);
    expect(theirs.status).toBe(404);
    expect((await call('POST', `/v1/studio/previews/${previewId}/turns`, { reply: REPLY }, a)).status).toBe(
      200,
    );
  });
});
