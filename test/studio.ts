import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../src/logger.ts';
import { createScenarioRegistry } from '../src/scenarios/index.ts';
import { createTestApp, LIBRARY_DIR, type TestAppOptions } from './harness.ts';

/**
 * An app over a copy of the shipped library in a folder of its own, so the studio's saves write there, with a
 * registry that follows that folder as the server's does. `close()` removes the folder.
 */
export async function createStudioTestApp(
  env: Record<string, string> = {},
  overrides: Omit<TestAppOptions, 'env' | 'scenarios'> = {},
) {
  const dir = await mkdtemp(join(tmpdir(), 'rehearse-studio-'));
  await cp(LIBRARY_DIR, dir, { recursive: true });
  const scenarios = await createScenarioRegistry({ dir, logger: silentLogger, debounceMs: 20 });
  const { app, deps } = await createTestApp({ ...overrides, env: { ...env, SCENARIOS_DIR: dir }, scenarios });
  const call = (method: string, path: string, body?: unknown, key?: string) =>
    app.request(path, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(key ? { authorization: `Bearer ${key}` } : {}),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  return {
    app,
    deps,
    dir,
    scenarios,
    call,
    /** A shipped file as a new scenario of its own: another id and title, no translation links. */
    async variant(id: string, options: { status?: 'draft' | 'published'; title?: string } = {}) {
      const text = await readFile(join(LIBRARY_DIR, 'en', 'saying-no-extra-project.yaml'), 'utf8');
      return text
        .replace('id: saying-no-extra-project', `id: ${id}`)
        .replace('translations: { nl: nee-zeggen-extra-project }', 'translations: {}')
        .replace('status: published', `status: ${options.status ?? 'published'}`)
        .replace(/^title: .*$/m, `title: ${options.title ?? `Variant ${id}`}`);
    },
    async close() {
      scenarios.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
