import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createApp } from '../src/app.ts';
import type { AppDeps } from '../src/app-deps.ts';
import { parseConfig } from '../src/config.ts';
import { silentLogger } from '../src/logger.ts';
import { createModels } from '../src/models.ts';
import { createScenarioRegistry, type ScenarioRegistry } from '../src/scenarios/index.ts';
import { type DatabaseKind, testDatabase } from './db.ts';

export const LIBRARY_DIR = fileURLToPath(new URL('../scenarios', import.meta.url));

let library: Promise<ScenarioRegistry> | undefined;

/** The shipped scenario library, loaded once per worker. */
export function libraryScenarios(): Promise<ScenarioRegistry> {
  library ??= createScenarioRegistry({ dir: LIBRARY_DIR, logger: silentLogger, watch: false });
  return library;
}

export type TestAppOptions = Partial<AppDeps> & { kind?: DatabaseKind; env?: Record<string, string> };

/** A real app over a real database (PGlite, or PostgreSQL when asked), with the library's scenarios. */
export async function createTestApp(options: TestAppOptions = {}) {
  const { kind = 'pglite', env = {}, ...overrides } = options;
  const config = overrides.config ?? parseConfig(env);
  const deps: AppDeps = {
    db: overrides.db ?? (await testDatabase(kind)),
    scenarios: overrides.scenarios ?? (await libraryScenarios()),
    logger: overrides.logger ?? silentLogger,
    clock: overrides.clock ?? (() => new Date()),
    config,
    ...createModels(config),
    ...(overrides.rolePlayer ? { rolePlayer: overrides.rolePlayer } : {}),
    ...(overrides.judge !== undefined ? { judge: overrides.judge } : {}),
  };
  const app = createApp(deps);
  return { app, deps };
}

/** The same app on a real port, for tests about the network (streaming, disconnects, browsers). */
export async function startTestServer(options: TestAppOptions = {}) {
  const { app, deps } = await createTestApp(options);
  const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 });
  await new Promise<void>((ready) => server.once('listening', () => ready()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    deps,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
