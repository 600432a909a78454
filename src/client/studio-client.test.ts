import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStudioTestApp } from '../../test/studio.ts';
import { createKeyStore } from '../auth/key-store.ts';
import { createRehearseClient, RehearseApiError } from './index.ts';

// The typed client over the studio's routes and the two scenario tools, against the app itself: every call
// goes through routing, scopes and validation as it would over the network.

describe('the typed client for authors', () => {
  let studio: Awaited<ReturnType<typeof createStudioTestApp>>;
  let client: ReturnType<typeof createRehearseClient>;
  let learner: ReturnType<typeof createRehearseClient>;
  beforeAll(async () => {
    studio = await createStudioTestApp({ AUTH: 'api-key' });
    const keys = createKeyStore(studio.deps.db.db);
    const send = ((input: string, init?: RequestInit) => studio.app.request(input, init)) as typeof fetch;
    const keyWith = async (...scopes: ('author' | 'learner')[]) =>
      (await keys.create({ name: 'client', scopes })).key;
    client = createRehearseClient('http://coach.test', { apiKey: await keyWith('author'), fetch: send });
    learner = createRehearseClient('http://coach.test', { apiKey: await keyWith('learner'), fetch: send });
  });
  afterAll(() => studio.close());

  it('lists, opens, checks and saves a file, and refuses a save over a newer version', async () => {
    const { files } = await client.listStudioFiles();
    expect(files.map((file) => file.file)).toContain('en/saying-no-extra-project.yaml');
    const opened = await client.getStudioFile('en/saying-no-extra-project.yaml');
    const check = await client.checkScenarioText(opened.text, opened.file);
    expect(check.problems).toEqual([]);

    const text = await studio.variant('client-saved');
    const saved = await client.saveStudioFile('en/client-saved.yaml', text, null);
    expect(await readFile(join(studio.dir, 'en', 'client-saved.yaml'), 'utf8')).toBe(text);
    const again = await client.saveStudioFile('en/client-saved.yaml', `${text}\n`, saved.version);
    expect(again.version).not.toBe(saved.version);
    const stale = await client
      .saveStudioFile('en/client-saved.yaml', text, saved.version)
      .catch((error: unknown) => error);
    expect(stale).toBeInstanceOf(RehearseApiError);
    expect(stale).toMatchObject({ status: 409, code: 'file_changed' });
  });

  it('starts files from a template, plays unsaved text and reads the schema', async () => {
    const made = await client.createStudioTemplate({
      kind: 'new',
      category: 'saying-no',
      language: 'nl',
      id: 'client-template',
    });
    expect(made.file).toBe('nl/client-template.yaml');
    expect(await readdir(join(studio.dir, 'nl'))).not.toContain('client-template.yaml');

    const preview = await client.startPreview(await studio.variant('client-preview'));
    const turn = await client.previewTurn(preview.previewId, 'I hear you, and I cannot take this on now.');
    expect(turn.persona.text.length).toBeGreaterThan(0);
    expect(turn.feedback.overall).toBeGreaterThan(0);
    expect((await client.getScenarioSchema()).$schema).toMatch(/json-schema/);
  });

  it('validates YAML and scores a reply outside a session', async () => {
    const valid = await client.validateScenario(await studio.variant('client-valid'));
    expect(valid).toMatchObject({ valid: true, scenario: { id: 'client-valid' } });
    const invalid = await client.validateScenario('id: [').catch((error: unknown) => error);
    expect(invalid).toMatchObject({ status: 422, code: 'invalid_scenario' });

    const scored = await client.scoreReply({
      reply: 'I hear you. I cannot take this on by 1 June, and here is what I can do instead.',
      language: 'en',
    });
    expect(scored.overall).toBeGreaterThan(0);
  });

  it('throws 403 naming the scope for a key without author', async () => {
    const refused = await learner.listStudioFiles().catch((error: unknown) => error);
    expect(refused).toMatchObject({ status: 403, code: 'forbidden' });
    expect((refused as Error).message).toContain('`author`');
  });
});
