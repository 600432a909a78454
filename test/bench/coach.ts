import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createApp } from '../../src/app.ts';
import { parseConfig } from '../../src/config.ts';
import { type DatabaseHandle, openDatabase } from '../../src/db/database.ts';
import { silentLogger } from '../../src/logger.ts';
import { createModels } from '../../src/models.ts';
import { createScenarioRegistry } from '../../src/scenarios/index.ts';
import { spawnServer } from '../process.ts';
import { LOAD_SCENARIO_ID } from '../session-client.ts';

// The coach as a user meets it: the real app on a real port, its database (embedded PGlite on disk, or a
// PostgreSQL server), the LLM role-player pointed at the fake upstream. `startCoachProcess` runs it as its own process, as `npm start`
// does, for the latency figures: a client in the coach's own process would share its one JavaScript
// thread and wait behind the coach's work. `startCoach` runs it inside the benchmark's process, where the
// throughput and memory phases count its stored turns and read its heap.

export const SCENARIOS_DIR = fileURLToPath(new URL('../../scenarios', import.meta.url));

export type Coach = { url: string; db: DatabaseHandle; close(): Promise<void> };

/** Where a coach keeps its data: `DATA_DIR` for the embedded database, and `DATABASE_URL` for a server. */
export type CoachDatabase = { DATA_DIR: string; DATABASE_URL?: string };

export async function startCoach(options: { database: CoachDatabase; upstreamUrl: string }): Promise<Coach> {
  const config = parseConfig({
    OPENAI_BASE_URL: options.upstreamUrl,
    ROLEPLAY_MODEL: 'fake',
    LOG_LEVEL: 'silent',
    MAX_TURNS_PER_SESSION: '1000',
    ...options.database,
  });
  const db = await openDatabase(config);
  await db.migrate();
  const scenarios = await createScenarioRegistry({ dir: SCENARIOS_DIR, logger: silentLogger, watch: false });
  if (!scenarios.get(LOAD_SCENARIO_ID)) throw new Error(`The library has no scenario '${LOAD_SCENARIO_ID}'.`);
  const app = createApp({
    db,
    scenarios,
    logger: silentLogger,
    clock: () => new Date(),
    config,
    ...createModels(config),
  });
  const { url, close } = await listen(app.fetch);
  return {
    url,
    db,
    close: async () => {
      await close();
      scenarios.close();
      await db.close();
    },
  };
}

/** The real entry point as its own process on `database`; resolves once it listens. */
export function startCoachProcess(options: {
  database: CoachDatabase;
  upstreamUrl: string;
  /** E.g. `JUDGE_MODEL`, to measure the coach with an LLM judge. */
  env?: Record<string, string>;
  /** Node's own flags, e.g. to profile it. */
  nodeArgs?: string[];
}) {
  return startProcess(
    {
      ...options.database,
      SCENARIOS_DIR,
      OPENAI_BASE_URL: options.upstreamUrl,
      ROLEPLAY_MODEL: 'fake',
      MAX_TURNS_PER_SESSION: '1000',
      ...options.env,
    },
    undefined,
    options.nodeArgs,
  );
}

/** The bare relay (relay.ts) as its own process, sending `request` with each turn's reply in it. */
export function startRelayProcess(options: { upstreamUrl: string; request: unknown }) {
  return startProcess(
    { OPENAI_BASE_URL: options.upstreamUrl, RELAY_REQUEST: JSON.stringify(options.request) },
    fileURLToPath(new URL('./relay.ts', import.meta.url)),
  );
}

async function startProcess(env: Record<string, string>, entry?: string, nodeArgs?: string[]) {
  const server = spawnServer(env, entry, nodeArgs);
  const url = await server.listening;
  await server.ready;
  return {
    url,
    close: async () => {
      server.child.kill('SIGTERM');
      const code = await server.exited;
      if (code !== 0) throw new Error(`The process exited with ${code}:\n${server.output()}`);
    },
  };
}

/** Serves a fetch handler on an ephemeral loopback port. */
export async function listen(fetch: (request: Request) => Response | Promise<Response>) {
  const server = serve({ fetch, hostname: '127.0.0.1', port: 0 });
  await new Promise<void>((ready) => server.once('listening', () => ready()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
        server.close(() => done());
      }),
  };
}
