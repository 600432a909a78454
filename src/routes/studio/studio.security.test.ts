import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createStudioTestApp } from '../../../test/studio.ts';
import { createKeyStore } from '../../auth/key-store.ts';
import type { ApiScope } from '../../vocabulary.ts';

// Only a key with the author scope (or admin) reaches the studio; every other key gets 403 before anything is
// read, checked or written.

const NAME = 'saying-no-extra-project.yaml';
let open: Awaited<ReturnType<typeof createStudioTestApp>>[] = [];
afterEach(async () => {
  await Promise.all(open.map((studio) => studio.close()));
  open = [];
});

async function setup() {
  const studio = await createStudioTestApp({ AUTH: 'api-key' });
  open.push(studio);
  const keys = createKeyStore(studio.deps.db.db);
  const keyWith = async (...scopes: ApiScope[]) => (await keys.create({ name: 'studio', scopes })).key;
  return { ...studio, keyWith };
}

async function routes(dir: string, variant: (id: string) => Promise<string>) {
  const text = await readFile(join(dir, 'en', NAME), 'utf8');
  return [
    ['GET', '/v1/studio/files', undefined],
    ['GET', `/v1/studio/files/en/${NAME}`, undefined],
    ['POST', '/v1/studio/check', { text }],
    ['PUT', '/v1/studio/files/en/scoped.yaml', { text: await variant('scoped'), baseVersion: null }],
    ['POST', '/v1/studio/templates', { kind: 'new', category: 'saying-no', language: 'en', id: 'x' }],
    ['POST', '/v1/studio/templates', { kind: 'translation', from: `en/${NAME}`, language: 'nl', id: 'x' }],
    ['GET', '/v1/studio/schema', undefined],
    ['POST', '/v1/studio/previews', { text }],
  ] as const;
}

describe('the studio API', () => {
  it.each([[['learner']], [['analytics']], [['learner', 'analytics']]] as ApiScope[][][])(
    'refuses a key with %j on every route, and writes nothing',
    async (scopes) => {
      const { call, dir, keyWith, variant } = await setup();
      const key = await keyWith(...scopes);
      for (const [method, path, body] of await routes(dir, variant)) {
        const res = await call(method, path, body, key);
        expect(res.status, `${method} ${path}`).toBe(403);
        const error = (await res.json()).error;
        expect(error.code).toBe('forbidden');
        expect(error.message).toContain('`author`');
      }
      expect(await readdir(join(dir, 'en'))).not.toContain('scoped.yaml');
      // A preview started by an author of the same consumer is not played by this key either.
      const author = await keyWith('author');
      const { previewId } = await (
        await call('POST', '/v1/studio/previews', { text: await variant('p') }, author)
      ).json();
      const turn = await call('POST', `/v1/studio/previews/${previewId}/turns`, { reply: 'Hello.' }, key);
      expect(turn.status).toBe(403);
      expect((await call('GET', '/v1/studio/files')).status).toBe(401);
    },
  );

  it.each([[['author']], [['admin']]] as ApiScope[][][])(
    'opens every route to a key with %j',
    async (scopes) => {
      const { call, dir, keyWith, variant } = await setup();
      const key = await keyWith(...scopes);
      for (const [method, path, body] of await routes(dir, variant)) {
        const res = await call(method, path, body, key);
        expect(res.status, `${method} ${path}`).toBe(path === '/v1/studio/previews' ? 201 : 200);
      }
      expect(await readdir(join(dir, 'en'))).toContain('scoped.yaml');
      const started = await call('POST', '/v1/studio/previews', { text: await variant('p') }, key);
      const { previewId } = await started.json();
      const turn = await call(
        'POST',
        `/v1/studio/previews/${previewId}/turns`,
        { reply: 'Hello there.' },
        key,
      );
      expect(turn.status).toBe(200);
    },
  );
});
