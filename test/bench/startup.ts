import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnServer } from '../process.ts';
import { type Summary, summarize } from './stats.ts';

// The real server process, as `npm start` runs it: from spawn until /healthz answers, and until /readyz
// answers (the database open and the app there: the port opens first). A first start creates and migrates
// the embedded database; a warm start opens what is already there. Beside it, the floor (start-floor.mjs):
// Node opening the same kind of database and a port, with nothing of the coach.

export type StartupResult = {
  cold: Summary;
  warm: Summary;
  coldAppMs: Summary;
  warmAppMs: Summary;
  /** Absent from runs made before it was measured. */
  floor?: { cold: Summary; warm: Summary };
  /** From spawn until /readyz answers: the API ready. Absent from runs before the port opened first. */
  ready?: { cold: Summary; warm: Summary };
};

const FLOOR = fileURLToPath(new URL('./start-floor.mjs', import.meta.url));

async function startOnce(dataDir: string, entry?: string) {
  const started = performance.now();
  const server = spawnServer({ DATA_DIR: dataDir, LOG_LEVEL: 'info' }, entry);
  let ms = Number.NaN;
  let readyMs = Number.NaN;
  try {
    const url = await server.listening;
    const res = await fetch(`${url}/healthz`);
    if (res.status === 200) ms = performance.now() - started;
    // The floor has no /readyz: its port opens with its database. The coach's answers 503 until the
    // scenarios are in, so it is asked again.
    for (let tries = 0; !entry && tries < 500; tries++) {
      if ((await fetch(`${url}/readyz`)).status === 200) break;
      await new Promise((next) => setTimeout(next, 10));
    }
    readyMs = performance.now() - started;
  } finally {
    server.child.kill('SIGTERM');
  }
  const code = await server.exited;
  if (code !== 0 || Number.isNaN(ms)) {
    throw new Error(`The server did not start and stop cleanly (exit ${code}):\n${server.output()}`);
  }
  // What the app itself reports (config, database, scenarios), without the runtime's own boot.
  const appMs = Number(/"startupMs":(\d+)/.exec(server.output())?.[1] ?? Number.NaN);
  return { ms, appMs, readyMs };
}

export async function benchStartup(repeats: number): Promise<StartupResult> {
  const cold: number[] = [];
  const warm: number[] = [];
  const coldApp: number[] = [];
  const warmApp: number[] = [];
  const floorCold: number[] = [];
  const floorWarm: number[] = [];
  const readyCold: number[] = [];
  const readyWarm: number[] = [];
  // The coach and the floor take turns, so a busy moment of the machine falls on both alike.
  for (let i = 0; i < repeats; i++) {
    const coachDir = mkdtempSync(join(tmpdir(), 'rehearse-bench-start-'));
    const floorDir = mkdtempSync(join(tmpdir(), 'rehearse-bench-floor-'));
    try {
      const first = await startOnce(coachDir);
      cold.push(first.ms);
      coldApp.push(first.appMs);
      readyCold.push(first.readyMs);
      floorCold.push((await startOnce(floorDir, FLOOR)).ms);
      const again = await startOnce(coachDir);
      warm.push(again.ms);
      warmApp.push(again.appMs);
      readyWarm.push(again.readyMs);
      floorWarm.push((await startOnce(floorDir, FLOOR)).ms);
    } finally {
      rmSync(coachDir, { recursive: true, force: true });
      rmSync(floorDir, { recursive: true, force: true });
    }
  }
  return {
    cold: summarize(cold),
    warm: summarize(warm),
    coldAppMs: summarize(coldApp),
    warmAppMs: summarize(warmApp),
    floor: { cold: summarize(floorCold), warm: summarize(floorWarm) },
    ready: { cold: summarize(readyCold), warm: summarize(readyWarm) },
  };
}
