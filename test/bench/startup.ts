import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnServer } from '../process.ts';
import { type Summary, summarize } from './stats.ts';

// The real server process, as `npm start` runs it: from spawn until /healthz answers. A first start
// creates and migrates the embedded database; a warm start opens what is already there.

export type StartupResult = { cold: Summary; warm: Summary; coldAppMs: Summary; warmAppMs: Summary };

async function startOnce(dataDir: string) {
  const started = performance.now();
  const server = spawnServer({ DATA_DIR: dataDir, LOG_LEVEL: 'info' });
  let ms = Number.NaN;
  try {
    const url = await server.listening;
    const res = await fetch(`${url}/healthz`);
    if (res.status === 200) ms = performance.now() - started;
  } finally {
    server.child.kill('SIGTERM');
  }
  const code = await server.exited;
  if (code !== 0 || Number.isNaN(ms)) {
    throw new Error(`The server did not start and stop cleanly (exit ${code}):\n${server.output()}`);
  }
  // What the app itself reports (config, database, scenarios), without the runtime's own boot.
  const appMs = Number(/"startupMs":(\d+)/.exec(server.output())?.[1] ?? Number.NaN);
  return { ms, appMs };
}

export async function benchStartup(repeats: number): Promise<StartupResult> {
  const cold: number[] = [];
  const warm: number[] = [];
  const coldApp: number[] = [];
  const warmApp: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const dataDir = mkdtempSync(join(tmpdir(), 'rehearse-bench-start-'));
    try {
      const first = await startOnce(dataDir);
      cold.push(first.ms);
      coldApp.push(first.appMs);
      const again = await startOnce(dataDir);
      warm.push(again.ms);
      warmApp.push(again.appMs);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  return {
    cold: summarize(cold),
    warm: summarize(warm),
    coldAppMs: summarize(coldApp),
    warmAppMs: summarize(warmApp),
  };
}
